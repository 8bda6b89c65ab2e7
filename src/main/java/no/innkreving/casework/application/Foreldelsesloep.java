package no.innkreving.casework.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innkreving.casework.application.Kravforeldelse.Linjeforeldelser;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravutvalg;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily limitation run: the run for a date writes off, with the reason FORELDET, what remains on each open claim
 * line whose limitation date (the last day of its period) is before that date; units of debtors, decided under their
 * locks. It looks only at lines whose stored next day to look ({@code foreldelse_kontroll}, decision 0071) has come
 * or that were never looked at, and stores the day after each line's limitation date for the next time: an
 * interruption only ever moves that date later. Restartable: a line written off is closed, so a rerun finds nothing
 * more to do.
 */
@Component
public class Foreldelsesloep implements DagligJobb {
    private static final Logger log = LoggerFactory.getLogger(Foreldelsesloep.class);

    private final Kravutvalg utvalg;
    private final Bokfoering bokfoering;
    private final Kravforeldelse foreldelse;
    private final Kjoeringsmotor motor;
    private final Clock clock;

    Foreldelsesloep(Kravutvalg utvalg, Bokfoering bokfoering, Kravforeldelse foreldelse, Kjoeringsmotor motor, Clock clock) {
        this.utvalg = utvalg;
        this.bokfoering = bokfoering;
        this.foreldelse = foreldelse;
        this.motor = motor;
        this.clock = clock;
    }

    /** The nightly trigger: today's run, unless it is done. */
    @Scheduled(cron = "${innkreving.foreldelse.cron:0 5 1 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** A run for today even if one is done (an operator's rerun, tests): writes off only what is left. */
    public Kjoering kjoer() {
        Kjoering k = motor.kjoerPaaNytt(this, LocalDate.now(clock));
        log.info("Limitation run {}: {} claims with time-barred lines written off", k.dato(), k.antall());
        return k;
    }

    @Override
    public String navn() {
        return "foreldelse";
    }

    @Override
    public int rekkefoelge() {
        return 5; // before interest, so no interest is accrued on a line that is time-barred that day
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        return Kravutvalg.iLaaseordning(utvalg.skyldnereTilForeldelseskontroll(dato));
    }

    @Override
    public int enhetsstoerrelse() {
        return 500;
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return behandle(dato, List.of(skyldner));
    }

    @Override
    public int behandle(LocalDate dato, List<String> skyldnere) {
        return bokfoering.forSkyldnere(skyldnere, e -> {
            List<Kravsaldo> krav = e.saldoer(utvalg.kravTilForeldelseskontroll(skyldnere, dato));
            Map<Long, LocalDate> kontroll = new HashMap<>();
            // a claim with nothing left is not looked at again (its lines are closed)
            for (Kravsaldo k : krav)
                if (k.gjenstaaendeOre() <= 0) for (Kravsaldo.Linjesaldo l : k.linjer()) kontroll.put(l.kravlinjeId(), LocalDate.MAX);
            int avskrevet = 0;
            for (Linjeforeldelser lf : foreldelse.beregn(krav.stream().filter(k -> k.gjenstaaendeOre() > 0).toList()).values()) {
                List<Long> foreldet = lf.saldo().linjer().stream()
                        .filter(l -> l.gjenstaaendeOre() > 0 && lf.perLinje().get(l.kravlinjeId()).dato().isBefore(dato))
                        .map(Kravsaldo.Linjesaldo::kravlinjeId).toList();
                for (Kravsaldo.Linjesaldo l : lf.saldo().linjer()) {
                    LocalDate neste = lf.perLinje().get(l.kravlinjeId()).dato().plusDays(1);
                    // a line closed (paid, or written off now) whose day has come is done with
                    boolean ferdig = foreldet.contains(l.kravlinjeId()) || (l.gjenstaaendeOre() <= 0 && !neste.isAfter(dato));
                    kontroll.put(l.kravlinjeId(), ferdig ? LocalDate.MAX : neste);
                }
                if (foreldet.isEmpty()) continue;
                long ore = e.avskrivForeldet(lf.saldo().kravId(), foreldet, dato);
                if (ore > 0) {
                    avskrevet++;
                    log.info("Claim {}: {} line(s) time-barred, {} øre written off (FORELDET)", lf.saldo().kravId(),
                            foreldet.size(), ore);
                }
            }
            utvalg.settForeldelseskontroll(kontroll);
            return avskrevet;
        });
    }
}

package no.innkreving.casework.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.innkreving.casework.application.Kravforeldelse.Linjeforeldelser;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily limitation run: the run for a date writes off, with the reason FORELDET, what remains on each open claim
 * line whose limitation date (the last day of its period) is before that date; one debtor per unit, decided under the
 * debtor's lock. Restartable: a line written off is closed, so a rerun finds nothing more to do.
 */
@Component
public class Foreldelsesloep implements DagligJobb {
    private static final Logger log = LoggerFactory.getLogger(Foreldelsesloep.class);

    private final Saldoer saldoer;
    private final Bokfoering bokfoering;
    private final Kravforeldelse foreldelse;
    private final Kjoeringsmotor motor;
    private final Clock clock;

    Foreldelsesloep(Saldoer saldoer, Bokfoering bokfoering, Kravforeldelse foreldelse, Kjoeringsmotor motor, Clock clock) {
        this.saldoer = saldoer;
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
        return saldoer.skyldnereMedAapneLinjer();
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return bokfoering.forSkyldnere(List.of(skyldner), e -> {
            List<Kravsaldo> krav = saldoer.kravForSkyldner(skyldner).stream()
                    .flatMap(id -> e.saldo(id).stream()).filter(k -> k.gjenstaaendeOre() > 0).toList();
            int avskrevet = 0;
            for (Linjeforeldelser lf : foreldelse.beregn(krav).values()) {
                List<Long> foreldet = lf.saldo().linjer().stream()
                        .filter(l -> l.gjenstaaendeOre() > 0 && lf.perLinje().get(l.kravlinjeId()).dato().isBefore(dato))
                        .map(Kravsaldo.Linjesaldo::kravlinjeId).toList();
                if (foreldet.isEmpty()) continue;
                long ore = e.avskrivForeldet(lf.saldo().kravId(), foreldet, dato);
                if (ore > 0) {
                    avskrevet++;
                    log.info("Claim {}: {} line(s) time-barred, {} øre written off (FORELDET)", lf.saldo().kravId(),
                            foreldet.size(), ore);
                }
            }
            return avskrevet;
        });
    }
}

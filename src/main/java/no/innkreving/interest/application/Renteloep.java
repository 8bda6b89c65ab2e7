package no.innkreving.interest.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.interest.Forsinkelsesrenter;
import no.innkreving.interest.domain.RentesatsMangler;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravutvalg;
import no.innkreving.ledger.Saldoer;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly interest run, a daily job on the platform's engine: the run for a date books late-payment interest up to
 * the day before on every overdue claim of an interest-bearing type, from its first due date (the ledger's
 * kravforfall), in units of many debtors: only those with an open, overdue claim of such a type (decision 0071). Restartable twice over: the engine does each debtor once per run, and each claim
 * continues from the day after its last accrual, so a crash and a rerun book the same interest as one clean run.
 */
@Component
public class Renteloep implements DagligJobb {
    private static final Logger log = LoggerFactory.getLogger(Renteloep.class);

    private final Saldoer saldoer;
    private final ClaimTypeCatalogue katalog;
    private final Forsinkelsesrenter renter;
    private final Kjoeringsmotor motor;
    private final Clock clock;
    private final Kravutvalg utvalg;
    private final Bokfoering bokfoering;

    Renteloep(Saldoer saldoer, ClaimTypeCatalogue katalog, Forsinkelsesrenter renter, Kjoeringsmotor motor, Clock clock,
              Kravutvalg utvalg, Bokfoering bokfoering) {
        this.utvalg = utvalg;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.katalog = katalog;
        this.renter = renter;
        this.motor = motor;
        this.clock = clock;
    }

    /** The nightly trigger: today's run, unless it is done (catch-up on start may have done it). */
    @Scheduled(cron = "${innkreving.renter.cron:0 15 1 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** A run for today even if one is done (an operator's rerun, tests): books only what is missing. */
    public Kjoering kjoer() {
        Kjoering k = motor.kjoerPaaNytt(this, LocalDate.now(clock));
        log.info("Interest run to {}: late-payment interest booked (net of corrections) on {} claims", k.dato().minusDays(1), k.antall());
        return k;
    }

    @Override
    public String navn() {
        return "forsinkelsesrenter";
    }

    @Override
    public int rekkefoelge() {
        return 10; // interest before placement of held money, so held money covers it the same night
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        LocalDate tilOgMed = dato.minusDays(1);
        if (tilOgMed.isAfter(renter.satserGyldigTil())) {
            // an old rate is never reused: the run books nothing until the half-year's rate is entered
            var feil = new RentesatsMangler(tilOgMed, renter.satserGyldigTil());
            log.error("Interest run to {} refused, nothing booked: {}", tilOgMed, feil.getMessage());
            throw feil;
        }
        return Kravutvalg.iLaaseordning(utvalg.skyldnereMedAapneForfalteKrav(dato, katalog.kravtyper().stream()
                .filter(Kravtype::forsinkelsesrente).map(Kravtype::kode).toList()));
    }

    @Override
    public int enhetsstoerrelse() {
        return 500;
    }

    @Override
    public int behandle(LocalDate dato, List<String> skyldnere) {
        // the unit's debtors locked at once, in order; each claim's booking below takes its debtor's lock again
        return bokfoering.forSkyldnere(skyldnere, e -> {
            int krav = 0;
            for (String s : skyldnere) krav += behandle(dato, s);
            return krav;
        });
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        LocalDate tilOgMed = dato.minusDays(1);
        List<Kravforfall> forfalte = saldoer.forfalteForSkyldner(skyldner, dato);
        Map<UUID, Kravsaldo> saldo = new HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(forfalte.stream().map(Kravforfall::kravId).toList(), LocalDate.MAX)) saldo.put(s.kravId(), s);
        int krav = 0;
        for (Kravforfall f : forfalte) {
            Kravsaldo s = saldo.get(f.kravId());
            boolean renteberende = s != null && katalog.kravtype(s.kravtype()).map(Kravtype::forsinkelsesrente).orElse(false);
            if (!renteberende || s.gjenstaaendeOre() <= 0) continue;
            if (renter.bokfoer(f.kravId(), f.forfallsdato(), tilOgMed) != 0) krav++;
        }
        return krav;
    }
}

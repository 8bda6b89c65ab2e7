package no.innkreving.interest.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.interest.Forsinkelsesrenter;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.interest.domain.RentesatsMangler;
import no.innkreving.ledger.AapenLinje;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravutvalg;
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

    private final ClaimTypeCatalogue katalog;
    private final Forsinkelsesrenter renter;
    private final Kjoeringsmotor motor;
    private final Clock clock;
    private final Kravutvalg utvalg;
    private final Bokfoering bokfoering;

    Renteloep(ClaimTypeCatalogue katalog, Forsinkelsesrenter renter, Kjoeringsmotor motor, Clock clock,
              Kravutvalg utvalg, Bokfoering bokfoering) {
        this.utvalg = utvalg;
        this.bokfoering = bokfoering;
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
            // an old rate is never reused: the run books nothing until the half-year's rate is entered (the run
            // engine logs the refusal)
            throw new RentesatsMangler(tilOgMed, renter.satserGyldigTil());
        }
        return Kravutvalg.iLaaseordning(utvalg.skyldnereMedAapneForfalteKrav(dato, katalog.kravtyper().stream()
                .filter(Kravtype::forsinkelsesrente).map(Kravtype::kode).toList()));
    }

    @Override
    public int enhetsstoerrelse() {
        return 500;
    }

    /**
     * The unit set-based (decision 0076): its debtors locked at once, in order; their open lines read in one query; the
     * overdue claims of an interest-bearing type booked together ({@link Forsinkelsesrenter#bokfoer(Bokfoeringsenhet,
     * Map, LocalDate)}: a few reads, one write). Answers the claims whose interest changed.
     */
    @Override
    public int behandle(LocalDate dato, List<String> skyldnere) {
        LocalDate tilOgMed = dato.minusDays(1);
        return bokfoering.forSkyldnere(skyldnere, enhet -> {
            Map<String, Boolean> renteberende = new HashMap<>();
            Map<UUID, LocalDate> forfalte = new LinkedHashMap<>();
            for (AapenLinje l : enhet.aapneLinjer(skyldnere))
                if (l.forfallsdato() != null && l.forfallsdato().isBefore(dato) && renteberende.computeIfAbsent(l.kravtype(),
                        t -> katalog.kravtype(t).map(Kravtype::forsinkelsesrente).orElse(false)))
                    forfalte.putIfAbsent(l.kravId(), l.forfallsdato());
            return renter.bokfoer(enhet, forfalte, tilOgMed).size();
        });
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return behandle(dato, List.of(skyldner));
    }
}

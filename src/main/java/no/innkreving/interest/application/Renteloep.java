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
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly interest run: books late-payment interest up to yesterday on every overdue claim of an
 * interest-bearing type, from its first due date (the ledger's kravforfall). Restartable: each claim continues from the day after its last accrual, so a crash and a
 * rerun book the same interest as one clean run.
 */
@Component
public class Renteloep {
    private static final Logger log = LoggerFactory.getLogger(Renteloep.class);
    private static final int SIDE = 1000;

    private final Saldoer saldoer;
    private final ClaimTypeCatalogue katalog;
    private final Forsinkelsesrenter renter;
    private final Clock clock;

    Renteloep(Saldoer saldoer, ClaimTypeCatalogue katalog, Forsinkelsesrenter renter, Clock clock) {
        this.saldoer = saldoer;
        this.katalog = katalog;
        this.renter = renter;
        this.clock = clock;
    }

    @Scheduled(cron = "${innkreving.renter.cron:0 15 1 * * *}", zone = "Europe/Oslo")
    public void kjoer() {
        LocalDate tilOgMed = LocalDate.now(clock).minusDays(1);
        if (tilOgMed.isAfter(renter.satserGyldigTil())) {
            // an old rate is never reused: the run books nothing until the half-year's rate is entered
            var feil = new RentesatsMangler(tilOgMed, renter.satserGyldigTil());
            log.error("Interest run to {} refused, nothing booked: {}", tilOgMed, feil.getMessage());
            throw feil;
        }
        UUID etter = new UUID(0, 0);
        long krav = 0;
        long sum = 0;
        while (true) {
            List<Kravforfall> side = saldoer.forfalte(tilOgMed.plusDays(1), etter, SIDE);
            if (side.isEmpty()) break;
            Map<UUID, Kravsaldo> saldo = new HashMap<>();
            for (Kravsaldo s : saldoer.saldoer(side.stream().map(Kravforfall::kravId).toList(), LocalDate.MAX)) saldo.put(s.kravId(), s);
            for (Kravforfall f : side) {
                Kravsaldo s = saldo.get(f.kravId());
                boolean renteberende = s != null && katalog.kravtype(s.kravtype()).map(Kravtype::forsinkelsesrente).orElse(false);
                if (!renteberende || s.gjenstaaendeOre() <= 0) continue;
                long ore = renter.bokfoer(f.kravId(), f.forfallsdato(), tilOgMed);
                if (ore != 0) {
                    krav++;
                    sum += ore;
                }
            }
            etter = side.getLast().kravId();
        }
        log.info("Interest run to {}: {} øre of late-payment interest booked (net of corrections) on {} claims", tilOgMed, sum, krav);
    }
}

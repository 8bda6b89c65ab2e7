package no.innkreving.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.interest.application.Renteloep;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Ledger;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Late-payment interest booked by the nightly run through the database, across the rate change of 1 July 2025. */
class RenteFlytTest extends ApiTestBase {
    @Autowired
    Renteloep renteloep;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Ledger ledger;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    /*
     * A coercive fine of 10 000,00 (Brønnøysundregistrene, a type with late-payment interest) booked 25 May 2025: its
     * 21-day term ends Sunday 15 June, so it is due Monday 16 June (skattebetalingsloven § 10-2). Unpaid, the run on
     * 1 August books interest to 31 July:
     * 17-30 June at 12,50 %: 1 000 000 × 1250 × 14 / 3 650 000 = 4 794,52 -> 4 795 øre;
     * 1-31 July at 12,25 %:  1 000 000 × 1225 × 31 / 3 650 000 = 10 404,11 -> 10 404 øre; together 15 199 øre.
     * (Before due dates fell on business days it was due on the Sunday and charged a day more: 15 541 øre.)
     */
    @Test
    void renter_over_renteendringen_1_juli_bokfoeres_en_gang() {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2025-000456","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, unik("RENTE"));
        UUID krav = UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
        assertThat(ledger.forfall(List.of(krav))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 16)));

        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer();
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(ledger.renterBeregnetTil(krav)).contains(LocalDate.of(2025, 7, 31));

        renteloep.kjoer(); // a rerun the same night books nothing more
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(ledger.saldo(krav, LocalDate.MAX).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000 + 15_199);
        assertThat(ledger.ubalanserteTransaksjoner()).isEmpty();
        assertThat(ledger.linjesaldoerSomAvviker()).isEmpty();
        assertThat(ledger.posteringerUtenOpphav()).isZero();
        // balances as of any date, from postings alone: the interest is dated the last day it covers
        assertThat(ledger.saldo(krav, LocalDate.of(2025, 7, 30)).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000);
        assertThat(ledger.saldo(krav, LocalDate.of(2025, 7, 31)).orElseThrow().gjenstaaendeOre()).isEqualTo(1_015_199);
        assertThat(ledger.saldo(krav, LocalDate.of(2025, 5, 24))).isEmpty(); // not yet taken over
    }

    private long rentelinje(UUID krav) {
        return ledger.saldo(krav, LocalDate.MAX).orElseThrow().linjer().stream()
                .filter(l -> Ledger.FORSINKELSESRENTE.equals(l.rentetype())).mapToLong(Kravsaldo.Linjesaldo::fastsattOre).sum();
    }
}

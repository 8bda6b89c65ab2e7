package no.innkreving.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.interest.application.Renteloep;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
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
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Reskontroavstemming reskontro;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    /*
     * A coercive fine of 10 000,00 (Brønnøysundregistrene, a type with late-payment interest) booked 25 May 2025 is
     * due 21 days later, 15 June. Unpaid, the run on 1 August books interest to 31 July:
     * 16-30 June at 12,50 %: 1 000 000 × 1250 × 15 / 3 650 000 = 5 136,99 -> 5 137 øre;
     * 1-31 July at 12,25 %:  1 000 000 × 1225 × 31 / 3 650 000 = 10 404,11 -> 10 404 øre; together 15 541 øre.
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
        Faktura f = fakturering.forKrav(List.of(krav)).getFirst();
        assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 15));

        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer();
        assertThat(rentelinje(krav)).isEqualTo(15_541);
        assertThat(saldoer.renterBeregnetTil(krav)).contains(LocalDate.of(2025, 7, 31));

        renteloep.kjoer(); // a rerun the same night books nothing more
        assertThat(rentelinje(krav)).isEqualTo(15_541);
        assertThat(saldoer.saldo(krav, LocalDate.MAX).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000 + 15_541);
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
        assertThat(reskontro.posteringerUtenOpphav()).isZero();
        // balances as of any date, from postings alone: the interest is dated the last day it covers
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 7, 30)).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000);
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 7, 31)).orElseThrow().gjenstaaendeOre()).isEqualTo(1_015_541);
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 5, 24))).isEmpty(); // not yet taken over
    }

    private long rentelinje(UUID krav) {
        return saldoer.saldo(krav, LocalDate.MAX).orElseThrow().linjer().stream()
                .filter(l -> Rentelinje.FORSINKELSESRENTE.equals(l.rentetype())).mapToLong(Kravsaldo.Linjesaldo::fastsattOre).sum();
    }
}

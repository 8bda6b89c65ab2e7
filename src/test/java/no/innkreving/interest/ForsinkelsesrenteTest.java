package no.innkreving.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import no.innkreving.interest.domain.Dagtelling;
import no.innkreving.interest.domain.Forsinkelsesrente;
import no.innkreving.interest.domain.RentesatsMangler;
import no.innkreving.interest.domain.Grunnlagsendring;
import no.innkreving.interest.domain.Renteperiode;
import no.innkreving.interest.domain.Rentetabell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Worked examples on the real rate table (interest/forsinkelsesrente.csv). Figures: øre × bp × days / 3 650 000. */
class ForsinkelsesrenteTest {
    static Rentetabell tabell;
    static Dagtelling dagtelling;

    @BeforeAll
    static void les() throws Exception {
        try (InputStream in = ForsinkelsesrenteTest.class.getResourceAsStream("/interest/forsinkelsesrente.csv")) {
            tabell = Rentetabell.fraCsv(in);
        }
        try (InputStream in = ForsinkelsesrenteTest.class.getResourceAsStream("/interest/dagtelling.csv")) {
            dagtelling = Dagtelling.fraCsv(in);
        }
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /*
     * 10 000,00 kr due 2025-06-15, unpaid, interest to 2025-07-31:
     * 16-30 June, 15 days at 12,50 %: 1 000 000 × 1250 × 15 / 3 650 000 = 5 136,99 -> 5 137 øre
     * 1-31 July, 31 days at 12,25 %:  1 000 000 × 1225 × 31 / 3 650 000 = 10 404,11 -> 10 404 øre; total 155,41 kr.
     */
    @Test
    void over_renteendringen_1_juli() {
        List<Renteperiode> p = Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000)),
                d("2025-06-01"), d("2025-07-31"), tabell, dagtelling);
        assertThat(p).containsExactly(
                new Renteperiode(d("2025-06-16"), d("2025-06-30"), 1_000_000, 1250, 365, 5_137),
                new Renteperiode(d("2025-07-01"), d("2025-07-31"), 1_000_000, 1225, 365, 10_404));
        assertThat(p.stream().mapToLong(Renteperiode::renterOre).sum()).isEqualTo(15_541);
    }

    /*
     * A payment of 4 000,00 booked 2025-07-11 lowers the base to 6 000,00 from that day:
     * 1-10 July: 1 000 000 × 1225 × 10 / 3 650 000 = 3 356,16 -> 3 356; 11-31 July: 600 000 × 1225 × 21 / 3 650 000 = 4 228,77 -> 4 229.
     */
    @Test
    void delbetaling_senker_grunnlaget() {
        List<Renteperiode> p = Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000),
                new Grunnlagsendring(d("2025-07-11"), 600_000)), d("2025-07-01"), d("2025-07-31"), tabell, dagtelling);
        assertThat(p).containsExactly(
                new Renteperiode(d("2025-07-01"), d("2025-07-10"), 1_000_000, 1225, 365, 3_356),
                new Renteperiode(d("2025-07-11"), d("2025-07-31"), 600_000, 1225, 365, 4_229));
    }

    @Test
    void ingen_renter_til_og_med_forfallsdagen_eller_paa_betalt_krav() {
        assertThat(Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000)),
                d("2025-06-01"), d("2025-06-15"), tabell, dagtelling)).isEmpty();
        assertThat(Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000),
                new Grunnlagsendring(d("2025-06-10"), 0)), d("2025-06-01"), d("2025-07-31"), tabell, dagtelling)).isEmpty();
    }

    /**
     * February 2024 has 29 days, each at 1/366 of 12,50 % (2024 is a leap year; interest/dagtelling.csv):
     * 1 000 000 × 1250 × 29 / 3 660 000 = 9 904,37 -> 9 904 (at 1/365, as before decision 0029, it was 9 932).
     */
    @Test
    void skuddaar_gir_29_dager_med_1_366_del() {
        List<Renteperiode> p = Forsinkelsesrente.beregn(d("2024-01-31"), List.of(new Grunnlagsendring(d("2024-01-01"), 1_000_000)),
                d("2024-02-01"), d("2024-02-29"), tabell, dagtelling);
        assertThat(p).containsExactly(new Renteperiode(d("2024-02-01"), d("2024-02-29"), 1_000_000, 1250, 366, 9_904));
    }

    /*
     * A period across New Year 2023/2024 splits at 1 January, each side with its own year's days:
     * 30-31 Dec 2023 1 000 000 × 1175 × 2 / 3 650 000 = 643,84; 1-2 Jan 2024 1 000 000 × 1250 × 2 / 3 660 000 = 683,06;
     * rounded once: (2 350 000 000 / 3 650 000) + (2 500 000 000 / 3 660 000) = 1 326,90 -> 1 327
     * (rounded per period it would be 644 + 683 = 1 327 too; see the next test for where it differs).
     */
    @Test
    void nyttaar_deler_perioden_og_summen_rundes_en_gang() {
        List<Renteperiode> p = Forsinkelsesrente.beregn(d("2023-12-29"), List.of(new Grunnlagsendring(d("2023-01-01"), 1_000_000)),
                d("2023-12-30"), d("2024-01-02"), tabell, dagtelling);
        assertThat(p).containsExactly(
                new Renteperiode(d("2023-12-30"), d("2023-12-31"), 1_000_000, 1175, 365, 644),
                new Renteperiode(d("2024-01-01"), d("2024-01-02"), 1_000_000, 1250, 366, 683));
        assertThat(Forsinkelsesrente.sumOre(p)).isEqualTo(1_327);
    }

    /*
     * 10 000,00 due 2025-06-15, interest to 31 July computed one day at a time, each day's sum since the due date
     * rounded once: the last is 15 541, the catch-up figure (5 136,99 + 10 404,11 = 15 541,10). Rounding each day's
     * own interest instead: 342 × 15 + 336 × 31 = 15 546.
     */
    @Test
    void dag_for_dag_og_samlet_gir_samme_oere() {
        var grunnlag = List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000));
        long bokfoert = 0;
        for (LocalDate dag = d("2025-06-16"); !dag.isAfter(d("2025-07-31")); dag = dag.plusDays(1))
            bokfoert += Forsinkelsesrente.sumOre(Forsinkelsesrente.beregn(d("2025-06-15"), grunnlag, d("2025-06-16"), dag, tabell, dagtelling)) - bokfoert;
        assertThat(bokfoert).isEqualTo(15_541);
        long perDag = 0;
        for (LocalDate dag = d("2025-06-16"); !dag.isAfter(d("2025-07-31")); dag = dag.plusDays(1))
            perDag += Forsinkelsesrente.beregn(d("2025-06-15"), grunnlag, dag, dag, tabell, dagtelling).getFirst().renterOre();
        assertThat(perDag).isEqualTo(15_546);
    }

    /** The last row (1 July 2026) covers six months, to 31 December 2026; a later day is refused, not given the old rate. */
    @Test
    void mer_enn_et_halvaar_etter_siste_sats_avvises() {
        assertThat(tabell.gjeldende(d("2026-07-01")).basispunkter()).isEqualTo(1200);
        assertThat(tabell.gjeldende(d("2026-12-31")).basispunkter()).isEqualTo(1200);
        assertThat(tabell.gyldigTil()).isEqualTo(d("2026-12-31"));
        assertThatThrownBy(() -> tabell.gjeldende(d("2027-01-01"))).isInstanceOf(RentesatsMangler.class)
                .hasMessageContaining("2026-12-31");
    }

    /** A payment lowers the base from the day after its (payer's) date; a creditor's change from its own day. */
    @Test
    void betaling_senker_grunnlaget_fra_dagen_etter() {
        var g = Grunnlagsendring.av(List.of(new no.innkreving.ledger.Hovedstolbevegelse(d("2025-05-25"), 0, 1_000_000),
                new no.innkreving.ledger.Hovedstolbevegelse(d("2025-07-10"), -400_000, 0),
                new no.innkreving.ledger.Hovedstolbevegelse(d("2025-07-20"), 0, -100_000)));
        assertThat(g).containsExactly(new Grunnlagsendring(d("2025-05-25"), 1_000_000),
                new Grunnlagsendring(d("2025-07-11"), 600_000), new Grunnlagsendring(d("2025-07-20"), 500_000));
    }

    @Test
    void satser_leses_som_tekst_og_ukjente_datoer_avvises() {
        assertThat(tabell.gjeldende(d("2025-12-31")).basispunkter()).isEqualTo(1225);
        assertThat(tabell.gjeldende(d("2023-01-01")).basispunkter()).isEqualTo(1075);
        assertThatThrownBy(() -> tabell.gjeldende(d("2021-12-31"))).isInstanceOf(IllegalArgumentException.class);
    }
}

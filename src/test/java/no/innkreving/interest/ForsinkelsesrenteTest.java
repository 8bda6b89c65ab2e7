package no.innkreving.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import no.innkreving.interest.domain.Forsinkelsesrente;
import no.innkreving.interest.domain.Grunnlagsendring;
import no.innkreving.interest.domain.Renteperiode;
import no.innkreving.interest.domain.Rentetabell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Worked examples on the real rate table (interest/forsinkelsesrente.csv). Figures: øre × bp × days / 3 650 000. */
class ForsinkelsesrenteTest {
    static Rentetabell tabell;

    @BeforeAll
    static void les() throws Exception {
        try (InputStream in = ForsinkelsesrenteTest.class.getResourceAsStream("/interest/forsinkelsesrente.csv")) {
            tabell = Rentetabell.fraCsv(in);
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
                d("2025-06-01"), d("2025-07-31"), tabell);
        assertThat(p).containsExactly(
                new Renteperiode(d("2025-06-16"), d("2025-06-30"), 1_000_000, 1250, 5_137),
                new Renteperiode(d("2025-07-01"), d("2025-07-31"), 1_000_000, 1225, 10_404));
        assertThat(p.stream().mapToLong(Renteperiode::renterOre).sum()).isEqualTo(15_541);
    }

    /*
     * A payment of 4 000,00 booked 2025-07-11 lowers the base to 6 000,00 from that day:
     * 1-10 July: 1 000 000 × 1225 × 10 / 3 650 000 = 3 356,16 -> 3 356; 11-31 July: 600 000 × 1225 × 21 / 3 650 000 = 4 228,77 -> 4 229.
     */
    @Test
    void delbetaling_senker_grunnlaget() {
        List<Renteperiode> p = Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000),
                new Grunnlagsendring(d("2025-07-11"), 600_000)), d("2025-07-01"), d("2025-07-31"), tabell);
        assertThat(p).containsExactly(
                new Renteperiode(d("2025-07-01"), d("2025-07-10"), 1_000_000, 1225, 3_356),
                new Renteperiode(d("2025-07-11"), d("2025-07-31"), 600_000, 1225, 4_229));
    }

    @Test
    void ingen_renter_til_og_med_forfallsdagen_eller_paa_betalt_krav() {
        assertThat(Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000)),
                d("2025-06-01"), d("2025-06-15"), tabell)).isEmpty();
        assertThat(Forsinkelsesrente.beregn(d("2025-06-15"), List.of(new Grunnlagsendring(d("2025-06-01"), 1_000_000),
                new Grunnlagsendring(d("2025-06-10"), 0)), d("2025-06-01"), d("2025-07-31"), tabell)).isEmpty();
    }

    /** February 2024 has 29 days, each at 1/365 of 12,50 %: 1 000 000 × 1250 × 29 / 3 650 000 = 9 931,51 -> 9 932. */
    @Test
    void skuddaar_gir_29_dager_med_1_365_del() {
        List<Renteperiode> p = Forsinkelsesrente.beregn(d("2024-01-31"), List.of(new Grunnlagsendring(d("2024-01-01"), 1_000_000)),
                d("2024-02-01"), d("2024-02-29"), tabell);
        assertThat(p).containsExactly(new Renteperiode(d("2024-02-01"), d("2024-02-29"), 1_000_000, 1250, 9_932));
    }

    @Test
    void satser_leses_som_tekst_og_ukjente_datoer_avvises() {
        assertThat(tabell.gjeldende(d("2025-12-31")).basispunkter()).isEqualTo(1225);
        assertThat(tabell.gjeldende(d("2023-01-01")).basispunkter()).isEqualTo(1075);
        assertThatThrownBy(() -> tabell.gjeldende(d("2021-12-31"))).isInstanceOf(IllegalArgumentException.class);
    }
}

package no.innkreving.trekkpaalegg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innkreving.trekkpaalegg.Trekkpaalegg.Trekkstatus;
import no.innkreving.trekkpaalegg.domain.Periodehistorikk;
import no.innkreving.trekkpaalegg.domain.Periodehistorikk.Historikk;
import org.junit.jupiter.api.Test;

/**
 * The contract's period rules as worked examples: each replays a published example (examples/trekkpaalegg-*.json)
 * from the day its version was made and must give that version's periods exactly.
 */
class PeriodehistorikkTest {
    private static Trekkstoerrelse.Prosent pst(String p) {
        return new Trekkstoerrelse.Prosent(new BigDecimal(p));
    }

    private static Trekkstoerrelse.Beloep kr(long kroner) {
        return new Trekkstoerrelse.Beloep(kroner * 100);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /* Example 03: 23 % from 10.05.2025; on 08.08.2025 changed to 17 % from 10.08: the running period ends 09.08 (the day before). */
    @Test
    void endring_lukker_loepende_periode_dagen_foer_ny_start_eksempel_03() {
        Historikk v1 = Periodehistorikk.ny(d("2025-05-10"), pst("23"), d("2025-05-05"));
        Historikk v2 = Periodehistorikk.endre(v1.perioder(), v1.status(), d("2025-08-10"), pst("17"), d("2025-08-08"));
        assertThat(v2.perioder()).containsExactly(new Periode(d("2025-05-10"), d("2025-08-09"), pst("23.0")),
                new Periode(d("2025-08-10"), null, pst("17.0")));
        assertThat(v2.status()).isEqualTo(Trekkstatus.AKTIV);
        assertThat(v1.perioder()).as("history is never rewritten").containsExactly(new Periode(d("2025-05-10"), null, pst("23")));
    }

    /* Example 06: 8000 from 28.08; 12.09 -> 6000 from 15.09; 12.10 -> 5000 from 14.10; 09.02.2026 -> 7000 from 10.02 (sluttdato today, start tomorrow). */
    @Test
    void mange_endringer_bygger_hele_historikken_eksempel_06() {
        Historikk h = Periodehistorikk.ny(d("2025-08-28"), kr(8000), d("2025-08-26"));
        h = Periodehistorikk.endre(h.perioder(), h.status(), d("2025-09-15"), kr(6000), d("2025-09-12"));
        h = Periodehistorikk.endre(h.perioder(), h.status(), d("2025-10-14"), kr(5000), d("2025-10-12"));
        h = Periodehistorikk.endre(h.perioder(), h.status(), d("2026-02-10"), kr(7000), d("2026-02-09"));
        assertThat(h.perioder()).containsExactly(
                new Periode(d("2025-08-28"), d("2025-09-14"), kr(8000)),
                new Periode(d("2025-09-15"), d("2025-10-13"), kr(6000)),
                new Periode(d("2025-10-14"), d("2026-02-09"), kr(5000)),
                new Periode(d("2026-02-10"), null, kr(7000)));
    }

    /* Example 09: 3000 from 01.10 (decided 26.08); on 05.10 2000 from 07.10: 01.10-06.10 at 3000. */
    @Test
    void endring_kort_tid_etter_start_eksempel_09() {
        Historikk h = Periodehistorikk.ny(d("2025-10-01"), kr(3000), d("2025-08-26"));
        h = Periodehistorikk.endre(h.perioder(), h.status(), d("2025-10-07"), kr(2000), d("2025-10-05"));
        assertThat(h.perioder()).containsExactly(new Periode(d("2025-10-01"), d("2025-10-06"), kr(3000)),
                new Periode(d("2025-10-07"), null, kr(2000)));
    }

    /* Example 05: 23 % from 10.06; on 09.08 the rest (4400 kr) is less than a month's deduction: 23 % ends 09.08, 4400 from 10.08 to 31.08, avsluttet. */
    @Test
    void sluttbeloep_naar_resten_er_mindre_enn_et_maanedstrekk_eksempel_05() {
        Historikk h = Periodehistorikk.ny(d("2025-06-10"), pst("23"), d("2025-06-05"));
        h = Periodehistorikk.sluttbeloep(h.perioder(), h.status(), 440_000, d("2025-08-09"));
        assertThat(h.perioder()).containsExactly(new Periode(d("2025-06-10"), d("2025-08-09"), pst("23")),
                new Periode(d("2025-08-10"), d("2025-08-31"), kr(4400)));
        assertThat(h.status()).isEqualTo(Trekkstatus.AVSLUTTET);
        // tomorrow past the 15th: to the end of the next month, so a monthly pay date falls inside (decision 0045)
        Historikk sent = Periodehistorikk.sluttbeloep(Periodehistorikk.ny(d("2025-06-10"), pst("23"), d("2025-06-05")).perioder(),
                Trekkstatus.AKTIV, 440_000, d("2025-08-20"));
        assertThat(sent.perioder().getLast()).isEqualTo(new Periode(d("2025-08-21"), d("2025-09-30"), kr(4400)));
    }

    /* Example 08: 32 % from 28.08, closed on 17.09: sluttdato 17.09 (today), status avsluttet. */
    @Test
    void avslutning_setter_sluttdato_i_dag_eksempel_08() {
        Historikk h = Periodehistorikk.ny(d("2025-08-28"), pst("32"), d("2025-08-26"));
        h = Periodehistorikk.avslutt(h.perioder(), h.status(), d("2025-09-17"));
        assertThat(h.perioder()).containsExactly(new Periode(d("2025-08-28"), d("2025-09-17"), pst("32")));
        assertThat(h.status()).isEqualTo(Trekkstatus.AVSLUTTET);
    }

    /*
     * Closed before it starts (decision 0073): 8000 from 28.08 decided 26.08, paid in full on 27.08. The period ends on
     * its own startdato 28.08 (not 27.08: a sluttdato before the startdato makes NAV's poller refuse the version), and
     * the order is avsluttet. Two periods not started (8000 from 28.08, changed on 26.08 to 6000 from 05.09), closed
     * 27.08: each ends on its startdato. A started period with a later end (03.09) ends today.
     */
    @Test
    void avsluttet_foer_start_slutter_paa_startdato_aldri_foer() {
        Historikk h = Periodehistorikk.ny(d("2025-08-28"), kr(8000), d("2025-08-26"));
        Historikk lukket = Periodehistorikk.avslutt(h.perioder(), h.status(), d("2025-08-27"));
        assertThat(lukket.perioder()).containsExactly(new Periode(d("2025-08-28"), d("2025-08-28"), kr(8000)));
        assertThat(lukket.status()).isEqualTo(Trekkstatus.AVSLUTTET);

        Historikk to = Periodehistorikk.endre(h.perioder(), h.status(), d("2025-09-05"), kr(6000), d("2025-08-26"));
        assertThat(Periodehistorikk.avslutt(to.perioder(), to.status(), d("2025-08-27")).perioder()).containsExactly(
                new Periode(d("2025-08-28"), d("2025-08-28"), kr(8000)), new Periode(d("2025-09-05"), d("2025-09-05"), kr(6000)));
        assertThat(Periodehistorikk.avslutt(to.perioder(), to.status(), d("2025-08-30")).perioder()).containsExactly(
                new Periode(d("2025-08-28"), d("2025-08-30"), kr(8000)), new Periode(d("2025-09-05"), d("2025-09-05"), kr(6000)));
        // a period that has ended stays as it is
        assertThat(Periodehistorikk.avslutt(to.perioder(), to.status(), d("2025-09-10")).perioder()).containsExactly(
                new Periode(d("2025-08-28"), d("2025-09-04"), kr(8000)), new Periode(d("2025-09-05"), d("2025-09-10"), kr(6000)));
    }

    @Test
    void regler_som_brytes_avvises_med_feltet() {
        Historikk h = Periodehistorikk.ny(d("2025-08-28"), kr(8000), d("2025-08-26"));
        // startdato today: tomorrow at the earliest
        assertThatThrownBy(() -> Periodehistorikk.ny(d("2025-08-26"), kr(1), d("2025-08-26")))
                .isInstanceOf(UgyldigEndring.class).extracting(e -> ((UgyldigEndring) e).felt()).isEqualTo("startdato");
        assertThatThrownBy(() -> Periodehistorikk.endre(h.perioder(), h.status(), d("2025-09-01"), kr(1), d("2025-09-01")))
                .isInstanceOf(UgyldigEndring.class).hasMessageContaining("tidligst i morgen");
        // a start on or before the running period's start would rewrite history (sluttdato before startdato)
        assertThatThrownBy(() -> Periodehistorikk.endre(h.perioder(), h.status(), d("2025-08-28"), kr(1), d("2025-08-26")))
                .isInstanceOf(UgyldigEndring.class).hasMessageContaining("aldri om");
        Historikk lukket = Periodehistorikk.avslutt(h.perioder(), h.status(), d("2025-09-17"));
        assertThatThrownBy(() -> Periodehistorikk.endre(lukket.perioder(), lukket.status(), d("2025-10-01"), kr(1), d("2025-09-18")))
                .isInstanceOf(UgyldigEndring.class).hasMessageContaining("ny trekkid");
        assertThatThrownBy(() -> Periodehistorikk.avslutt(lukket.perioder(), lukket.status(), d("2025-09-18")))
                .isInstanceOf(UgyldigEndring.class);
        // a 0 % period is a temporary stop: allowed, status stays aktiv
        Historikk stopp = Periodehistorikk.endre(h.perioder(), h.status(), d("2025-10-11"), pst("0"), d("2025-10-09"));
        assertThat(stopp.status()).isEqualTo(Trekkstatus.AKTIV);
        assertThat(stopp.perioder().getLast().stoerrelse()).isEqualTo(pst("0.0"));
        // amounts are published in kroner: whole kroner as an integer (4400), a final amount with øre as 4400.50
        assertThat(new Trekkstoerrelse.Beloep(440_000).kroner().toString()).isEqualTo("4400");
        assertThat(new Trekkstoerrelse.Beloep(440_050).kroner().toString()).isEqualTo("4400.50");
        assertThat(List.of(pst("17").prosent().toPlainString(), pst("12.5").prosent().toPlainString(), pst("12.25").prosent().toPlainString()))
                .containsExactly("17.0", "12.5", "12.25");
    }
}

package no.innkreving.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates worked out by hand from the calendar; Easter Sunday 2027 is 28 March (2026: 5 April). */
class VirkedagerTest {
    @Test
    void paasken_2027_skjaertorsdag_til_andre_paaskedag() {
        // Thursday 25 March (Skjærtorsdag), Friday 26 (Langfredag), Saturday 27, Sunday 28 (1. påskedag),
        // Monday 29 (2. påskedag): the next business day is Tuesday 30 March.
        for (int d = 25; d <= 29; d++) assertThat(Virkedager.erVirkedag(LocalDate.of(2027, 3, d))).as("%d March", d).isFalse();
        assertThat(Virkedager.virkedagFraOgMed(LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(Virkedager.erVirkedag(LocalDate.of(2027, 3, 24))).isTrue(); // Wednesday before Easter
    }

    @Test
    void mai_og_pinse() {
        assertThat(Virkedager.erVirkedag(LocalDate.of(2026, 5, 1))).isFalse();   // Friday, 1. mai
        assertThat(Virkedager.virkedagFraOgMed(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(Virkedager.erVirkedag(LocalDate.of(2026, 5, 14))).isFalse();  // Kristi himmelfartsdag: 5 April + 39 days
        assertThat(Virkedager.erVirkedag(LocalDate.of(2026, 5, 25))).isFalse();  // 2. pinsedag: 5 April + 50 days
        // 17 May 2027 is a Monday and also 2. pinsedag (28 March + 50 days): next business day Tuesday 18 May
        assertThat(Virkedager.virkedagFraOgMed(LocalDate.of(2027, 5, 17))).isEqualTo(LocalDate.of(2027, 5, 18));
    }

    @Test
    void jul_og_nyttaar_24_og_31_desember_er_virkedager() {
        assertThat(Virkedager.erVirkedag(LocalDate.of(2026, 12, 24))).isTrue();  // Thursday, julaften
        assertThat(Virkedager.erVirkedag(LocalDate.of(2026, 12, 31))).isTrue();  // Thursday, nyttårsaften
        // Friday 25 (1. juledag), Saturday 26 (2. juledag), Sunday 27: Monday 28 December 2026
        assertThat(Virkedager.virkedagFraOgMed(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Friday 1 January 2027, then the weekend: Monday 4 January
        assertThat(Virkedager.virkedagFraOgMed(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(Virkedager.virkedagFraOgMed(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2)); // a Wednesday
    }
}

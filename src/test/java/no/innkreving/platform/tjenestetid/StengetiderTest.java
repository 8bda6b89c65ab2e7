package no.innkreving.platform.tjenestetid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Source document 001: "Tjenestene for betaling og betalingsavtaler er ikke tilgjengelige fra 31. desember kl. 12:00
 * til 5. januar kl. 10:00", read from the dated data file as the app reads it. From 12:00 is closed, at 10:00 open.
 */
class StengetiderTest {
    private final Stengetider tider = lest();

    private static Stengetider lest() {
        try {
            return Betalingstjenester.les("tjenestetid/stengt-betaling-og-avtaler.csv");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stengt_fra_nyttaarsaften_klokken_tolv_til_femte_januar_klokken_ti() {
        assertThat(tider.stengt(LocalDateTime.of(2026, 12, 31, 11, 59))).isEmpty();
        assertThat(tider.stengt(LocalDateTime.of(2026, 12, 31, 12, 0))).isPresent();
        assertThat(tider.stengt(LocalDateTime.of(2027, 1, 1, 0, 0))).isPresent();
        assertThat(tider.stengt(LocalDateTime.of(2027, 1, 5, 9, 59))).isPresent();
        assertThat(tider.stengt(LocalDateTime.of(2027, 1, 5, 10, 0))).isEmpty();
        assertThat(tider.stengt(LocalDateTime.of(2027, 6, 15, 12, 0))).isEmpty();
    }

    @Test
    void meldingen_sier_naar_tjenestene_aapner_igjen() {
        var s = tider.stengt(LocalDateTime.of(2027, 1, 2, 8, 0)).orElseThrow();
        assertThat(s.fra()).isEqualTo(LocalDateTime.of(2026, 12, 31, 12, 0));
        assertThat(s.til()).isEqualTo(LocalDateTime.of(2027, 1, 5, 10, 0));
        assertThat(s.melding()).contains("31. desember 2026 kl. 12.00").contains("5. januar 2027 kl. 10.00");
        assertThat(s.kilde()).contains("kildedokument 001");
    }

    @Test
    void en_regel_gjelder_fra_sin_dato() {
        // before the first rule's date nothing is known to be closed
        assertThat(tider.stengt(LocalDateTime.of(2024, 1, 2, 8, 0))).isEmpty();
    }
}

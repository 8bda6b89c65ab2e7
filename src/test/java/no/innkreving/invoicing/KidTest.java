package no.innkreving.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import no.innkreving.invoicing.domain.Kid;
import org.junit.jupiter.api.Test;

class KidTest {

    /*
     * Invoice 2026000123 -> base "02026000123" (11 digits). Luhn from the right, doubling the rightmost:
     * digits right to left 3 2 1 0 0 0 6 2 0 2 0; doubled positions (1st, 3rd, ...): 3->6, 1->2, 0->0, 6->12->3, 0->0, 0->0
     * sum doubled = 6 + 2 + 0 + 3 + 0 + 0 = 11; others 2 + 0 + 0 + 2 + 2 = 6; total 17; check = (10 - 7) % 10 = 3.
     */
    @Test
    void kid_for_et_fakturanummer_har_luhn_kontrollsiffer() {
        assertThat(Kid.forFakturanummer(2026000123L)).isEqualTo("020260001233");
        assertThat(Kid.fakturanummer("020260001233")).isEqualTo(2026000123L);
    }

    @Test
    void feil_kontrollsiffer_lengde_eller_tegn_gir_ingen_faktura() {
        assertThat(Kid.fakturanummer("020260001234")).isEqualTo(-1);
        assertThat(Kid.fakturanummer("20260001233")).isEqualTo(-1);
        assertThat(Kid.fakturanummer("02026000123A")).isEqualTo(-1);
        assertThat(Kid.fakturanummer(null)).isEqualTo(-1);
    }

    /*
     * Mod 11 of "1234567": weights from the right 2 3 4 5 6 7 2 over 7 6 5 4 3 2 1:
     * 14 + 18 + 20 + 20 + 18 + 14 + 2 = 106; 106 mod 11 = 7; 11 - 7 = 4 -> "12345674".
     * Luhn of "1234567": doubled 7->14->5, 5->10->1, 3->6, 1->2 = 14; others 6 + 4 + 2 = 12; 26 -> check 4 as well,
     * so take "123456" for a mod-11-only case: mod 11 weights 2..7 over 6 5 4 3 2 1: 12+15+16+15+12+7 = 77 -> 0 -> "1234560";
     * Luhn of "123456": doubled 6->12->3, 4->8, 2->4 = 15; others 5 + 3 + 1 = 9; 24 -> check 6, so "1234560" is mod 11 only.
     */
    @Test
    void bankene_godtar_mod10_og_mod11() {
        assertThat(Kid.erGyldig("12345674")).isTrue();
        assertThat(Kid.erGyldig("1234560")).isTrue();
        assertThat(Kid.erGyldig("1234566")).isTrue();
        assertThat(Kid.erGyldig("1234561")).isFalse();
        assertThat(Kid.erGyldig("1")).isFalse();
    }
}

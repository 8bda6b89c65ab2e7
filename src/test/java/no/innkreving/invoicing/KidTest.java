package no.innkreving.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import no.innkreving.invoicing.domain.Kid;
import org.junit.jupiter.api.Test;

public class KidTest {

    /*
     * Invoice 2026000123 -> "02026000123" (11 digits) + variant "0" = "020260001230". Mod 11, weights 2..7 from the
     * right over 0 3 2 1 0 0 0 6 2 0 2 0: 0 + 9 + 8 + 5 + 0 + 0 + 0 + 18 + 8 + 0 + 12 + 0 = 60; 60 mod 11 = 5;
     * 11 - 5 = 6 -> "0202600012306".
     */
    @Test
    void kid_for_et_fakturanummer_har_mod11_kontrollsiffer() {
        assertThat(Kid.forFakturanummer(2026000123L)).isEqualTo("0202600012306");
        assertThat(Kid.fakturanummer("0202600012306")).isEqualTo(2026000123L);
        // the Luhn KID this invoice got before decision 0027 still finds it
        assertThat(Kid.fakturanummer("020260001233")).isEqualTo(2026000123L);
    }

    /*
     * Invoice 2026000006 with variant 0: "020260000060", weights over 0 6 0 0 0 0 0 6 2 0 2 0: 18 + 18 + 8 + 12 = 56;
     * 56 mod 11 = 1; 11 - 1 = 10, which has no digit. Variant 1: "020260000061": 2 + 18 + 18 + 8 + 12 = 58; 58 mod 11 = 3;
     * 11 - 3 = 8 -> "0202600000618".
     */
    @Test
    void kontrollverdi_10_gir_variant_1_ikke_bindestrek() {
        assertThat(Kid.forFakturanummer(2026000006L)).isEqualTo("0202600000618");
    }

    /**
     * No single wrong digit and no swap of two neighbouring digits turns one of our KIDs into another KID of our
     * form: checked over 20 000 consecutive invoice numbers (every substitution and adjacent transposition of each).
     * The Luhn KIDs we issued before do not have this: "09" swapped to "90" keeps the Luhn sum (shown last).
     */
    @Test
    void ingen_enkelt_tastefeil_gir_en_annen_av_vaare_kider() {
        for (long nr = 2026000001L; nr <= 2026020000L; nr++) {
            String kid = Kid.forFakturanummer(nr);
            for (String feil : tastefeil(kid)) assertThat(Kid.erVaarForm(feil)).as(kid + " -> " + feil).isFalse();
        }
        // Luhn: invoice 2026000009's KID 020260000094; swapping its "09" gives invoice 2026000090's KID 020260000904
        assertThat(Kid.mod10ForFakturanummer(2026000009L)).isEqualTo("020260000094");
        assertThat(Kid.mod10ForFakturanummer(2026000090L)).isEqualTo("020260000904");
    }

    /** Every single-digit substitution and every swap of two neighbouring (different) digits. */
    public static java.util.List<String> tastefeil(String kid) {
        java.util.List<String> ut = new java.util.ArrayList<>();
        char[] c = kid.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char o = c[i];
            for (char d = '0'; d <= '9'; d++) {
                if (d == o) continue;
                c[i] = d;
                ut.add(new String(c));
            }
            c[i] = o;
        }
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == c[i + 1]) continue;
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            ut.add(new String(c));
            c[i + 1] = c[i];
            c[i] = t;
        }
        return ut;
    }

    @Test
    void feil_kontrollsiffer_lengde_eller_tegn_gir_ingen_faktura() {
        assertThat(Kid.fakturanummer("0202600012307")).isEqualTo(-1);
        assertThat(Kid.fakturanummer("020260001234")).isEqualTo(-1);
        assertThat(Kid.fakturanummer("20260001233")).isEqualTo(-1);
        assertThat(Kid.fakturanummer("02026000123A")).isEqualTo(-1);
        assertThat(Kid.fakturanummer(null)).isEqualTo(-1);
        // the mod 11 form of the old Luhn KID (12 digits) is not ours: 12-digit KIDs of ours carry Luhn
        assertThat(Kid.erVaarForm("020260001230")).isFalse();
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

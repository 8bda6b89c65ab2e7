package no.innkreving.parties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KontonummerTest {
    @Test
    void kontrollsiffer_mod11() {
        // 7694050012: 5*7+4*6+3*9+2*4+7*0+6*5+5*0+4*0+3*1+2*2 = 131; 131 mod 11 = 10; 11 - 10 = 1 -> 76940500121
        assertThat(Kontonummer.erGyldig("76940500121")).isTrue();
        assertThat(Kontonummer.erGyldig("76940500122")).isFalse();
        assertThat(Kontonummer.erGyldig("7694050012")).isFalse();
        assertThat(Kontonummer.erGyldig("7694050012a")).isFalse();
        assertThat(Kontonummer.erGyldig(null)).isFalse();
    }

    @Test
    void ingen_bank_har_registreringsnummer_0000() {
        // all zeros: sum 0, 11 - 0 = 11 -> check digit 0, so mod 11 alone would take it
        assertThat(Kontonummer.kontrollsiffer("0000000000")).isEqualTo(0);
        assertThat(Kontonummer.erGyldig("00000000000")).isFalse();
        // 0000000001: 2*1 = 2; 11 - 2 = 9 -> 00000000019 passes mod 11, but bank 0000 does not exist
        assertThat(Kontonummer.erGyldig("00000000019")).isFalse();
        // 0001000000: 2*1 = 2 at weight 2 (4th digit); 11 - 2 = 9 -> 00010000009 is a possible account
        assertThat(Kontonummer.erGyldig("00010000009")).isTrue();
    }

    @Test
    void organisasjonsnummer_av_bare_nuller_finnes_ikke() {
        assertThat(Organisasjonsnummer.erGyldig("000000000")).isFalse();
        assertThat(Organisasjonsnummer.erGyldig("974761076")).isTrue();
    }
}

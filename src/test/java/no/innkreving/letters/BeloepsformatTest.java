package no.innkreving.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BeloepsformatTest {
    @Test
    void kroner_med_mellomrom_mellom_tusener_og_komma_foer_oere() {
        assertThat(Beloepsformat.kroner(123_450)).isEqualTo("1 234,50 kr");          // 1234 kr 50 øre
        assertThat(Beloepsformat.kroner(123_456_750)).isEqualTo("1 234 567,50 kr");  // three groups
        assertThat(Beloepsformat.kroner(100_000)).isEqualTo("1 000,00 kr");
        assertThat(Beloepsformat.kroner(99_999)).isEqualTo("999,99 kr");             // no separator under 1000 kr
        assertThat(Beloepsformat.kroner(5)).isEqualTo("0,05 kr");
        assertThat(Beloepsformat.kroner(0)).isEqualTo("0,00 kr");
        assertThat(Beloepsformat.kroner(-100_005)).isEqualTo("-1 000,05 kr");
        // Long.MIN_VALUE = -9223372036854775808 øre = -92233720368547758,08 kr; must not overflow
        assertThat(Beloepsformat.kroner(Long.MIN_VALUE)).isEqualTo("-92 233 720 368 547 758,08 kr");
    }

    @Test
    void beloep_uten_kr_for_sider_og_rapporter_som_skriver_kr_selv() {
        assertThat(Beloepsformat.beloep(1_000_000)).isEqualTo("10 000,00");         // 10 000 kr
        assertThat(Beloepsformat.beloep(-50)).isEqualTo("-0,50");                   // 50 øre back: the sign kept under 1 kr
        assertThat(Beloepsformat.beloep(123_456_789)).isEqualTo("1 234 567,89");
    }

    @Test
    void kontonummer_4_2_5() {
        assertThat(Beloepsformat.kontonummer("12345678903")).isEqualTo("1234 56 78903");
        assertThat(Beloepsformat.kontonummer("NO9386011117947")).isEqualTo("NO9386011117947");
        assertThat(Beloepsformat.kontonummer(null)).isNull();
    }
}

package no.innkreving.payments.bankfil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Amount texts of bank files to øre: what is accepted, exactly, and what is refused. */
class BeloepTest {
    @Test
    void kroner_med_null_en_eller_to_desimaler() {
        assertThat(Beloep.tilOre("1234.56")).isEqualTo(123_456);
        assertThat(Beloep.tilOre("1234.5")).isEqualTo(123_450);
        assertThat(Beloep.tilOre("1234")).isEqualTo(123_400);
        assertThat(Beloep.tilOre("0.01")).isEqualTo(1);
        assertThat(Beloep.tilOre(" 12.30 ")).isEqualTo(1_230);
        assertThat(Beloep.tilOre("999999999999999.99")).isEqualTo(99_999_999_999_999_999L);
    }

    @Test
    void alt_annet_avvises() {
        for (String t : new String[]{null, "", " ", ".5", "1.", "1.234", "-1", "+1", "1e3", "1,50", "12 000", "1.2.3",
                "1234567890123456", "\u0661\u0662", "NaN"})
            assertThat(Beloep.tilOre(t)).as("'%s'", t).isEqualTo(-1);
    }
}

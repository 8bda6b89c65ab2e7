package no.innkreving.offset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.innkreving.offset.Motkravart;
import no.innkreving.offset.domain.Motregningsfilformat.Lest;
import org.junit.jupiter.api.Test;

class MotregningsfilformatTest {
    // 01838012317: a synthetic fødselsnummer of the demo population; 12345678903: mod 11 account (sum 195, 11 - 8 = 3)
    static final String FNR = "01838012317";

    @Test
    void god_linje() {
        Lest l = Motregningsfilformat.les(2, "SKATT-2025-0001;" + FNR + ";1250050;SKATTEOPPGJOER;2026-06-20;12345678903\r");
        assertThat(l).isEqualTo(new Lest.God(new Motregningslinje(2, "SKATT-2025-0001", FNR, 1_250_050, Motkravart.SKATTEOPPGJOER,
                LocalDate.of(2026, 6, 20), "12345678903")));
    }

    @Test
    void hode_med_bom_og_cr() {
        assertThat(Motregningsfilformat.erHode("\uFEFFreferanse;skyldner;beloepOere;art;dato;kontonummer\r")).isTrue();
        assertThat(Motregningsfilformat.erHode("referanse;skyldner;beloep;art;dato;kontonummer")).isFalse();
    }

    @Test
    void feil_med_grunn() {
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2026-06-20")).contains("5 felt");
        assertThat(feil("A".repeat(65) + ";" + FNR + ";100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("referanse");
        assertThat(feil("A B;" + FNR + ";100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("referanse");
        assertThat(feil("A;01838012318;100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("skyldner");
        assertThat(feil("A;" + FNR + ";0;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("beloepOere");
        assertThat(feil("A;" + FNR + ";12.50;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("beloepOere");
        assertThat(feil("A;" + FNR + ";100;RESTSKATT;2026-06-20;12345678903")).contains("art");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2026-02-30;12345678903")).contains("dato");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;20.06.2026;12345678903")).contains("dato");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2026-06-20;12345678904")).contains("kontonummer");
    }

    @Test
    void kontonummer_mod11() {
        // 7694050012: 5*7+4*6+3*9+2*4+7*0+6*5+5*0+4*0+3*1+2*2 = 131; 131 mod 11 = 10; 11 - 10 = 1 -> 76940500121
        assertThat(Motregningsfilformat.gyldigKontonummer("76940500121")).isTrue();
        assertThat(Motregningsfilformat.gyldigKontonummer("76940500122")).isFalse();
        assertThat(Motregningsfilformat.gyldigKontonummer("7694050012")).isFalse();
    }

    private static String feil(String linje) {
        return ((Lest.Feil) Motregningsfilformat.les(7, linje)).melding();
    }
}

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
    void beloep_over_null_og_innenfor_grensen() {
        // 10 000 000 000 000 øre = 100 000 000 000,00 kr: the largest amount taken; one øre more is refused as too large
        assertThat(Motregningsfilformat.les(7, "A;" + FNR + ";10000000000000;SKATTEOPPGJOER;2026-06-20;12345678903")).isInstanceOf(Lest.God.class);
        assertThat(feil("A;" + FNR + ";10000000000001;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("for stort");
        assertThat(feil("A;" + FNR + ";9999999999999999999999;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("for stort");
        assertThat(feil("A;" + FNR + ";000;SKATTEOPPGJOER;2026-06-20;12345678903")).isEqualTo("beloepOere må være over 0");
        assertThat(feil("A;" + FNR + ";-100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("bare sifre");
        // leading zeros are still digits: 0000100 øre = 1,00 kr
        assertThat(((Lest.God) Motregningsfilformat.les(7, "A;" + FNR + ";0000100;SKATTEOPPGJOER;2026-06-20;12345678903")).linje().beloepOre())
                .isEqualTo(100);
    }

    @Test
    void dato_med_fire_sifre_i_aaret() {
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;+12027-04-01;12345678903")).contains("dato");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;-2027-04-01;12345678903")).contains("dato");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;0027-04-01;12345678903")).contains("dato");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2027-4-1;12345678903")).contains("dato");
        assertThat(Motregningsfilformat.les(7, "A;" + FNR + ";100;SKATTEOPPGJOER;2028-02-29;12345678903")).isInstanceOf(Lest.God.class);
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2027-02-29;12345678903")).contains("dato");
    }

    @Test
    void felt_tas_som_de_staar_og_nuller_er_ingen_identifikator() {
        assertThat(feil("A;" + FNR + " ;100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("skyldner");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2026-06-20;12345678903\u0000")).contains("kontonummer");
        assertThat(feil(" A;" + FNR + ";100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("referanse");
        assertThat(feil("A;" + FNR + ";100;skatteoppgjoer;2026-06-20;12345678903")).contains("art");
        assertThat(feil("A;000000000;100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("skyldner");
        assertThat(feil("A;00000000000;100;SKATTEOPPGJOER;2026-06-20;12345678903")).contains("skyldner");
        assertThat(feil("A;" + FNR + ";100;SKATTEOPPGJOER;2026-06-20;00000000000")).contains("kontonummer");
    }

    private static String feil(String linje) {
        return ((Lest.Feil) Motregningsfilformat.les(7, linje)).melding();
    }
}

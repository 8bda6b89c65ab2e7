package no.innkreving.betalingsavtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly amount as a debtor types it: kroner, spaces between thousands, a comma before at most two øre digits. */
class BeloepsfeltTest {
    private static Long les(String tekst, Map<String, String> feil) {
        return BetalingsavtaleSider.kroner(tekst, feil);
    }

    @Test
    void kroner_med_mellomrom_og_komma_blir_oere() {
        Map<String, String> feil = new HashMap<>();
        assertThat(les("2000", feil)).isEqualTo(200_000L);           // 2 000 kr = 200 000 øre
        assertThat(les("2 000", feil)).isEqualTo(200_000L);
        assertThat(les("2\u00a0000,50", feil)).isEqualTo(200_050L);  // 2 000,50 kr = 200 050 øre
        assertThat(les("0,01", feil)).isEqualTo(1L);
        assertThat(feil).isEmpty();
    }

    @Test
    void null_negativt_tre_desimaler_og_tekst_avvises_med_norsk_melding() {
        for (String t : new String[]{"0", "-500", "2000,505", "to tusen", "", "1e3"}) {
            Map<String, String> feil = new HashMap<>();
            assertThat(les(t, feil)).as(t).isNull();
            assertThat(feil).as(t).containsKey("maanedsbeloep");
        }
        Map<String, String> feil = new HashMap<>();
        les("to tusen", feil);
        assertThat(feil.get("maanedsbeloep")).isEqualTo("Skriv beløpet i kroner, for eksempel 2000 eller 2000,50.");
    }
}

package no.innkreving.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which decisions are whole, and what the letter says (source document 002; forvaltningsloven § 42). */
class VedtaksreglerTest {
    @Test
    void klage_tatt_til_foelge_paa_et_krav_maa_si_stans_eller_sletting() {
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.TATT_TIL_FOELGE, null, "Fordi.", true)).map(Vedtaksregler.Feil::felt).contains("virkning");
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.TATT_TIL_FOELGE, Virkning.ETTERGIVELSE, "Fordi.", true)).map(Vedtaksregler.Feil::felt).contains("virkning");
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.TATT_TIL_FOELGE, Virkning.SLETTING, "Fordi.", true)).isEmpty();
        // a complaint about the handling names no claim: nothing to hold or delete
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.TATT_TIL_FOELGE, null, "Fordi.", false)).isEmpty();
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.TATT_TIL_FOELGE, Virkning.STANS, "Fordi.", false)).map(Vedtaksregler.Feil::felt).contains("virkning");
    }

    @Test
    void utfall_og_begrunnelse_kreves() {
        assertThat(Vedtaksregler.kontrollerKlage(null, null, "Fordi.", true)).map(Vedtaksregler.Feil::felt).contains("utfall");
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.INNVILGET, null, "Fordi.", true)).map(Vedtaksregler.Feil::felt).contains("utfall");
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.IKKE_TATT_TIL_FOELGE, null, " ", true)).map(Vedtaksregler.Feil::felt).contains("begrunnelse");
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.IKKE_TATT_TIL_FOELGE, null, "x".repeat(4001), true)).map(Vedtaksregler.Feil::felt).contains("begrunnelse");
        assertThat(Vedtaksregler.kontrollerKlage(Utfall.IKKE_TATT_TIL_FOELGE, Virkning.STANS, "Fordi.", true)).map(Vedtaksregler.Feil::felt).contains("virkning");
    }

    @Test
    void ettergivelse_innvilget_krever_krav_og_bare_da() {
        assertThat(Vedtaksregler.kontrollerSoeknad(Utfall.INNVILGET, "Fordi.", true, 0)).map(Vedtaksregler.Feil::felt).contains("krav");
        assertThat(Vedtaksregler.kontrollerSoeknad(Utfall.INNVILGET, "Fordi.", true, 2)).isEmpty();
        assertThat(Vedtaksregler.kontrollerSoeknad(Utfall.AVSLAATT, "Fordi.", true, 1)).map(Vedtaksregler.Feil::felt).contains("krav");
        assertThat(Vedtaksregler.kontrollerSoeknad(Utfall.INNVILGET, "Fordi.", false, 1)).map(Vedtaksregler.Feil::felt).contains("krav");
        assertThat(Vedtaksregler.kontrollerSoeknad(Utfall.INNVILGET, "Vilkår: 500 kr i måneden i 5 år.", false, 0)).isEmpty();
    }

    @Test
    void brevet_ved_sletting_sier_hva_som_avskrives_og_betales_tilbake() {
        var b = Vedtaksregler.klagebrev(Utfall.TATT_TIL_FOELGE, Virkning.SLETTING, "Kravet var betalt.", "1. mars 2027", "«Barnetrygd» fra NAV",
                "6 500,00", "10 000,00", true);
        assertThat(b.innledning()).contains("Klagen er tatt til følge.", "Begrunnelse: Kravet var betalt.");
        assertThat(String.join(" ", b.konsekvenser())).contains("6 500,00 kroner, skal du ikke betale")
                .contains("Du har betalt 10 000,00 kroner på kravet. Beløpet betales tilbake");
        var ikke = Vedtaksregler.klagebrev(Utfall.IKKE_TATT_TIL_FOELGE, null, "Kravet er riktig.", "1. mars 2027", null, null, null, false);
        assertThat(String.join(" ", ikke.konsekvenser())).contains("Innkrevingen fortsetter").contains("innen 3 uker");
        var soeknad = Vedtaksregler.soeknadsbrev(Utfall.INNVILGET, "ettergivelse", "Ufør.", "1. mars 2027", List.of("Barnetrygd (NAV), 16 500,00 kroner"), "16 500,00");
        assertThat(String.join(" ", soeknad.konsekvenser())).contains("Vi har ettergitt 16 500,00 kroner: Barnetrygd (NAV)");
    }
}

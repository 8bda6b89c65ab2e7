package no.innkreving.kravogbetalinger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel.Resultat;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel.Samtykke;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel.Tokenfakta;
import no.innkreving.kravogbetalinger.tilgang.TilgangTilPart;
import org.junit.jupiter.api.Test;

class TilgangsregelTest {
    static final String ORG = "310000000";
    static final String BANK = "310000108";
    static final String PERSON = "01838012317";
    static final Tokenfakta BANKTOKEN = new Tokenfakta(BANK, null, Set.of(), "bank");

    static String kode(Resultat r) {
        return r instanceof Resultat.Avslag a ? a.kode() : "OK";
    }

    @Test
    void regnskapssystem_som_systembruker_for_parten() {
        var t = new Tokenfakta("974761076", null, Set.of(ORG), "regnskap");
        assertThat(Tilgangsregel.vurder("regnskapssystem", ORG, "5928", t, new Samtykke.Mangler()))
                .isInstanceOfSatisfying(Resultat.Tillatt.class, r -> assertThat(r.tilgang().parttype()).isEqualTo(TilgangTilPart.Parttype.ORGANISASJON));
        assertThat(kode(Tilgangsregel.vurder("regnskapssystem", "310000108", "5928", t, new Samtykke.Mangler()))).isEqualTo("KB-005");
    }

    @Test
    void bank_trenger_gyldig_samtykke_fra_parten_til_seg_for_tjenesten() {
        var ok = new Samtykke.Gyldig(ORG, BANK, Set.of("5928", "5929"));
        assertThat(kode(Tilgangsregel.vurder("finans", ORG, "5928", BANKTOKEN, ok))).isEqualTo("OK");
        assertThat(kode(Tilgangsregel.vurder("finans", ORG, "5930", BANKTOKEN, ok))).isEqualTo("KB-005");
        assertThat(kode(Tilgangsregel.vurder("finans", ORG, "5928", new Tokenfakta("310000205", null, Set.of(), "x"), ok))).isEqualTo("KB-005");
        assertThat(kode(Tilgangsregel.vurder("finans", "310000205", "5928", BANKTOKEN, ok))).isEqualTo("KB-005");
        assertThat(kode(Tilgangsregel.vurder("finans", ORG, "5928", BANKTOKEN, new Samtykke.Mangler()))).isEqualTo("KB-005");
        assertThat(kode(Tilgangsregel.vurder("finans", ORG, "5928", BANKTOKEN, new Samtykke.Ugyldig("utløpt")))).isEqualTo("KB-005");
        // a systemuser grant does not open finans
        assertThat(kode(Tilgangsregel.vurder("finans", ORG, "5928", new Tokenfakta(BANK, null, Set.of(ORG), "x"), new Samtykke.Mangler()))).isEqualTo("KB-005");
    }

    @Test
    void person_ser_seg_selv_og_bare_seg_selv() {
        var t = new Tokenfakta(null, PERSON, Set.of(), "demo");
        assertThat(Tilgangsregel.vurder("finans", PERSON, "5928", t, new Samtykke.Mangler()))
                .isInstanceOfSatisfying(Resultat.Tillatt.class, r -> assertThat(r.tilgang().parttype()).isEqualTo(TilgangTilPart.Parttype.PERSON));
        assertThat(kode(Tilgangsregel.vurder("regnskapssystem", "14874545644", "5928", t, new Samtykke.Mangler()))).isEqualTo("KB-005");
    }

    @Test
    void ugyldig_part_og_ukjent_rettighetspakke() {
        assertThat(kode(Tilgangsregel.vurder("finans", "310000001", "5928", BANKTOKEN, new Samtykke.Mangler()))).isEqualTo("KB-006");
        assertThat(kode(Tilgangsregel.vurder("finans", "abc", "5928", BANKTOKEN, new Samtykke.Mangler()))).isEqualTo("KB-006");
        assertThat(kode(Tilgangsregel.vurder("skatt", ORG, "5928", BANKTOKEN, new Samtykke.Mangler()))).isEqualTo("KB-003");
    }
}

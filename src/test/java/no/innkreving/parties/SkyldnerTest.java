package no.innkreving.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The debtor type is made only from a valid identifier, and its kind comes from the identifier rules, not the length. */
class SkyldnerTest {

    @Test
    void gyldig_foedselsnummer_er_en_person() {
        // 018380123 17: synthetic test person (month 83 = March + 80); check digits worked out in IdentifikatorTest
        assertThat(Skyldner.tolk("01838012317")).contains(new Skyldner.Person("01838012317"));
        assertThat(new Skyldner.Person("01838012317").erDnummer()).isFalse();
    }

    @Test
    void d_nummer_er_en_person_og_kjennes_paa_foerste_siffer() {
        // day 41 = 1 + 40
        Skyldner s = Skyldner.av("41038012345");
        assertThat(s).isInstanceOfSatisfying(Skyldner.Person.class, p -> assertThat(p.erDnummer()).isTrue());
    }

    @Test
    void gyldig_organisasjonsnummer_er_en_organisasjon() {
        // NAV 889640782: 8*3+8*2+9*7+6*6+4*5+0*4+7*3+8*2 = 24+16+63+36+20+0+21+16 = 196; 196 mod 11 = 9; 11-9 = 2
        assertThat(Skyldner.tolk("889640782")).contains(new Skyldner.Organisasjon("889640782"));
    }

    @Test
    void lengden_alene_gjoer_ingen_til_skyldner() {
        assertThat(Skyldner.tolk("889640783")).isEmpty();   // nine digits, wrong check digit
        assertThat(Skyldner.tolk("01838012318")).isEmpty(); // eleven digits, wrong second check digit
        assertThat(Skyldner.tolk("12345678901")).isEmpty(); // the spec's placeholder
        assertThat(Skyldner.tolk("88964078a")).isEmpty();
        assertThat(Skyldner.tolk("")).isEmpty();
        assertThat(Skyldner.tolk(null)).isEmpty();
        assertThatThrownBy(() -> new Skyldner.Organisasjon("01838012317")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Skyldner.Person("889640782")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Skyldner.av("12345678901")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("12345678901");
    }

    @Test
    void maskering_viser_bare_foedselsdatoen_til_en_person() {
        assertThat(Skyldner.av("01838012317").maskert()).isEqualTo("018380*****");
        assertThat(Skyldner.av("01838012317").toString()).doesNotContain("12317");
        assertThat(Skyldner.av("889640782").maskert()).isEqualTo("889640782");
        // text that is no valid identifier may still be someone's mistyped number: masked as well
        assertThat(Skyldner.maskert("01838012318")).isEqualTo("018380*****");
        assertThat(Skyldner.maskert("889640782")).isEqualTo("889640782");
        assertThat(Skyldner.maskert("0101")).isEqualTo("0101*****");
    }
}

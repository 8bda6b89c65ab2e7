package no.innkreving.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import no.innkreving.parties.demo.SyntetiskBefolkning;
import org.junit.jupiter.api.Test;

/** Check digits with worked examples; the sums are done by hand in the comments. */
class IdentifikatorTest {
    private static final String FEBRUAR_29 = "29028010042";

    @Test
    void syntetiskFoedselsnummer() {
        // Born 01.03.1980, synthetic (month 03 + 80 = 83), individual number 123: 018380123
        // k1: 0*3 + 1*7 + 8*6 + 3*1 + 8*8 + 0*9 + 1*4 + 2*5 + 3*2 = 0+7+48+3+64+0+4+10+6 = 142; 142 mod 11 = 10; 11-10 = 1
        // k2: 0*5 + 1*4 + 8*3 + 3*2 + 8*7 + 0*6 + 1*5 + 2*4 + 3*3 + 1*2 = 0+4+24+6+56+0+5+8+9+2 = 114; 114 mod 11 = 4; 11-4 = 7
        assertThat(Foedselsnummer.kontrollsifre("018380123")).isEqualTo("17");
        assertThat(Foedselsnummer.erGyldig("01838012317")).isTrue();
        assertThat(Foedselsnummer.erGyldig("01838012318")).isFalse();
        assertThat(Foedselsnummer.erGyldig("01838012371")).isFalse();
    }

    @Test
    void dnummer() {
        // d-nummer: day 01 + 40 = 41, born 01.03.1980 (ordinary month), individual 123: 410380123
        // k1: 4*3 + 1*7 + 0*6 + 3*1 + 8*8 + 0*9 + 1*4 + 2*5 + 3*2 = 12+7+0+3+64+0+4+10+6 = 106; 106 mod 11 = 7; 11-7 = 4
        // k2: 4*5 + 1*4 + 0*3 + 3*2 + 8*7 + 0*6 + 1*5 + 2*4 + 3*3 + 4*2 = 20+4+0+6+56+0+5+8+9+8 = 116; 116 mod 11 = 6; 11-6 = 5
        assertThat(Foedselsnummer.erGyldig("41038012345")).isTrue();
    }

    @Test
    void ugyldigeFoedselsnumre() {
        assertThat(Foedselsnummer.erGyldig(null)).isFalse();
        assertThat(Foedselsnummer.erGyldig("1234567890")).isFalse(); // 10 digits
        assertThat(Foedselsnummer.erGyldig("0183801231A")).isFalse();
        assertThat(Foedselsnummer.erGyldig("12345678901")).isFalse(); // the spec's placeholder
        // 30 February and 31 April are no days, whatever the check digits say
        for (String ni : java.util.List.of("300280123", "310480123", "318480123")) {
            String k = Foedselsnummer.kontrollsifre(ni);
            if (k != null) assertThat(Foedselsnummer.erGyldig(ni + k)).as(ni).isFalse();
        }
        // 29 February is accepted (1980 was a leap year; the number does not always tell the century)
        assertThat(Foedselsnummer.erGyldig(FEBRUAR_29)).isTrue();
        // 32.03.80 is no date: 32 is neither a day nor a d-number day (41-71)
        String ni = "320380123";
        String k = Foedselsnummer.kontrollsifre(ni);
        if (k != null) assertThat(Foedselsnummer.erGyldig(ni + k)).isFalse();
    }

    @Test
    void organisasjonsnummer() {
        // NAV 889640782: 8*3 + 8*2 + 9*7 + 6*6 + 4*5 + 0*4 + 7*3 + 8*2 = 24+16+63+36+20+0+21+16 = 196; 196 mod 11 = 9; 11-9 = 2
        assertThat(Organisasjonsnummer.erGyldig("889640782")).isTrue();
        // Brønnøysundregistrene 974760673: 9*3=27, 7*2=14, 4*7=28, 7*6=42, 6*5=30, 0*4=0, 6*3=18, 7*2=14 -> 173; 173 mod 11 = 8; 11-8 = 3
        assertThat(Organisasjonsnummer.erGyldig("974760673")).isTrue();
        assertThat(Organisasjonsnummer.erGyldig("974760672")).isFalse();
        assertThat(Organisasjonsnummer.erGyldig("98765432")).isFalse();
        assertThat(Organisasjonsnummer.erGyldig("987654321")).isFalse(); // the spec's placeholder
    }

    @Test
    void syntetiskBefolkningErGyldigUnikOgGjentagbar() {
        var personer = SyntetiskBefolkning.personer(5000, 7);
        var enheter = SyntetiskBefolkning.enheter(2000, 7);
        var sett = new HashSet<String>();
        personer.forEach(p -> {
            assertThat(Foedselsnummer.erGyldig(p.foedselsnummer())).as(p.foedselsnummer()).isTrue();
            assertThat(sett.add(p.foedselsnummer())).isTrue();
        });
        enheter.forEach(e -> {
            assertThat(Organisasjonsnummer.erGyldig(e.organisasjonsnummer())).as(e.organisasjonsnummer()).isTrue();
            assertThat(sett.add(e.organisasjonsnummer())).isTrue();
        });
        assertThat(personer.stream().filter(p -> p.status().equals("DOED")).count()).isPositive();
        assertThat(personer.stream().filter(p -> p.status().equals("SLETTET")).count()).isPositive();
        assertThat(enheter.stream().filter(e -> e.status().equals("OPPHOERT")).count()).isPositive();
        assertThat(SyntetiskBefolkning.personer(5000, 7)).isEqualTo(personer);
        for (var p : SyntetiskBefolkning.faste()) assertThat(Foedselsnummer.erGyldig(p.foedselsnummer())).isTrue();
        assertThat(Foedselsnummer.erGyldig(SyntetiskBefolkning.UKJENT_PERSON)).isTrue();
        assertThat(Organisasjonsnummer.erGyldig(SyntetiskBefolkning.UKJENT_ORGANISASJON)).isTrue();
        assertThat(sett).doesNotContain(SyntetiskBefolkning.UKJENT_PERSON, SyntetiskBefolkning.UKJENT_ORGANISASJON);
    }
}

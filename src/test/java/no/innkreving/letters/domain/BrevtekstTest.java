package no.innkreving.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.parties.Skyldner;
import org.junit.jupiter.api.Test;

/** Every letter says how to complain as source document 002 says, and words its consequences per claim type. */
class BrevtekstTest {
    private static final Brevtekst TEKST = new Brevtekst("Innkrevingsmyndigheten", "Postboks 9200 Grønland, 0134 OSLO");
    private static final Brev.Konto KONTO = new Brev.Konto("76940500121", null, null, null);

    private static Brev faktura(boolean forsinkelsesrente) {
        return new Brev(new Brevslag.Faktura(), "2026000123", LocalDate.of(2026, 11, 23), Skyldner.av("01838012317"),
                new Brev.Kravomtale("Statens innkrevingssentral", "Rettsgebyr", "R-1", LocalDate.of(2026, 11, 1), forsinkelsesrente),
                List.of(new Brev.Linje("Rettsgebyr", 127_700)), new Brev.Betaling("020260001233", LocalDate.of(2026, 12, 14), KONTO));
    }

    private static Brev kreditnota(boolean forsinkelsesrente) {
        return new Brev(new Brevslag.Kreditnota("2026000123"), "2026000200", LocalDate.of(2026, 11, 30), Skyldner.av("889640782"),
                new Brev.Kravomtale("NAV", "Tilbakekreving", null, null, forsinkelsesrente),
                List.of(new Brev.Linje("Reduksjon", 300_000)), null);
    }

    @Test
    void klageretten_staar_i_hvert_brev_med_alt_kildedokument_002_krever() {
        for (Brev b : List.of(faktura(true), faktura(false), kreditnota(true), kreditnota(false))) {
            String klage = String.join(" ", TEKST.klage(b));
            assertThat(klage)
                    .contains("skriftlig")
                    .contains("underskrevet")
                    .contains("hva du klager på")
                    .contains("hvorfor du klager")
                    .contains("hva du ønsker å oppnå")
                    .contains("dokumentasjon")
                    .contains("innen 3 uker")
                    .contains("En klage stopper ikke innkrevingen")
                    .contains("Send klagen til Innkrevingsmyndigheten, Postboks 9200 Grønland, 0134 OSLO")
                    .contains(b.nummer());
        }
    }

    @Test
    void forsinkelsesrente_nevnes_bare_der_kravtypen_har_den() {
        assertThat(String.join(" ", TEKST.konsekvenser(faktura(true)))).contains("løper det forsinkelsesrente");
        assertThat(String.join(" ", TEKST.konsekvenser(faktura(false))))
                .doesNotContain("løper det forsinkelsesrente").contains("løper ikke forsinkelsesrente");
        assertThat(String.join(" ", TEKST.konsekvenser(kreditnota(true)))).contains("løper det forsinkelsesrente");
        assertThat(String.join(" ", TEKST.konsekvenser(kreditnota(false)))).doesNotContain("forsinkelsesrente");
    }

    @Test
    void ingenting_om_sider_som_ikke_finnes() {
        for (Brev b : List.of(faktura(true), kreditnota(false))) {
            String alt = String.join(" ", TEKST.innledning(b)) + TEKST.konsekvenser(b) + TEKST.klage(b) + TEKST.bunntekst(b);
            assertThat(alt).doesNotContain("BankID").doesNotContain("logg").doesNotContain("Dine sider");
        }
    }
}

package no.innkreving.invoicing.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The letter a debtor gets: what it says, read back from the PDF; page 1 is also written to target/ to look at. */
class DokumentTest {
    static final Fakturadokument.Part UTSTEDER = new Fakturadokument.Part("Innkrevingsmyndigheten", "974761076",
            Fakturadokument.Parttype.ORGANISASJON, List.of("Postboks 9200 Grønland"), "0134", "OSLO", "NO");
    static final Fakturadokument.Betalingskonto KONTO = new Fakturadokument.Betalingskonto("76940500121", "NO3976940500121",
            "DEMONOKK", "Demobanken ASA");

    static Fakturadokument faktura(Fakturadokument.Part mottaker) {
        return new Fakturadokument(Dokumenttype.FAKTURA, "2026000123", null, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 14),
                UTSTEDER, mottaker, "Arbeids- og velferdsetaten (NAV)", "Tilbakekreving av feilutbetalt barnetrygd", "SAK-2024-001234",
                LocalDate.of(2026, 11, 13), List.of(new Fakturadokument.Linje("Tilbakekreving av feilutbetalt barnetrygd", 1_500_000),
                new Fakturadokument.Linje("Renter (strafferente)", 150_000)), "020260001233", KONTO);
    }

    static final Fakturadokument.Part PERSON = new Fakturadokument.Part("Kari Nordmann", "01838012317",
            Fakturadokument.Parttype.PERSON, List.of("Storgata 12"), "0150", "OSLO", "NO");

    @Test
    void faktura_til_person_sier_hva_hvem_og_hvordan_betale() throws Exception {
        byte[] pdf = PdfBrev.lag(faktura(PERSON));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Faktura").contains("020260001233").contains("16 500,00 kr").contains("14.12.2026")
                    .contains("Arbeids- og velferdsetaten (NAV)").contains("7694 05 00121").contains("SAK-2024-001234")
                    .contains("Kari Nordmann").contains("Storgata 12").contains("Grønland")
                    .contains("018380*****").doesNotContain("01838012317");
            Path png = Path.of("target", "faktura-eksempel.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 70), "png", png.toFile());
        }
    }

    @Test
    void kreditnota_viser_til_fakturaen() throws Exception {
        Fakturadokument f = faktura(PERSON);
        Fakturadokument k = new Fakturadokument(Dokumenttype.KREDITNOTA, "2026000200", "2026000123", f.fakturadato(), null,
                UTSTEDER, PERSON, f.oppdragsgiverNavn(), f.kravbeskrivelse(), null, f.fastsettelsesdato(),
                List.of(new Fakturadokument.Linje("Reduksjon av kravet", 300_000)), null, KONTO);
        try (PDDocument doc = Loader.loadPDF(PdfBrev.lag(k))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Kreditnota").contains("faktura 2026000123").contains("3 000,00 kr");
        }
    }

    @Test
    void beloep_paa_norsk() {
        assertThat(Beloepsformat.kroner(123_456_750)).isEqualTo("1 234 567,50 kr");
        assertThat(Beloepsformat.kroner(5)).isEqualTo("0,05 kr");
        assertThat(Beloepsformat.kroner(-100_000)).isEqualTo("-1 000,00 kr");
    }
}

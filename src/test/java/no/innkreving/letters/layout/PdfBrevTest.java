package no.innkreving.letters.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import no.innkreving.letters.Brev;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The letter a debtor gets, read back from the PDF with PDFBox's text extraction. Each letter's page 1 is also
 * rendered to target/dokument/*.png to be looked at (that is how the layout was checked; the test cannot judge looks).
 */
class PdfBrevTest {
    /** Lines break at spaces, but never inside an amount: «3 000,00 kr» stays whole on one line. */
    @Test
    void beloep_brytes_ikke_mellom_tusener() {
        assertThat(PdfBrev.ord("Du skylder 3 000,00 kr innen 14 dager, i alt 1 234 567,89 kr til konto **** ** 8903"))
                .containsExactly("Du", "skylder", "3 000,00", "kr", "innen", "14", "dager,", "i", "alt", "1 234 567,89", "kr", "til",
                        "konto", "****", "**", "8903");
        assertThat(PdfBrev.ord("år 2026 1234 og 12 34")).as("only a group of exactly three digits joins")
                .containsExactly("år", "2026", "1234", "og", "12", "34");
    }


    @Test
    void faktura_til_person_sier_hvem_kravet_er_fra_hva_det_er_og_hvordan_betale() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(Eksempler.faktura(Eksempler.PERSON), Eksempler.PERSON))) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);  // A4: 210 mm = 595.3 pt
            assertThat(tekst)
                    .contains("Faktura")
                    .contains("Innkrevingsmyndigheten", "Postboks 9200 Grønland")        // sender, with ø
                    .contains("Kari Nordmann", "Storgata 12", "0150 OSLO")              // window address
                    .contains("Arbeids- og velferdsetaten (NAV)")                        // creditor
                    .contains("tilbakekreving av feilutbetalt barnetrygd")               // what the claim is, in the sentence
                    .contains("fastsatt 13.11.2026")                                     // fastsettelsesdato
                    .contains("SAK-2024-001234")                                         // creditor's reference
                    .contains("15 000,00 kr", "1 500,00 kr", "16 500,00 kr")             // lines and total 15 000 + 1 500
                    .contains("020260001233")                                            // KID
                    .contains("7694 05 00121")                                           // account 4-2-5
                    .contains("14.12.2026")                                              // due date
                    .contains("018380*****")                                             // fødselsnummer masked to DDMMYY
                    .doesNotContain("01838012317")
                    .contains("NO3976940500121", "DEMONOKK")                            // paying from abroad
                    .contains("Slik klager du", "skriftlig og", "underskrevet", "innen 3 uker", "stopper ikke innkrevingen")
                    .contains("Send klagen til Innkrevingsmyndigheten, Postboks 9200 Grønland, 0134 OSLO")
                    .doesNotContain("BankID").doesNotContain("logge inn")               // no pages that do not exist
                    .contains("Det løper ikke forsinkelsesrente")                       // NAV's types accrue none
                    .doesNotContain("lagt til renter");
            assertThat(fonter(doc)).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            });
            bilde(doc, "faktura-person");
        }
    }

    @Test
    void krav_som_har_forsinkelsesrente_sier_at_den_loeper() throws Exception {
        var b = Eksempler.faktura(Eksempler.FIRMA, List.of(new Brev.Linje("Rettsgebyr for utleggsbegjæring", 127_700)),
                Eksempler.RENTEBAERENDE_KRAV);
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(b, Eksempler.FIRMA))) {
            String tekst = new PDFTextStripper().getText(doc).replace("\n", " ");
            assertThat(tekst).contains("løper det forsinkelsesrente fra forfallsdatoen").doesNotContain("løper ikke")
                    .contains("1 277,00 kr").contains("Slik klager du");
            bilde(doc, "faktura-rentebaerende");
        }
    }

    @Test
    void faktura_til_organisasjon_viser_organisasjonsnummeret() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(Eksempler.faktura(Eksempler.FIRMA), Eksempler.FIRMA))) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Bærum Rør & Ventiler AS", "Industriveien 7", "Bygg C", "1337 SANDVIKA")
                    .contains("Organisasjonsnummer", "310000000").doesNotContain("Fødselsnummer");
            bilde(doc, "faktura-organisasjon");
        }
    }

    @Test
    void kreditnota_sier_hvilken_faktura_den_gjelder_og_at_beloepet_trekkes_fra() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(Eksempler.kreditnota(Eksempler.PERSON), Eksempler.PERSON))) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Kreditnota", "faktura 2026000123", "trekkes fra det", "du skylder", "3 000,00 kr")
                    .doesNotContain("Slik betaler du");                                 // nothing to pay on a credit note
            bilde(doc, "kreditnota-person");
        }
    }

    @Test
    void melding_har_avsenderens_ord_linjene_og_klageteksten_men_ingen_betalingsboks() throws Exception {
        // a garnishment decision as its module words it: 1 500,00 kr a month against 12 000,00 kr left
        Brev b = new Brev(new no.innkreving.letters.Brevslag.Melding("UTLEGGSTREKK", "Vedtak om utleggstrekk", "Saksnummer",
                "Gjenstående krav", java.util.List.of("Vi har besluttet trekk i lønn med 1 500 kroner i måneden."),
                java.util.List.of("Trekket stopper når kravet er betalt.")), "UT-2026-000001", java.time.LocalDate.of(2026, 12, 3),
                Eksempler.PERSON.identifikator(), Eksempler.NAV_KRAV,
                java.util.List.of(new Brev.Linje("Tilbakekreving av feilutbetalt barnetrygd", 1_200_000)), null);
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(b, Eksempler.PERSON))) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Vedtak om utleggstrekk", "1 500 kroner i måneden", "Trekket stopper", "Saksnummer",
                            "UT-2026-000001", "Gjenstående krav", "12 000,00 kr", "Slik klager du", "saksnummer UT-2026-000001")
                    .doesNotContain("Slik betaler du");
            bilde(doc, "melding-person");
        }
    }

    @Test
    void mange_linjer_fortsetter_paa_neste_side_med_betalingsboksen_sist() throws Exception {
        // 30 lines of 100,00 kr: more than fit above the payment box, total 30 × 100,00 = 3 000,00 kr
        List<Brev.Linje> linjer = new ArrayList<>();
        for (int i = 1; i <= 30; i++) linjer.add(new Brev.Linje("Gebyr nr. " + i, 10_000));
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(Eksempler.faktura(Eksempler.FIRMA, linjer), Eksempler.FIRMA))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper side = new PDFTextStripper();
            side.setStartPage(1);
            side.setEndPage(1);
            assertThat(side.getText(doc)).contains("Gebyr nr. 1 100,00 kr", "Side 1 av 2").doesNotContain("Slik betaler du");
            side.setStartPage(2);
            side.setEndPage(2);
            assertThat(side.getText(doc)).contains("Gebyr nr. 30", "3 000,00 kr", "Slik klager du", "Slik betaler du", "Side 2 av 2");
            bilde(doc, "faktura-mange-linjer");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 80), "png", Path.of("target", "dokument", "faktura-mange-linjer-side2.png").toFile());
        }
    }

    @Test
    void tegn_fonten_mangler_og_kontrolltegn_velter_ikke_brevet() throws Exception {
        var mottaker = new Part("Ola \u0007Nordmann\t漢", Eksempler.PERSON.identifikator(), null, null, null, null);
        try (PDDocument doc = Loader.loadPDF(Eksempler.pdf(Eksempler.faktura(mottaker), mottaker))) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Ola Nordmann ?").contains("018380*****").doesNotContain("01838012317");
        }
    }

    private static List<PDFont> fonter(PDDocument doc) throws IOException {
        List<PDFont> f = new ArrayList<>();
        for (PDPage p : doc.getPages())
            for (COSName n : p.getResources().getFontNames()) f.add(p.getResources().getFont(n));
        return f;
    }

    private static void bilde(PDDocument doc, String navn) throws IOException {
        Path png = Path.of("target", "dokument", navn + ".png");
        Files.createDirectories(png.getParent());
        ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", png.toFile());
    }
}

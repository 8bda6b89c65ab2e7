package no.innkreving.invoicing.dokument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The invoice or credit note as an A4 letter in Norwegian, for post, Altinn and eFaktura: sender, the debtor's
 * address in the window, what the claim is and who it is from, the lines and total, and a payment box with account,
 * KID, due date and amount. Helvetica's WinAnsi encoding has æ, ø and å, so no font file is embedded.
 */
public final class PdfBrev {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final PDType1Font NORMAL = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font FET = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float VENSTRE = 60;
    private static final float HOEYRE = PDRectangle.A4.getWidth() - 60;

    private PdfBrev() {
    }

    public static byte[] lag(Fakturadokument d) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            boolean faktura = d.type() == Dokumenttype.FAKTURA;
            info.setTitle((faktura ? "Faktura " : "Kreditnota ") + d.fakturanummer());
            info.setAuthor(d.utsteder().navn());
            PDPage side = new PDPage(PDRectangle.A4);
            pdf.addPage(side);
            try (PDPageContentStream c = new PDPageContentStream(pdf, side)) {
                float y = PDRectangle.A4.getHeight() - 60;
                tekst(c, FET, 14, VENSTRE, y, d.utsteder().navn());
                float ys = y - 14;
                for (String l : adresse(d.utsteder())) {
                    tekst(c, NORMAL, 9, VENSTRE, ys, l);
                    ys -= 11;
                }
                tekstHoeyre(c, NORMAL, 9, y, "Dato: " + DATO.format(d.fakturadato()));
                tekstHoeyre(c, NORMAL, 9, y - 11, (faktura ? "Fakturanummer: " : "Kreditnotanummer: ") + d.fakturanummer());

                // the recipient in the envelope window
                float ya = PDRectangle.A4.getHeight() - 150;
                tekst(c, NORMAL, 11, VENSTRE, ya, d.mottaker().navn());
                for (String l : adresse(d.mottaker())) {
                    ya -= 13;
                    tekst(c, NORMAL, 11, VENSTRE, ya, l);
                }

                y = PDRectangle.A4.getHeight() - 270;
                tekst(c, FET, 18, VENSTRE, y, faktura ? "Faktura" : "Kreditnota");
                y -= 26;
                String hvem = d.mottaker().type() == Fakturadokument.Parttype.PERSON
                        ? "Fødselsnummer: " + d.mottaker().identifikator().substring(0, 6) + "*****"
                        : "Organisasjonsnummer: " + d.mottaker().identifikator();
                tekst(c, NORMAL, 10, VENSTRE, y, hvem);
                y -= 20;
                List<String> avsnitt = new ArrayList<>();
                if (faktura) {
                    avsnitt.add(d.oppdragsgiverNavn() + " har overført kravet nedenfor til oss for innkreving. Kravet ble fastsatt "
                            + DATO.format(d.fastsettelsesdato()) + ".");
                    avsnitt.add("Betal beløpet innen forfallsdatoen, og bruk KID-nummeret slik at betalingen kommer på riktig krav.");
                } else {
                    avsnitt.add(d.oppdragsgiverNavn() + " har redusert kravet ditt. Denne kreditnotaen gjelder faktura "
                            + d.gjelderFakturanummer() + ", og beløpet trekkes fra det du skylder.");
                }
                if (d.oppdragsgiversReferanse() != null) avsnitt.add("Oppdragsgivers referanse: " + d.oppdragsgiversReferanse() + ".");
                for (String a : avsnitt) {
                    for (String l : bryt(a, NORMAL, 10, HOEYRE - VENSTRE)) {
                        tekst(c, NORMAL, 10, VENSTRE, y, l);
                        y -= 14;
                    }
                    y -= 4;
                }

                y -= 10;
                tekst(c, FET, 10, VENSTRE, y, "Beskrivelse");
                tekstHoeyre(c, FET, 10, y, "Beløp");
                y -= 6;
                strek(c, y);
                for (Fakturadokument.Linje l : d.linjer()) {
                    y -= 16;
                    tekst(c, NORMAL, 10, VENSTRE, y, l.beskrivelse());
                    tekstHoeyre(c, NORMAL, 10, y, Beloepsformat.kroner(l.beloepOre()));
                }
                y -= 8;
                strek(c, y);
                y -= 16;
                tekst(c, FET, 11, VENSTRE, y, faktura ? "Å betale" : "Til fradrag");
                tekstHoeyre(c, FET, 11, y, Beloepsformat.kroner(d.totalOre()));

                if (faktura) {
                    float boks = 150;
                    c.setLineWidth(1f);
                    c.addRect(VENSTRE - 10, 90, HOEYRE - VENSTRE + 20, boks);
                    c.stroke();
                    float yb = 90 + boks - 24;
                    tekst(c, FET, 12, VENSTRE, yb, "Betalingsinformasjon");
                    yb -= 24;
                    rad(c, yb, "Kontonummer", Beloepsformat.kontonummer(d.konto().kontonummer()));
                    rad(c, yb - 18, "KID", d.kid());
                    rad(c, yb - 36, "Forfallsdato", DATO.format(d.forfallsdato()));
                    rad(c, yb - 54, "Beløp", Beloepsformat.kroner(d.totalOre()));
                    rad(c, yb - 72, "IBAN / BIC", d.konto().iban() + " / " + d.konto().bic());
                }
                tekst(c, NORMAL, 8, VENSTRE, 60, "Har du spørsmål, eller mener du kravet er feil? Kontakt oss og oppgi fakturanummeret. "
                        + "En klage stanser ikke innkrevingen.");
            }
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the PDF letter", e);
        }
    }

    private static List<String> adresse(Fakturadokument.Part p) {
        List<String> l = new ArrayList<>(p.adresselinjer());
        if (p.postnummer() != null) l.add(p.postnummer() + " " + (p.poststed() == null ? "" : p.poststed()));
        return l;
    }

    private static void rad(PDPageContentStream c, float y, String ledetekst, String verdi) throws IOException {
        tekst(c, NORMAL, 10, VENSTRE, y, ledetekst);
        tekst(c, FET, 11, VENSTRE + 120, y, verdi);
    }

    private static void strek(PDPageContentStream c, float y) throws IOException {
        c.setLineWidth(0.5f);
        c.moveTo(VENSTRE, y);
        c.lineTo(HOEYRE, y);
        c.stroke();
    }

    private static void tekst(PDPageContentStream c, PDType1Font f, float str, float x, float y, String t) throws IOException {
        c.beginText();
        c.setFont(f, str);
        c.newLineAtOffset(x, y);
        c.showText(trygg(t));
        c.endText();
    }

    private static void tekstHoeyre(PDPageContentStream c, PDType1Font f, float str, float y, String t) throws IOException {
        tekst(c, f, str, HOEYRE - f.getStringWidth(trygg(t)) / 1000 * str, y, t);
    }

    /** Only what WinAnsi can show; anything else (control characters, other scripts) becomes '?'. */
    static String trygg(String t) {
        if (t == null) return "";
        StringBuilder b = new StringBuilder(t.length());
        for (char ch : t.toCharArray()) {
            boolean ok = (ch >= 0x20 && ch < 0x7f) || (ch >= 0xa0 && ch <= 0xff) || ch == '–' || ch == '€';
            b.append(ok ? ch : '?');
        }
        return b.toString();
    }

    private static List<String> bryt(String tekst, PDType1Font f, float str, float bredde) throws IOException {
        List<String> linjer = new ArrayList<>();
        StringBuilder l = new StringBuilder();
        for (String ord : trygg(tekst).split(" ")) {
            String forsok = l.isEmpty() ? ord : l + " " + ord;
            if (f.getStringWidth(forsok) / 1000 * str > bredde && !l.isEmpty()) {
                linjer.add(l.toString());
                l = new StringBuilder(ord);
            } else {
                l = new StringBuilder(forsok);
            }
        }
        if (!l.isEmpty()) linjer.add(l.toString());
        return linjer;
    }
}

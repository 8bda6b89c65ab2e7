package no.innkreving.invoicing.dokument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The invoice or credit note as an A4 letter in Norwegian bokmål, for post and Altinn: sender, the debtor's address
 * where a window envelope shows it, what the claim is and who it is from, the lines and total, and (invoice only) a
 * payment box with account, KID, due date and amount. DejaVu Sans is embedded (subset), so æøå and the layout look
 * the same in every reader and printer; a reader's Helvetica substitute is never used.
 */
public final class PdfBrev {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final byte[] FONT_NORMAL = fontfil("/fonts/DejaVuSans.ttf");
    private static final byte[] FONT_FET = fontfil("/fonts/DejaVuSans-Bold.ttf");
    /**
     * The fonts parsed once per thread rather than once per letter (parsing two TrueType files was most of a letter's
     * cost); each letter still embeds its own subset. Per thread because a parsed font is read while subsetting.
     */
    private static final ThreadLocal<TrueTypeFont[]> FONTER = ThreadLocal.withInitial(() -> new TrueTypeFont[]{
            tolk(FONT_NORMAL), tolk(FONT_FET)});

    private static final float BREDDE = PDRectangle.A4.getWidth();   // 595 pt
    private static final float HOEYDE = PDRectangle.A4.getHeight();  // 842 pt
    private static final float MM = 72f / 25.4f;
    private static final float VENSTRE = 20 * MM;
    private static final float HOEYRE = BREDDE - 20 * MM;
    /** Window envelopes (C5/E65 with a left window) show roughly 20–110 mm from the left, 45–90 mm from the top. */
    private static final float VINDU_TOPP = HOEYDE - 50 * MM;
    private static final float BUNNTEKST_Y = 12 * MM;
    private static final float BETALINGSBOKS_HOEYDE = 38 * MM;
    private static final float BETALINGSBOKS_Y = BUNNTEKST_Y + 14 * MM;

    private PdfBrev() {
    }

    public static byte[] lag(Fakturadokument d) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            boolean faktura = d.type() == Dokumenttype.FAKTURA;
            String tittel = (faktura ? "Faktura " : "Kreditnota ") + d.fakturanummer();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(tittel);
            info.setAuthor(d.utsteder().navn());
            info.setSubject(d.kravbeskrivelse());
            pdf.getDocumentCatalog().setLanguage("nb-NO");
            TrueTypeFont[] fonter = FONTER.get();
            Brev b = new Brev(pdf, PDType0Font.load(pdf, fonter[0], true), PDType0Font.load(pdf, fonter[1], true),
                    tittel + " (fortsettelse)");
            try {
                skriv(b, d, faktura);
            } finally {
                b.lukk();
            }
            int sider = pdf.getNumberOfPages();
            for (int i = 0; i < sider; i++) bunntekst(b, pdf.getPage(i), d, i + 1, sider);
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the PDF letter", e);
        }
    }

    private static void skriv(Brev b, Fakturadokument d, boolean faktura) throws IOException {
        b.nySide();
        // sender
        float y = HOEYDE - 18 * MM;
        b.tekst(b.fet, 14, VENSTRE, y, d.utsteder().navn());
        float ys = y - 15;
        for (String l : adresse(d.utsteder())) {
            b.tekst(b.normal, 9, VENSTRE, ys, l);
            ys -= 11;
        }

        // reference block on the right, as on Norwegian government letters
        List<String[]> ref = new ArrayList<>();
        ref.add(new String[] {"Dato", DATO.format(d.fakturadato())});
        ref.add(new String[] {faktura ? "Fakturanummer" : "Kreditnotanummer", d.fakturanummer()});
        if (!faktura && d.gjelderFakturanummer() != null) ref.add(new String[] {"Gjelder faktura", d.gjelderFakturanummer()});
        String id = mottakerId(d.mottaker());
        if (id != null) ref.add(new String[] {d.mottaker().type() == Fakturadokument.Parttype.PERSON ? "Fødselsnummer"
                : "Organisasjonsnummer", id});
        if (d.oppdragsgiversReferanse() != null) ref.add(new String[] {"Oppdragsgivers ref.", d.oppdragsgiversReferanse()});
        float xRef = BREDDE - 92 * MM;
        float ledetekst = 0;
        for (String[] r : ref) ledetekst = Math.max(ledetekst, Brev.bredde(b.normal, 8.5f, r[0]));
        float yr = y;
        for (String[] r : ref) {
            b.tekst(b.normal, 8.5f, xRef, yr, r[0]);
            b.tekst(b.normal, 8.5f, xRef + ledetekst + 4 * MM, yr, r[1]);
            yr -= 12;
        }

        // recipient, in the envelope window; a small return line above it as on franked letters
        float ya = VINDU_TOPP;
        b.tekst(b.normal, 6.5f, VENSTRE, ya + 12, "Returadresse: " + d.utsteder().navn() + ", " + String.join(", ", adresse(d.utsteder())));
        b.tekst(b.normal, 11, VENSTRE, ya - 4, d.mottaker().navn());
        for (String l : adresse(d.mottaker())) {
            ya -= 14;
            b.tekst(b.normal, 11, VENSTRE, ya - 4, l);
        }

        b.y = HOEYDE - 100 * MM;
        b.tekst(b.fet, 20, VENSTRE, b.y, faktura ? "Faktura" : "Kreditnota");
        b.y -= 12 * MM;

        String krav = smaaForbokstav(d.kravbeskrivelse());
        String fastsatt = d.fastsettelsesdato() == null ? "" : " og ble fastsatt " + DATO.format(d.fastsettelsesdato());
        String referanse = d.oppdragsgiversReferanse() == null ? ""
                : " Oppdragsgivers referanse er " + d.oppdragsgiversReferanse() + ".";
        if (faktura) {
            b.avsnitt(d.utsteder().navn() + " krever inn dette kravet på vegne av " + d.oppdragsgiverNavn() + ". Kravet gjelder "
                    + krav + fastsatt + "." + referanse);
            b.avsnitt("Betal beløpet innen forfallsdatoen " + DATO.format(d.forfallsdato()) + ". Bruk KID-nummeret når du betaler, "
                    + "slik at betalingen blir ført på riktig krav. Betaler du for sent, kan det bli lagt til renter, "
                    + "og kravet kan bli tvangsinnkrevd.");
        } else {
            b.avsnitt(d.oppdragsgiverNavn() + " har redusert kravet om " + krav + fastsatt + "." + referanse);
            b.avsnitt("Denne kreditnotaen gjelder faktura " + d.gjelderFakturanummer() + ". Beløpet nedenfor trekkes fra det "
                    + "du skylder, og du trenger ikke gjøre noe. Har du ubetalt restbeløp, skal det fortsatt betales med KID-nummeret "
                    + "på fakturaen.");
        }

        // the lines
        b.y -= 3 * MM;
        float xBeloep = HOEYRE - 35 * MM;
        b.tabellhode(xBeloep);
        for (Fakturadokument.Linje l : d.linjer()) {
            List<String> tekst = b.bryt(l.beskrivelse(), b.normal, 10, xBeloep - VENSTRE - 5 * MM);
            b.plass(tekst.size() * 13 + 6, xBeloep);
            b.y -= 14;
            float foersteLinje = b.y;
            for (int i = 0; i < tekst.size(); i++) {
                if (i > 0) b.y -= 13;
                b.tekst(b.normal, 10, VENSTRE, b.y, tekst.get(i));
            }
            // drawn after the text so that text extraction reads "description amount", as the eye does
            b.tekstHoeyre(b.normal, 10, HOEYRE, foersteLinje, Beloepsformat.kroner(l.beloepOre()));
            b.y -= 4;
        }
        b.plass(30, xBeloep);
        b.y -= 4;
        b.strek(VENSTRE, HOEYRE, b.y, 0.75f);
        b.y -= 16;
        b.tekst(b.fet, 11, VENSTRE, b.y, faktura ? "Å betale" : "Til fradrag i det du skylder");
        b.tekstHoeyre(b.fet, 11, HOEYRE, b.y, Beloepsformat.kroner(d.totalOre()));

        // the payment box goes at the foot of the last page; if the lines left no room for it, on a page of its own
        if (faktura) {
            if (b.y - 8 * MM < BETALINGSBOKS_Y + BETALINGSBOKS_HOEYDE) b.nySide();
            betalingsboks(b, d);
        }
    }

    /** The payment box at the bottom of the last page, like the giro part of a paper invoice. */
    private static void betalingsboks(Brev b, Fakturadokument d) throws IOException {
        float x = VENSTRE;
        float bredde = HOEYRE - VENSTRE;
        float topp = BETALINGSBOKS_Y + BETALINGSBOKS_HOEYDE;
        b.c.setNonStrokingColor(0.94f, 0.95f, 0.97f);
        b.c.addRect(x, BETALINGSBOKS_Y, bredde, BETALINGSBOKS_HOEYDE);
        b.c.fill();
        b.c.setNonStrokingColor(0f, 0f, 0f);
        b.c.setLineWidth(0.75f);
        b.c.addRect(x, BETALINGSBOKS_Y, bredde, BETALINGSBOKS_HOEYDE);
        b.c.stroke();

        float xi = x + 5 * MM;
        b.tekst(b.fet, 11, xi, topp - 7 * MM, "Slik betaler du");
        // four fields side by side: label above, value below, as the bank app asks for them
        String[][] felt = {
                {"Beløp", Beloepsformat.kroner(d.totalOre())},
                {"Til kontonummer", Beloepsformat.kontonummer(d.konto().kontonummer())},
                {"KID", d.kid()},
                {"Forfallsdato", DATO.format(d.forfallsdato())}};
        float[] kolonne = {xi, xi + 42 * MM, xi + 84 * MM, xi + 126 * MM};
        for (int i = 0; i < felt.length; i++) {
            b.tekst(b.normal, 8, kolonne[i], topp - 14 * MM, felt[i][0]);
            b.tekst(b.fet, 11.5f, kolonne[i], topp - 19.5f * MM, felt[i][1]);
        }
        float yu = topp - 27 * MM;
        Fakturadokument.Betalingskonto k = d.konto();
        if (k.iban() != null || k.bic() != null) {
            String utland = "Betaling fra utlandet: IBAN " + (k.iban() == null ? "-" : k.iban())
                    + (k.bic() == null ? "" : ", BIC/SWIFT " + k.bic())
                    + (k.bankinformasjon() == null ? "" : ", " + k.bankinformasjon())
                    + ". Skriv KID-nummeret i meldingsfeltet.";
            for (String l : b.bryt(utland, b.normal, 8, bredde - 10 * MM)) {
                b.tekst(b.normal, 8, xi, yu, l);
                yu -= 10;
            }
        }
    }

    private static void bunntekst(Brev b, PDPage side, Fakturadokument d, int nr, int sider) throws IOException {
        try (PDPageContentStream c = new PDPageContentStream(b.pdf, side, PDPageContentStream.AppendMode.APPEND, true)) {
            b.c = c;
            b.strek(VENSTRE, HOEYRE, BUNNTEKST_Y + 9 * MM, 0.4f);
            String linje1 = "Spørsmål om selve kravet rettes til " + d.oppdragsgiverNavn() + ". Spørsmål om betaling rettes til "
                    + d.utsteder().navn() + "; oppgi fakturanummer " + d.fakturanummer() + ".";
            float y = BUNNTEKST_Y + 5.5f * MM;
            for (String l : b.bryt(linje1, b.normal, 7.5f, HOEYRE - VENSTRE - 20 * MM)) {
                b.tekst(b.normal, 7.5f, VENSTRE, y, l);
                y -= 9;
            }
            b.tekst(b.normal, 7.5f, VENSTRE, y, "Du kan logge inn med BankID for å betale, se hva du skylder eller søke om betalingsutsettelse.");
            if (sider > 1) b.tekstHoeyre(b.normal, 7.5f, HOEYRE, BUNNTEKST_Y + 5.5f * MM, "Side " + nr + " av " + sider);
        }
    }

    /** A person's fødselsnummer shows only the birth date (DDMMYY*****): the letter may be read by others. */
    static String mottakerId(Fakturadokument.Part p) {
        String id = p.identifikator();
        if (id == null || id.isBlank()) return null;
        if (p.type() == Fakturadokument.Parttype.PERSON) return id.length() < 6 ? "*****" : id.substring(0, 6) + "*****";
        return id;
    }

    private static List<String> adresse(Fakturadokument.Part p) {
        List<String> l = new ArrayList<>(p.adresselinjer() == null ? List.of() : p.adresselinjer());
        String post = ((p.postnummer() == null ? "" : p.postnummer()) + " " + (p.poststed() == null ? "" : p.poststed())).trim();
        if (!post.isEmpty()) l.add(post);
        if (p.landkode() != null && !p.landkode().equals("NO")) l.add(p.landkode());
        return l;
    }

    /** "Tilbakekreving av dagpenger" reads as "tilbakekreving av dagpenger" inside a sentence; "NAV-gebyr" stays. */
    static String smaaForbokstav(String s) {
        if (s == null || s.length() < 2) return s == null ? "" : s;
        return Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static TrueTypeFont tolk(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letter font", e);
        }
    }

    private static byte[] fontfil(String sti) {
        try (InputStream in = PdfBrev.class.getResourceAsStream(sti)) {
            if (in == null) throw new IllegalStateException("Font missing on the classpath: " + sti);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writing state for one letter: the current page, its content stream and how far down we are. */
    private static final class Brev {
        final PDDocument pdf;
        final PDFont normal;
        final PDFont fet;
        final String fortsettelse;
        final float bunn = BUNNTEKST_Y + 14 * MM;
        PDPageContentStream c;
        float y;

        Brev(PDDocument pdf, PDFont normal, PDFont fet, String fortsettelse) {
            this.pdf = pdf;
            this.normal = normal;
            this.fet = fet;
            this.fortsettelse = fortsettelse;
        }

        void nySide() throws IOException {
            lukk();
            PDPage side = new PDPage(PDRectangle.A4);
            pdf.addPage(side);
            c = new PDPageContentStream(pdf, side);
            y = HOEYDE - 20 * MM;
            if (pdf.getNumberOfPages() > 1) {
                tekst(fet, 10, VENSTRE, y, fortsettelse);
                y -= 12 * MM;
            }
        }

        void lukk() throws IOException {
            if (c != null) c.close();
            c = null;
        }

        /** Makes room for the next row; a long list of lines continues on a new page under a repeated table head. */
        void plass(float trengs, float xBeloep) throws IOException {
            if (y - trengs >= bunn) return;
            nySide();
            tabellhode(xBeloep);
        }

        void tabellhode(float xBeloep) throws IOException {
            tekst(fet, 9.5f, VENSTRE, y, "Beskrivelse");
            tekstHoeyre(fet, 9.5f, HOEYRE, y, "Beløp");
            y -= 5;
            strek(VENSTRE, HOEYRE, y, 0.75f);
            y -= 2;
        }

        void avsnitt(String tekst) throws IOException {
            for (String l : bryt(tekst, normal, 10, HOEYRE - VENSTRE)) {
                if (y - 14 < bunn) nySide();
                tekst(normal, 10, VENSTRE, y, l);
                y -= 14;
            }
            y -= 5;
        }

        void strek(float fra, float til, float hoeyde, float tykkelse) throws IOException {
            c.setLineWidth(tykkelse);
            c.moveTo(fra, hoeyde);
            c.lineTo(til, hoeyde);
            c.stroke();
        }

        void tekst(PDFont f, float str, float x, float yy, String t) throws IOException {
            c.beginText();
            c.setFont(f, str);
            c.newLineAtOffset(x, yy);
            c.showText(trygg(f, t));
            c.endText();
        }

        void tekstHoeyre(PDFont f, float str, float xHoeyre, float yy, String t) throws IOException {
            tekst(f, str, xHoeyre - bredde(f, str, trygg(f, t)), yy, t);
        }

        List<String> bryt(String tekst, PDFont f, float str, float maks) throws IOException {
            List<String> linjer = new ArrayList<>();
            StringBuilder l = new StringBuilder();
            for (String ord : trygg(f, tekst).split(" ")) {
                if (ord.isEmpty()) continue;
                String forsok = l.isEmpty() ? ord : l + " " + ord;
                if (bredde(f, str, forsok) > maks && !l.isEmpty()) {
                    linjer.add(l.toString());
                    l = new StringBuilder(ord);
                } else {
                    l = new StringBuilder(forsok);
                }
            }
            if (!l.isEmpty()) linjer.add(l.toString());
            return linjer;
        }

        static float bredde(PDFont f, float str, String t) throws IOException {
            return f.getStringWidth(t) / 1000 * str;
        }
    }

    /** Only what the font can draw: whitespace becomes a space, other control characters go, characters without a glyph '?'. */
    static String trygg(PDFont f, String t) {
        if (t == null) return "";
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                b.append(' ');
                return;
            }
            if (Character.isISOControl(cp)) return;
            String s = new String(Character.toChars(cp));
            try {
                f.encode(s);
                b.append(s);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}

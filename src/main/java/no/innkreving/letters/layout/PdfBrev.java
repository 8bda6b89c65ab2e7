package no.innkreving.letters.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.domain.Brevtekst;
import no.innkreving.parties.Skyldner;
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
 * A letter as an A4 page (or more) in Norwegian bokmål, for post, Altinn and eFaktura: sender, the debtor's address
 * where a window envelope shows it, what the letter is about, the amounts and total, what follows if the debtor
 * does not act, how to complain, and (when the debtor is to pay) a payment box with account, KID, due date and
 * amount. The words are {@link Brevtekst}'s; this class only places them. DejaVu Sans is embedded (subset), so æøå
 * and the layout look the same in every reader and printer; a reader's Helvetica substitute is never used.
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

    public static byte[] lag(Brev d, Part avsender, Part mottaker) {
        Brevtekst tekst = new Brevtekst(avsender.navn(), String.join(", ", avsender.adresse()));
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            String tittel = tekst.tittel(d.slag()) + " " + d.nummer();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(tittel);
            info.setAuthor(avsender.navn());
            info.setSubject(d.krav().beskrivelse());
            pdf.getDocumentCatalog().setLanguage("nb-NO");
            TrueTypeFont[] fonter = FONTER.get();
            Brev_ b = new Brev_(pdf, PDType0Font.load(pdf, fonter[0], true), PDType0Font.load(pdf, fonter[1], true),
                    tittel + " (fortsettelse)");
            try {
                skriv(b, d, tekst, avsender, mottaker);
            } finally {
                b.lukk();
            }
            int sider = pdf.getNumberOfPages();
            String bunn = tekst.bunntekst(d);
            for (int i = 0; i < sider; i++) bunntekst(b, pdf.getPage(i), bunn, i + 1, sider);
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the PDF letter", e);
        }
    }

    private static void skriv(Brev_ b, Brev d, Brevtekst tekst, Part avsender, Part mottaker) throws IOException {
        b.nySide();
        // sender
        float y = HOEYDE - 18 * MM;
        b.tekst(b.fet, 14, VENSTRE, y, avsender.navn());
        float ys = y - 15;
        for (String l : avsender.adresse()) {
            b.tekst(b.normal, 9, VENSTRE, ys, l);
            ys -= 11;
        }

        // reference block on the right, as on Norwegian government letters
        List<String[]> ref = new ArrayList<>();
        ref.add(new String[] {"Dato", DATO.format(d.dato())});
        ref.add(new String[] {tekst.nummerLedetekst(d.slag()), d.nummer()});
        if (d.slag() instanceof Brevslag.Kreditnota k) ref.add(new String[] {"Gjelder faktura", k.gjelderFakturanummer()});
        ref.add(new String[] {switch (mottaker.identifikator()) {
            case Skyldner.Person p -> p.erDnummer() ? "D-nummer" : "Fødselsnummer";
            case Skyldner.Organisasjon o -> "Organisasjonsnummer";
        }, mottaker.identifikator().maskert()});
        if (d.krav().oppdragsgiversReferanse() != null) ref.add(new String[] {"Oppdragsgivers ref.", d.krav().oppdragsgiversReferanse()});
        float xRef = BREDDE - 92 * MM;
        float ledetekst = 0;
        for (String[] r : ref) ledetekst = Math.max(ledetekst, Brev_.bredde(b.normal, 8.5f, r[0]));
        float yr = y;
        float xVerdi = xRef + ledetekst + 4 * MM;
        for (String[] r : ref) {
            b.tekst(b.normal, 8.5f, xRef, yr, r[0]);
            // a long number (a case's UUID) is set smaller rather than run past the margin
            float bredde = Brev_.bredde(b.normal, 8.5f, r[1]);
            float storrelse = bredde <= HOEYRE - xVerdi ? 8.5f : Math.max(5.5f, 8.5f * (HOEYRE - xVerdi) / bredde);
            b.tekst(b.normal, storrelse, xVerdi, yr, r[1]);
            yr -= 12;
        }

        // recipient, in the envelope window; a small return line above it as on franked letters
        float ya = VINDU_TOPP;
        b.tekst(b.normal, 6.5f, VENSTRE, ya + 12, "Returadresse: " + avsender.navn() + ", " + String.join(", ", avsender.adresse()));
        b.tekst(b.normal, 11, VENSTRE, ya - 4, mottaker.navn());
        for (String l : mottaker.adresse()) {
            ya -= 14;
            b.tekst(b.normal, 11, VENSTRE, ya - 4, l);
        }

        b.y = HOEYDE - 100 * MM;
        b.tekst(b.fet, 20, VENSTRE, b.y, tekst.tittel(d.slag()));
        b.y -= 12 * MM;

        for (String a : tekst.innledning(d)) b.avsnitt(a);

        // the lines
        b.y -= 3 * MM;
        float xBeloep = HOEYRE - 35 * MM;
        b.tabellhode(xBeloep);
        for (Brev.Linje l : d.linjer()) {
            List<String> t = b.bryt(l.beskrivelse(), b.normal, 10, xBeloep - VENSTRE - 5 * MM);
            b.plass(t.size() * 13 + 6, xBeloep);
            b.y -= 14;
            float foersteLinje = b.y;
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) b.y -= 13;
                b.tekst(b.normal, 10, VENSTRE, b.y, t.get(i));
            }
            // drawn after the text so that text extraction reads "description amount", as the eye does
            b.tekstHoeyre(b.normal, 10, HOEYRE, foersteLinje, Beloepsformat.kroner(l.beloepOre()));
            b.y -= 4;
        }
        b.plass(30, xBeloep);
        b.y -= 4;
        b.strek(VENSTRE, HOEYRE, b.y, 0.75f);
        b.y -= 16;
        b.tekst(b.fet, 11, VENSTRE, b.y, tekst.sumtekst(d.slag()));
        b.tekstHoeyre(b.fet, 11, HOEYRE, b.y, Beloepsformat.kroner(d.totalOre()));
        b.y -= 10 * MM;

        // what follows, then how to complain (smaller: it is the same in every letter)
        if (d.betaling() != null) b.bunn = BETALINGSBOKS_Y + BETALINGSBOKS_HOEYDE + 4 * MM;
        for (String a : tekst.konsekvenser(d)) b.avsnitt(a);
        b.y -= 2 * MM;
        // the complaint section is kept together: split over two pages it is easily read only in part
        List<String> klage = tekst.klage(d);
        float hoeyde = 14;
        for (String a : klage) hoeyde += b.bryt(a, b.normal, 8.5f, HOEYRE - VENSTRE).size() * 11 + 4;
        if (b.y - hoeyde < b.bunn) b.nySide();
        b.overskrift("Slik klager du");
        for (String a : klage) b.avsnitt(a, 8.5f, 11);

        // the payment box goes at the foot of the last page, below the text that left room for it
        if (d.betaling() != null) betalingsboks(b, d);
    }

    /** The payment box at the bottom of the last page, like the giro part of a paper invoice. */
    private static void betalingsboks(Brev_ b, Brev d) throws IOException {
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

        Brev.Betaling bet = d.betaling();
        float xi = x + 5 * MM;
        b.tekst(b.fet, 11, xi, topp - 7 * MM, "Slik betaler du");
        // four fields side by side: label above, value below, as the bank app asks for them
        String[][] felt = {
                {"Beløp", Beloepsformat.kroner(d.totalOre())},
                {"Til kontonummer", Beloepsformat.kontonummer(bet.konto().kontonummer())},
                {"KID", bet.kid()},
                {"Forfallsdato", DATO.format(bet.forfallsdato())}};
        float[] kolonne = {xi, xi + 42 * MM, xi + 84 * MM, xi + 126 * MM};
        for (int i = 0; i < felt.length; i++) {
            b.tekst(b.normal, 8, kolonne[i], topp - 14 * MM, felt[i][0]);
            b.tekst(b.fet, 11.5f, kolonne[i], topp - 19.5f * MM, felt[i][1]);
        }
        float yu = topp - 27 * MM;
        Brev.Konto k = bet.konto();
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

    private static void bunntekst(Brev_ b, PDPage side, String tekst, int nr, int sider) throws IOException {
        try (PDPageContentStream c = new PDPageContentStream(b.pdf, side, PDPageContentStream.AppendMode.APPEND, true)) {
            b.c = c;
            b.strek(VENSTRE, HOEYRE, BUNNTEKST_Y + 9 * MM, 0.4f);
            float y = BUNNTEKST_Y + 5.5f * MM;
            for (String l : b.bryt(tekst, b.normal, 7.5f, HOEYRE - VENSTRE - 20 * MM)) {
                b.tekst(b.normal, 7.5f, VENSTRE, y, l);
                y -= 9;
            }
            if (sider > 1) b.tekstHoeyre(b.normal, 7.5f, HOEYRE, BUNNTEKST_Y + 5.5f * MM, "Side " + nr + " av " + sider);
        }
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
    private static final class Brev_ {
        final PDDocument pdf;
        final PDFont normal;
        final PDFont fet;
        final String fortsettelse;
        /** Lowest line text may use on this page; raised on the page that will carry the payment box. */
        float bunn = BUNNTEKST_Y + 14 * MM;
        PDPageContentStream c;
        float y;

        Brev_(PDDocument pdf, PDFont normal, PDFont fet, String fortsettelse) {
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
            avsnitt(tekst, 10, 14);
        }

        void avsnitt(String tekst, float str, float linjeavstand) throws IOException {
            for (String l : bryt(tekst, normal, str, HOEYRE - VENSTRE)) {
                if (y - linjeavstand < bunn) nySide();
                tekst(normal, str, VENSTRE, y, l);
                y -= linjeavstand;
            }
            y -= 4;
        }

        void overskrift(String tekst) throws IOException {
            if (y - 40 < bunn) nySide();
            tekst(fet, 10, VENSTRE, y, tekst);
            y -= 14;
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
            for (String ord : ord(trygg(f, tekst))) {
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

    /**
     * A space is a place to break a line, except between the thousands of an amount ("3 000,00 kr", "1 234 567"): a digit
     * before it and a group of exactly three digits after it.
     */
    private static final java.util.regex.Pattern ORDSKILLE = java.util.regex.Pattern.compile("(?<!\\d) | (?!\\d{3}(?!\\d))");

    /** The text's words for line breaking, an amount's thousands kept together. */
    static String[] ord(String tekst) {
        return ORDSKILLE.split(tekst);
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

package no.innkreving.liens.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The request to the local enforcement officer to take a lien in movables (begjæring om utlegg), as an A4 PDF in
 * bokmål with DejaVu Sans embedded: a document we send, not an act of ours. Only lays out the paragraphs it is given.
 */
final class Begjaeringsdokument {
    private static final float MARG = 56;
    private static final float BREDDE = PDRectangle.A4.getWidth() - 2 * MARG;

    private Begjaeringsdokument() {
    }

    /** A paragraph: bold heading lines are those given as {@code Avsnitt(tekst, true)}. */
    record Avsnitt(String tekst, boolean overskrift) {
    }

    static byte[] lag(String tittel, List<Avsnitt> avsnitt) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            pdf.getDocumentInformation().setTitle(tittel);
            pdf.getDocumentInformation().setAuthor("Innkrevingsmyndigheten");
            pdf.getDocumentCatalog().setLanguage("nb-NO");
            PDFont normal = font(pdf, "/fonts/DejaVuSans.ttf");
            PDFont fet = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
            List<Object[]> linjer = new ArrayList<>();
            linjer.add(new Object[]{tittel, fet, 16f});
            linjer.add(new Object[]{"", normal, 10f});
            for (Avsnitt a : avsnitt) {
                PDFont f = a.overskrift() ? fet : normal;
                for (String l : brekk(a.tekst(), f, 10.5f)) linjer.add(new Object[]{l, f, 10.5f});
                linjer.add(new Object[]{"", normal, 5f});
            }
            PDPageContentStream cs = null;
            float y = 0;
            for (Object[] l : linjer) {
                float storrelse = (Float) l[2];
                if (cs == null || y - storrelse * 1.4f < MARG) {
                    if (cs != null) cs.close();
                    PDPage side = new PDPage(PDRectangle.A4);
                    pdf.addPage(side);
                    cs = new PDPageContentStream(pdf, side);
                    y = PDRectangle.A4.getHeight() - MARG;
                }
                y -= storrelse * 1.4f;
                if (!((String) l[0]).isEmpty()) {
                    cs.beginText();
                    cs.setFont((PDFont) l[1], storrelse);
                    cs.newLineAtOffset(MARG, y);
                    cs.showText((String) l[0]);
                    cs.endText();
                }
            }
            if (cs != null) cs.close();
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the request document", e);
        }
    }

    private static PDFont font(PDDocument pdf, String fil) throws IOException {
        try (InputStream in = Begjaeringsdokument.class.getResourceAsStream(fil)) {
            if (in == null) throw new IOException("font missing: " + fil);
            return PDType0Font.load(pdf, in, true);
        }
    }

    /** Greedy word wrap to the text width. */
    private static List<String> brekk(String tekst, PDFont f, float storrelse) throws IOException {
        List<String> ut = new ArrayList<>();
        for (String avsnitt : tekst.split("\n")) {
            StringBuilder linje = new StringBuilder();
            for (String ord : avsnitt.split(" ")) {
                String proev = linje.isEmpty() ? ord : linje + " " + ord;
                if (f.getStringWidth(proev) / 1000 * storrelse > BREDDE && !linje.isEmpty()) {
                    ut.add(linje.toString());
                    linje = new StringBuilder(ord);
                } else {
                    linje = new StringBuilder(proev);
                }
            }
            ut.add(linje.toString());
        }
        return ut;
    }
}

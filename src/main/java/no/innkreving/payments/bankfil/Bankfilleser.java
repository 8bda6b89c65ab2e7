package no.innkreving.payments.bankfil;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a bank file of any supported format as a stream: recognises the format from the first bytes, then hands
 * each payment and each refused record to the receiver as it goes, so memory stays flat in file size.
 */
public final class Bankfilleser {
    private Bankfilleser() {
    }

    /** Recognises the format by peeking at the start of the stream (which must support mark/reset). */
    public static Bankfilformat gjenkjenn(BufferedInputStream in) {
        try {
            in.mark(4096);
            byte[] start = in.readNBytes(4096);
            in.reset();
            String s = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            if (s.startsWith("NY000010")) return Bankfilformat.OCR_GIRO;
            if (s.startsWith("<")) {
                if (s.contains("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02")) return Bankfilformat.CAMT_054_001_02;
                if (s.contains("urn:iso:std:iso:20022:tech:xsd:camt.054.001.08")) return Bankfilformat.CAMT_054_001_08;
                throw new UgyldigBankfil("linje 1", "XML-filen er ikke camt.054.001.02 eller camt.054.001.08 (ukjent eller manglende namespace)");
            }
            throw new UgyldigBankfil("linje 1", s.isEmpty() ? "Filen er tom"
                    : "Ukjent filformat: verken ISO 20022 camt.054 (XML) eller OCR giro (starter med NY000010)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Sammendrag les(InputStream inn, Mottaker mottaker) {
        BufferedInputStream in = inn instanceof BufferedInputStream b ? b : new BufferedInputStream(inn, 1 << 16);
        Bankfilformat format = gjenkjenn(in);
        return switch (format) {
            case OCR_GIRO -> OcrGiroleser.les(in, mottaker);
            case CAMT_054_001_02, CAMT_054_001_08 -> Camt054leser.les(in, format, mottaker);
        };
    }
}

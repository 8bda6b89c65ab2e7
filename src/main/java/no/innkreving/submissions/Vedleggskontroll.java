package no.innkreving.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which documents a debtor may attach: PDF, JPEG or PNG, known by their first bytes (the file's magic number), never
 * by the name or the type the browser states; each at most {@code maksBytes}, at most {@code maksAntall}. Pure.
 */
public final class Vedleggskontroll {
    private Vedleggskontroll() {
    }

    public enum Filtype {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        private final String mediatype;

        Filtype(String mediatype) {
            this.mediatype = mediatype;
        }

        public String mediatype() {
            return mediatype;
        }
    }

    /**
     * A file as received: the name the browser gave, its size, and its bytes (null when the size alone refuses it,
     * so a file far over the limit is never read into memory).
     */
    public record Fil(String filnavn, long stoerrelse, byte[] innhold) {
        public static Fil av(String filnavn, byte[] innhold) {
            return new Fil(filnavn, innhold.length, innhold);
        }
    }

    /** A refusal with its status (413 too large, 415 not an accepted type, 400 too many) and the debtor's message. */
    public record Avvisning(int status, String tittel, String melding) {
    }

    /** A file accepted, with the type its content shows. */
    public record Godkjent(String filnavn, Filtype type, byte[] innhold) {
    }

    /** %PDF-, JPEG's FF D8 FF, PNG's 89 'PNG' CR LF 1A LF (ISO 32000, JFIF/ISO 10918, ISO 15948). */
    public static Optional<Filtype> gjenkjenn(byte[] b) {
        if (starter(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) return Optional.of(Filtype.PDF);
        if (starter(b, 0xFF, 0xD8, 0xFF)) return Optional.of(Filtype.JPEG);
        if (starter(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(Filtype.PNG);
        return Optional.empty();
    }

    private static boolean starter(byte[] b, int... magi) {
        if (b == null || b.length < magi.length) return false;
        for (int i = 0; i < magi.length; i++) if ((b[i] & 0xFF) != magi[i]) return false;
        return true;
    }

    /** All the files, or the first refusal: one bad file refuses the whole form, so nothing is stored. */
    public static Resultat kontroller(List<Fil> filer, long maksBytes, int maksAntall) {
        // a file input left empty still sends a part with no name and no bytes
        List<Fil> ekte = filer.stream().filter(f -> f.stoerrelse() > 0).toList();
        if (ekte.size() > maksAntall)
            return new Resultat.Avvist(new Avvisning(400, "For mange vedlegg", "Du kan legge ved høyst " + maksAntall
                    + " filer. Du valgte " + ekte.size() + ". Ingenting ble lagret."));
        List<Godkjent> ok = new ArrayList<>();
        for (Fil f : ekte) {
            String navn = rentFilnavn(f.filnavn());
            if (f.stoerrelse() > maksBytes || f.innhold() == null)
                return new Resultat.Avvist(new Avvisning(413, "Vedlegget er for stort", "Vedlegget «" + navn + "» er større enn "
                        + maksBytes / (1024 * 1024) + " MB. Hvert vedlegg kan være på høyst " + maksBytes / (1024 * 1024)
                        + " MB. Ingenting ble lagret."));
            Optional<Filtype> type = gjenkjenn(f.innhold());
            if (type.isEmpty())
                return new Resultat.Avvist(new Avvisning(415, "Vedlegget har feil filtype", "Vedlegget «" + navn
                        + "» er ikke en PDF-, JPEG- eller PNG-fil. Vi sjekker hva filen faktisk inneholder, ikke hva den heter."
                        + " Ingenting ble lagret."));
            ok.add(new Godkjent(navn, type.get(), f.innhold()));
        }
        return new Resultat.Godtatt(ok);
    }

    public sealed interface Resultat {
        record Godtatt(List<Godkjent> vedlegg) implements Resultat {
        }

        record Avvist(Avvisning avvisning) implements Resultat {
        }
    }

    /** The browser's file name for display: no path, no control characters, at most 120 characters, never empty. */
    public static String rentFilnavn(String navn) {
        if (navn == null) return "vedlegg";
        String s = navn.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (s.length() > 120) s = s.substring(s.length() - 120);
        return s.isEmpty() ? "vedlegg" : s;
    }
}

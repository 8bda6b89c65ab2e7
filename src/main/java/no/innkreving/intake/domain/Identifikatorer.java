package no.innkreving.intake.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** The charset rule the creditor API sets for references and the creditor's own claim identifiers. */
public final class Identifikatorer {
    private static final Pattern OPPDRAGSGIVERS_ID = Pattern.compile("[a-zA-ZæøåÆØÅ0-9/-]{1,40}");

    private Identifikatorer() {
    }

    /** 1–40 characters: letters a–å and A–Å, digits, '-' and '/'. */
    public static boolean erGyldigOppdragsgiversId(String s) {
        return s != null && OPPDRAGSGIVERS_ID.matcher(s).matches();
    }

    public static UUID somUuid(String s) {
        if (s == null || s.length() != 36) return null;
        try {
            UUID u = UUID.fromString(s);
            return u.toString().equalsIgnoreCase(s) ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** For messages and logs: at most 40 characters, control characters shown as '?'. */
    public static String trygg(String s) {
        if (s == null) return "null";
        String kort = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return kort.replaceAll("\\p{Cntrl}", "?");
    }
}

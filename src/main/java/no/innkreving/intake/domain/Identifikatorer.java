package no.innkreving.intake.domain;

import java.util.UUID;
import java.util.regex.Pattern;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;

/** The charset rule the creditor API sets for references and the creditor's own claim identifiers. */
public final class Identifikatorer {
    private static final Pattern OPPDRAGSGIVERS_ID = Pattern.compile("[a-zA-ZæøåÆØÅ0-9/-]{1,40}");
    /** The rule in words, as the refusals state it after the offending value. */
    public static final String TEGNREGEL = ". Må være mellom 1 og 40 tegn, og kun inneholde bokstaver (a-å, A-Å), tall og spesialtegnene - og /";

    private Identifikatorer() {
    }

    /** 1–40 characters: letters a–å and A–Å, digits, '-' and '/'. */
    public static boolean erGyldigOppdragsgiversId(String s) {
        return s != null && OPPDRAGSGIVERS_ID.matcher(s).matches();
    }

    /** A valid fødselsnummer or d-nummer for a person, organisation number for an organisation. */
    public static boolean erGyldigSkyldner(OpprettInnkrevingsoppdrag.Identifikatortype type, String id) {
        return type == OpprettInnkrevingsoppdrag.Identifikatortype.PERSON ? Foedselsnummer.erGyldig(id) : Organisasjonsnummer.erGyldig(id);
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

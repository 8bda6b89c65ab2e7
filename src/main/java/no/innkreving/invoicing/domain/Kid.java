package no.innkreving.invoicing.domain;

/**
 * KID (kundeidentifikasjon), the number a payer quotes so a payment finds its claim. Norwegian banks accept KIDs
 * of 2-25 digits whose last digit is a mod-10 (Luhn) or mod-11 check digit (mod 11 may end in '-'). We issue
 * mod-10 KIDs of fixed length: the invoice number padded to 11 digits, then the check digit.
 */
public final class Kid {
    public static final int LENGDE = 12;

    private Kid() {
    }

    /** The KID of an invoice number. */
    public static String forFakturanummer(long fakturanummer) {
        if (fakturanummer <= 0 || fakturanummer > 99_999_999_999L) throw new IllegalArgumentException("invoice number out of range");
        String grunnlag = String.format("%011d", fakturanummer);
        return grunnlag + mod10(grunnlag);
    }

    /** The invoice number in a KID we issued, or -1 when the text is not one (wrong length, letters, check digit). */
    public static long fakturanummer(String kid) {
        if (kid == null || kid.length() != LENGDE || !erGyldig(kid)) return -1;
        return Long.parseLong(kid.substring(0, LENGDE - 1));
    }

    /** Whether a KID's check digit holds under mod 10 or mod 11, as banks validate it. */
    public static boolean erGyldig(String kid) {
        if (kid == null || kid.length() < 2 || kid.length() > 25) return false;
        String grunnlag = kid.substring(0, kid.length() - 1);
        if (!grunnlag.chars().allMatch(Character::isDigit)) return false;
        char kontroll = kid.charAt(kid.length() - 1);
        return kontroll == mod10(grunnlag) || kontroll == mod11(grunnlag);
    }

    /** Luhn: from the right, every second digit doubled (digits of the product summed); check = (10 - sum mod 10) mod 10. */
    static char mod10(String siffer) {
        int sum = 0;
        boolean dobbel = true;
        for (int i = siffer.length() - 1; i >= 0; i--) {
            int d = siffer.charAt(i) - '0';
            if (dobbel) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dobbel = !dobbel;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Mod 11: weights 2..7 repeating from the right; check = 11 - sum mod 11; 11 gives 0, 10 gives '-'. */
    static char mod11(String siffer) {
        int sum = 0;
        int vekt = 2;
        for (int i = siffer.length() - 1; i >= 0; i--) {
            sum += (siffer.charAt(i) - '0') * vekt;
            vekt = vekt == 7 ? 2 : vekt + 1;
        }
        int k = 11 - sum % 11;
        return k == 11 ? '0' : k == 10 ? '-' : (char) ('0' + k);
    }
}

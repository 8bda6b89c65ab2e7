package no.innkreving.invoicing.domain;

/**
 * KID (kundeidentifikasjon), the number a payer quotes so a payment finds its claim. Norwegian banks accept KIDs
 * of 2-25 digits whose last digit is a mod-10 (Luhn) or mod-11 check digit (mod 11 may end in '-').
 * <p>
 * We issue mod-11 KIDs of 13 digits: the invoice number padded to 11 digits, a variant digit (0, or 1 when 0 would
 * give the check value 10, which has no digit), then the mod-11 check digit. Mod 11 catches every single wrong digit
 * and every swap of two neighbouring digits, so no such typo of one of our KIDs is another valid KID of ours; Luhn
 * misses the swap 09/90 (decision 0027). KIDs issued before were 12 digits with a Luhn check: the length says which
 * check a KID of ours carries, and a typo never changes the length. A payment matches only a KID we issued, digit for
 * digit.
 */
public final class Kid {
    public static final int LENGDE = 13;
    /** Length of the Luhn KIDs issued before decision 0027; they still pay their invoices. */
    public static final int LENGDE_MOD10 = 12;

    private Kid() {
    }

    /** The KID of an invoice number. */
    public static String forFakturanummer(long fakturanummer) {
        if (fakturanummer <= 0 || fakturanummer > 99_999_999_999L) throw new IllegalArgumentException("invoice number out of range");
        String grunnlag = String.format("%011d", fakturanummer) + "0";
        if (mod11(grunnlag) == '-') grunnlag = grunnlag.substring(0, 11) + "1";
        return grunnlag + mod11(grunnlag);
    }

    /** The KID an invoice number got before decision 0027 (12 digits, Luhn). */
    public static String mod10ForFakturanummer(long fakturanummer) {
        String grunnlag = String.format("%011d", fakturanummer);
        return grunnlag + mod10(grunnlag);
    }

    /**
     * Whether a KID has the form and check digit of a KID of ours: 13 digits with mod 11, or 12 with Luhn. Only a
     * first filter; whether we issued it is the invoice register's answer.
     */
    public static boolean erVaarForm(String kid) {
        if (kid == null || !kid.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
        String grunnlag = kid.substring(0, Math.max(0, kid.length() - 1));
        if (kid.length() == LENGDE) return kid.charAt(LENGDE - 1) == mod11(grunnlag);
        if (kid.length() == LENGDE_MOD10) return kid.charAt(LENGDE_MOD10 - 1) == mod10(grunnlag);
        return false;
    }

    /** The invoice number in a KID of ours, or -1 when the text is not one (wrong length, letters, check digit). */
    public static long fakturanummer(String kid) {
        if (!erVaarForm(kid)) return -1;
        return Long.parseLong(kid.substring(0, 11));
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

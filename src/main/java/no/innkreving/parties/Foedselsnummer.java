package no.innkreving.parties;

/**
 * Norwegian person identifiers: fødselsnummer (DDMMYY + individual number + two mod-11 check digits),
 * d-nummer (first digit + 4) and synthetic test persons (month + 80, or + 40 in older test data).
 */
public final class Foedselsnummer {
    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /**
     * Longest month lengths. The century is not always given by the number (the individual number says it only
     * for some ranges), so 29 February is accepted for every year: lenient rather than refusing a real person.
     */
    private static final int[] DAGER_I_MAANED = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Foedselsnummer() {
    }

    public static boolean erGyldig(String id) {
        if (id == null || id.length() != 11) return false;
        for (int i = 0; i < 11; i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
        if (!harGyldigDato(id)) return false;
        Integer k1 = kontrollsiffer(id, K1);
        if (k1 == null || k1 != id.charAt(9) - '0') return false;
        Integer k2 = kontrollsiffer(id, K2);
        return k2 != null && k2 == id.charAt(10) - '0';
    }

    /** The two check digits for the first nine digits, or null when no valid number starts with them. */
    public static String kontrollsifre(String ni) {
        Integer k1 = kontrollsiffer(ni, K1);
        if (k1 == null) return null;
        Integer k2 = kontrollsiffer(ni + k1, K2);
        return k2 == null ? null : "" + k1 + k2;
    }

    private static Integer kontrollsiffer(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += (digits.charAt(i) - '0') * weights[i];
        int k = 11 - sum % 11;
        if (k == 11) return 0;
        return k == 10 ? null : k;
    }

    private static boolean harGyldigDato(String id) {
        int day = Integer.parseInt(id.substring(0, 2));
        int month = Integer.parseInt(id.substring(2, 4));
        if (day > 40) day -= 40; // d-nummer
        if (month > 80) month -= 80; // synthetic test person (Tenor)
        else if (month > 40) month -= 40; // older synthetic test persons
        return month >= 1 && month <= 12 && day >= 1 && day <= DAGER_I_MAANED[month - 1];
    }
}

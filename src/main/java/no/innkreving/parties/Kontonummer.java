package no.innkreving.parties;

/**
 * Norwegian account numbers (BBAN): 11 digits, the bank's four-digit registration number first and a mod-11 check
 * digit last (weights 5 4 3 2 7 6 5 4 3 2). One rule for every place an account comes in (offset files, assets).
 */
public final class Kontonummer {
    private static final int[] VEKTER = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private Kontonummer() {
    }

    /** 11 digits with a right check digit, of a bank registration number that can exist (not 0000). */
    public static boolean erGyldig(String k) {
        if (k == null || k.length() != 11) return false;
        for (int i = 0; i < 11; i++) if (k.charAt(i) < '0' || k.charAt(i) > '9') return false;
        // 0000 is no bank's registration number; 00000000000 passes mod 11 (sum 0) but is no account
        if (k.startsWith("0000")) return false;
        Integer kontroll = kontrollsiffer(k.substring(0, 10));
        return kontroll != null && kontroll == k.charAt(10) - '0';
    }

    /** The check digit for the first ten digits, or null when none makes a valid number (remainder 1). */
    public static Integer kontrollsiffer(String ti) {
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += (ti.charAt(i) - '0') * VEKTER[i];
        int k = 11 - sum % 11;
        if (k == 11) return 0;
        return k == 10 ? null : k;
    }
}

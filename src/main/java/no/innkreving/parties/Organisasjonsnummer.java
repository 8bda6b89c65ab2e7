package no.innkreving.parties;

/** Norwegian organisation numbers: nine digits, the last a mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
public final class Organisasjonsnummer {
    private static final int[] VEKTER = {3, 2, 7, 6, 5, 4, 3, 2};

    private Organisasjonsnummer() {
    }

    public static boolean erGyldig(String id) {
        if (id == null || id.length() != 9) return false;
        for (int i = 0; i < 9; i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
        if (id.equals("000000000")) return false; // passes mod 11 (sum 0) but is no one's number
        Integer k = kontrollsiffer(id.substring(0, 8));
        return k != null && k == id.charAt(8) - '0';
    }

    /** The check digit for eight digits, or null when none makes a valid number. */
    public static Integer kontrollsiffer(String aatte) {
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (aatte.charAt(i) - '0') * VEKTER[i];
        int k = 11 - sum % 11;
        if (k == 11) return 0;
        return k == 10 ? null : k;
    }
}

package no.innkreving.payments.bankfil;

/** Decimal amount text to øre, exactly: "1234.5" -> 123450. No floating point. */
final class Beloep {
    private Beloep() {
    }

    /** The amount in øre, or -1 when the text is not a non-negative amount with at most two decimals. */
    static long tilOre(String tekst) {
        if (tekst == null) return -1;
        String t = tekst.trim();
        // 1-15 digits, optionally '.' and 1-2 digits; checked by hand, as this runs for every payment of a file
        int punkt = t.indexOf('.');
        int heltall = punkt < 0 ? t.length() : punkt;
        int desimaler = punkt < 0 ? 0 : t.length() - punkt - 1;
        if (heltall < 1 || heltall > 15 || (punkt >= 0 && (desimaler < 1 || desimaler > 2))) return -1;
        long ore = 0;
        for (int i = 0; i < t.length(); i++) {
            if (i == punkt) continue;
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            ore = ore * 10 + (c - '0');
        }
        return desimaler == 2 ? ore : desimaler == 1 ? ore * 10 : ore * 100;
    }
}

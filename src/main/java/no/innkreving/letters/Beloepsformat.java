package no.innkreving.letters;

/** Amounts and account numbers as Norwegian readers expect them on paper and screen. */
public final class Beloepsformat {
    private Beloepsformat() {
    }

    /** 123456750 øre -> "1 234 567,50 kr". */
    public static String kroner(long ore) {
        return beloep(ore) + " kr";
    }

    /**
     * 123456750 øre -> "1 234 567,50", for a page or letter that puts "kr" elsewhere: an ordinary space between groups
     * of three, comma before the øre. Works for every long (the sign is taken off kroner and øre separately, so
     * Long.MIN_VALUE does not overflow). The one amount format of the application's Norwegian texts.
     */
    public static String beloep(long ore) {
        long kr = Math.abs(ore / 100);
        long rest = Math.abs(ore % 100);
        StringBuilder hele = new StringBuilder(Long.toString(kr));
        for (int i = hele.length() - 3; i > 0; i -= 3) hele.insert(i, ' ');
        return (ore < 0 ? "-" : "") + hele + "," + (rest < 10 ? "0" : "") + rest;
    }

    /** "76940500121" -> "**** ** 0121": an account as its owner recognises it in a letter, without showing it whole. */
    public static String kontonummerMaskert(String k) {
        return "**** ** " + k.substring(7);
    }

    /** "76940500121" -> "7694 05 00121", the way Norwegian (BBAN) account numbers are printed; anything else as given. */
    public static String kontonummer(String k) {
        if (k == null || !k.matches("\\d{11}")) return k;
        return k.substring(0, 4) + " " + k.substring(4, 6) + " " + k.substring(6);
    }
}

package no.innkreving.invoicing.dokument;

/** Amounts and numbers as Norwegian readers expect them on paper. */
public final class Beloepsformat {
    private Beloepsformat() {
    }

    /** 123456750 øre -> "1 234 567,50 kr" (space as thousands separator, comma decimals). */
    public static String kroner(long ore) {
        String fortegn = ore < 0 ? "-" : "";
        long a = Math.abs(ore);
        StringBuilder hele = new StringBuilder(Long.toString(a / 100));
        for (int i = hele.length() - 3; i > 0; i -= 3) hele.insert(i, ' ');
        return fortegn + hele + "," + String.format("%02d", a % 100) + " kr";
    }

    /** 76940500121 -> "7694 05 00121", the way Norwegian account numbers are printed. */
    public static String kontonummer(String k) {
        if (k == null || k.length() != 11) return k;
        return k.substring(0, 4) + " " + k.substring(4, 6) + " " + k.substring(6);
    }
}

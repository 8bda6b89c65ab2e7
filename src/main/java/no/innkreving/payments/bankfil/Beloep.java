package no.innkreving.payments.bankfil;

/** Decimal amount text to øre, exactly: "1234.5" -> 123450. No floating point. */
final class Beloep {
    private Beloep() {
    }

    /** The amount in øre, or -1 when the text is not a non-negative amount with at most two decimals. */
    static long tilOre(String tekst) {
        if (tekst == null) return -1;
        String t = tekst.trim();
        if (!t.matches("\\d{1,15}(\\.\\d{1,2})?")) return -1;
        int punkt = t.indexOf('.');
        if (punkt < 0) return Long.parseLong(t) * 100;
        String des = (t.substring(punkt + 1) + "0").substring(0, 2);
        return Long.parseLong(t.substring(0, punkt)) * 100 + Long.parseLong(des);
    }
}

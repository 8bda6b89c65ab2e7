package no.innkreving.utleggstrekk.application;

/** Amounts as Norwegian letters write them: 12 345,67 (øre shown only when there are any). */
final class Belop {
    private Belop() {
    }

    static String kroner(long ore) {
        long kr = ore / 100;
        long rest = Math.abs(ore % 100);
        String heltall = String.format(java.util.Locale.ROOT, "%,d", kr).replace(',', ' ');
        return rest == 0 ? heltall : heltall + "," + String.format("%02d", rest);
    }
}

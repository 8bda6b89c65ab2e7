package no.innkreving.payments.bankfil;

/**
 * What a file held: its format, the payments read and their sum, refused records, and whether the file's own
 * control totals (when it has them) agree with what was read.
 */
public record Sammendrag(Bankfilformat format, int antallPoster, int antallFeil, long sumOre, Long kontrollAntall,
                         Long kontrollSumOre, boolean kontrollsummerStemmer) {
}

package no.innkreving.garnishment;

/**
 * One payer's monthly payment to the debtor, in øre.
 *
 * @param feriepengerOre holiday pay paid this month on top of the ordinary payment (0 if none); it is "lønn" under
 *                       § 2-7 and counts, unless an order says to stop in a holiday-pay month
 */
public record Utbetaling(Utbetalingsart art, long bruttoOre, long forskuddstrekkOre, long feriepengerOre) {
    public Utbetaling {
        if (art == null) throw new IllegalArgumentException("art mangler");
        if (bruttoOre < 0 || forskuddstrekkOre < 0 || feriepengerOre < 0) throw new IllegalArgumentException("Beløp kan ikke være negative");
        if (forskuddstrekkOre > bruttoOre + feriepengerOre) throw new IllegalArgumentException("Forskuddstrekket er større enn utbetalingen");
    }

    public Utbetaling(Utbetalingsart art, long bruttoOre, long forskuddstrekkOre) {
        this(art, bruttoOre, forskuddstrekkOre, 0);
    }
}

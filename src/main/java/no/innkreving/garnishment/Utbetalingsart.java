package no.innkreving.garnishment;

/** Kind of payment as the a-ordning reports it; every kind is "lønn og lignende ytelser" under dekningsloven § 2-7. */
public enum Utbetalingsart {
    /** Wage (§ 2-7 first paragraph). */
    LOENN,
    /** Pension (§ 2-7 second paragraph letters c and e). */
    PENSJON,
    /** Benefit under social security legislation (§ 2-7 second paragraph letter e). */
    TRYGDEYTELSE,
    /** Side income: exempt from the 60 % cap where that rule applies (source document 004). */
    BIINNTEKT
}

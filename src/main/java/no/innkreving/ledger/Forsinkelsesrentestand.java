package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A claim's late-payment interest as the ledger holds it: its FORSINKELSESRENTE line ({@code kravlinjeId}, null before
 * the first accrual), the last day accrued to ({@code beregnetTil}, null if none), the amount booked on the line as set
 * ({@code bokfoertOre}, paid or not) and what remains unpaid of it ({@code gjenstaaendeOre}).
 */
public record Forsinkelsesrentestand(UUID kravId, String skyldner, Long kravlinjeId, LocalDate beregnetTil,
                                     long bokfoertOre, long gjenstaaendeOre) {
}

package no.innkreving.intake.domain;

import java.time.LocalDate;

/**
 * The earliest date the creditor API takes in any date field (docs/decisions/0032-input-limits.md). The contract
 * bounds most dates only upwards (not in the future); a date like 0001-01-01 is a client's empty default, not a
 * decision, and would be booked, invoiced and counted for limitation as if it were one.
 */
public final class Datogrenser {
    public static final LocalDate TIDLIGSTE_DATO = LocalDate.of(1900, 1, 1);
    /** Said after the offending value in a refusal's detail. */
    public static final String FOER_TIDLIGSTE = ". Kan ikke være før " + TIDLIGSTE_DATO;

    private Datogrenser() {
    }

    public static boolean erForTidlig(LocalDate d) {
        return d != null && d.isBefore(TIDLIGSTE_DATO);
    }
}

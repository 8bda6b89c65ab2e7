package no.innkreving.payments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payout to the debtor (payout instruction): the refund of a payment's overpayment ({@code innbetalingId}), or what
 * is left of an amount the state owed the debtor after offset ({@code motkravId}, module offset). Exactly one is set.
 */
public record Utbetaling(UUID utbetalingId, UUID innbetalingId, String skyldner, long beloepOre, String tilKonto,
                         String tilNavn, String status, LocalDate opprettet, UUID motkravId) {

    /** The refund of a payment's overpayment. */
    public Utbetaling(UUID utbetalingId, UUID innbetalingId, String skyldner, long beloepOre, String tilKonto,
                      String tilNavn, String status, LocalDate opprettet) {
        this(utbetalingId, innbetalingId, skyldner, beloepOre, tilKonto, tilNavn, status, opprettet, null);
    }
}

package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the transaction: a creditor's change left money a payment had placed on the debtor's claim
 * unowed, and the ledger booked it as owed back to that payment's payer (TIL_UTBETALING). The payments module makes
 * the payout instruction in the same transaction, as for an overpayment. {@code grunn} is why the claim no longer needs
 * the money (for the debtor's letter).
 */
public record PlasseringTilbakebetalt(UUID innbetalingId, String skyldner, LocalDate dato, long beloepOre, KravRedusert.Grunn grunn) {
}

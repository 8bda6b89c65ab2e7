package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the transaction: a creditor's change or an upheld complaint left money offset on the debtor's
 * claim unowed, and the ledger booked it as owed back to the debtor (TIL_UTBETALING). The offset module, which knows
 * the amount ({@code motkravId}) and the account it came with, has the payout instruction made in the same transaction.
 * {@code kravId} is the claim the money stood on, {@code kravtype} its type and {@code grunn} why it is no longer owed
 * (for the debtor's letter).
 */
public record MotregningTilbakebetalt(UUID motkravId, UUID kravId, String kravtype, String skyldner, LocalDate dato,
                                      long beloepOre, KravRedusert.Grunn grunn) {
}

/**
 * Invoicing: one invoice per booked claim, with a KID, a due date and the account to pay to; credit notes when the
 * creditor lowers or withdraws a claim. It owns invoices, KIDs and credit notes, not amounts owed (the ledger does),
 * nor the claim's facts (read from their owners when a letter is made), nor the letters themselves (module letters
 * words, lays out, sends and keeps them).
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "intake", "ledger", "letters", "parties", "platform"})
package no.innkreving.invoicing;

import org.springframework.modulith.ApplicationModule;

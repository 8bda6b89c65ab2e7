/**
 * Invoicing: one invoice per booked claim, with a KID, a due date from the claim type, the account to pay to, and
 * a dispatch channel (eFaktura, Altinn, post, EHF) chosen as source document 001 says; credit notes when the
 * creditor lowers or withdraws a claim. It owns invoices and their documents, not amounts owed (the ledger does).
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "ledger", "parties", "platform"})
package no.innkreving.invoicing;

import org.springframework.modulith.ApplicationModule;

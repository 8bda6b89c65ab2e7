/**
 * The debtor ledger (reskontro): claims taken over for collection, their lines (principal, interest, fees) and
 * append-only postings in øre. A balance at any date is the sum of postings up to that date; every transaction
 * sums to zero; a correction is a new posting, never an edit. It owns no API rules: intake, payments and the
 * rest tell it what happened, through {@link no.innkreving.ledger.Ledger}.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.ledger;

import org.springframework.modulith.ApplicationModule;

/**
 * The debtor ledger (reskontro): claims taken over for collection, their lines (principal, interest, fees) and
 * append-only postings in øre. A balance at any date is the sum of postings up to that date; every transaction
 * sums to zero; a correction is a new posting, never an edit. It owns no API rules: intake, payments and the
 * rest tell it what happened. Its API by what callers need (decision 0022): {@link no.innkreving.ledger.Bokfoering}
 * (every write, in a debtor-scoped unit of work, {@link no.innkreving.ledger.Bokfoeringsenhet}),
 * {@link no.innkreving.ledger.Saldoer} (balances) and {@link no.innkreving.ledger.Reskontroavstemming} (consistency
 * checks and account sums, by {@link no.innkreving.ledger.Konto}).
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.ledger;

import org.springframework.modulith.ApplicationModule;

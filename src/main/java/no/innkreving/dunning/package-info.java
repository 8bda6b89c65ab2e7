/**
 * Dunning (purring and varsel om tvangsfullbyrdelse, tvangsfullbyrdelsesloven § 4-18): a daily job that reminds
 * debtors of overdue claims, then notifies them of enforcement, and queues a claim unpaid after the notice's deadline
 * as ready for enforcement. It owns the terms per claim type and the steps taken; the rule is {@code domain.Purreregel}.
 * Read through {@link no.innkreving.dunning.Purringer}.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "intake", "invoicing", "ledger", "letters", "parties", "platform", "suspension"})
package no.innkreving.dunning;

import org.springframework.modulith.ApplicationModule;

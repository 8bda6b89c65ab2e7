/**
 * Garnishment decisions (utleggstrekk, tvangsfullbyrdelsesloven § 7-21, dekningsloven §§ 2-7 and 2-8): a caseworker
 * decides, changes or stops one coordinated order per debtor and payer covering all the debtor's claims ready for
 * enforcement (the 2026 collection act, lov 25. april 2025 nr. 12), recorded with who, when and why; the debtor gets
 * a letter, the claims' limitation is interrupted, the order is published to the payer (module trekkpaalegg) with a
 * KID that stands for the order's claims by priority (module invoicing), and the order is closed when they are paid.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "dunning", "garnishment", "invoicing", "ledger", "letters", "limitation", "parties",
        "payments", "platform", "suspension", "trekkpaalegg"})
package no.innkreving.utleggstrekk;

import org.springframework.modulith.ApplicationModule;

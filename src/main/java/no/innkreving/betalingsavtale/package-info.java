/**
 * Instalment plans (betalingsavtale) and postponements (utsettelse) the debtor applies for (seed 001: "dele opp
 * avdrag", "søke om utsettelse"), decided by rules held as dated data (decision 0058), or by a caseworker. An approved
 * plan adds its instalments to the claims' due dates in the ledger (kravforfall), holds dunning
 * ({@code suspension}), interrupts limitation as an acknowledgement (foreldelsesloven § 14, {@code limitation}) and
 * is checked daily: missed instalments break it, with a letter. A postponement moves a due date and holds dunning
 * until it. It owns its cases, instalments and rule figures; {@link no.innkreving.betalingsavtale.Betalingsavtaler} is
 * its API.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "dunning", "intake", "invoicing", "ledger", "letters", "limitation",
        "parties", "platform", "suspension", "tasks"})
package no.innkreving.betalingsavtale;

import org.springframework.modulith.ApplicationModule;

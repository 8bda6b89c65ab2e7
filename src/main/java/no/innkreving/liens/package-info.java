/**
 * Liens (utleggspant): a caseworker takes a lien, as særnamsmann, in an asset a debtor owns (the asset register,
 * {@link no.innkreving.parties.Formuesgoderegister}) for claims that are ready for enforcement and not on hold;
 * liens on movables go as a request (a PDF) to the local enforcement officer (namsmannen). The debtor gets a letter
 * with the one-month deadline to complain of the choice of asset (tvangsfullbyrdelsesloven § 7-26); each lien
 * interrupts limitation (foreldelsesloven § 17), is tracked (who, when, why) until forced sale or deletion, and is
 * deleted by a daily run when its claims are paid (§ 7-27). It owns its tables; read through
 * {@link no.innkreving.liens.Utleggspanter}.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "dunning", "ledger", "letters", "limitation", "parties", "platform", "suspension"})
package no.innkreving.liens;

import org.springframework.modulith.ApplicationModule;

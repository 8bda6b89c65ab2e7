/**
 * Intake: the creditor API (Innkrevingsoppdrag v1, ../shared/spec/innkrevingsoppdrag-api.md). Receives claims,
 * stores every request as received, validates in the documented order, runs the asynchronous register checks,
 * books accepted claims in the ledger, and takes the creditor's changes and write-offs. Legal basis for the
 * fields: the authority's published description (seed 003), foreldelsesloven §§ 2, 3, 10.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "ledger", "parties", "platform"})
package no.innkreving.intake;

import org.springframework.modulith.ApplicationModule;

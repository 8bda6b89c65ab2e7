/**
 * Late-payment interest (forsinkelsesrente, morarenteloven): simple interest per day on overdue principal, at
 * the half-yearly rates held as data with their source, accrued onto the claim's own interest line in the ledger.
 * Only claim types whose catalogue entry says so accrue interest.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "ledger", "platform"})
package no.innkreving.interest;

import org.springframework.modulith.ApplicationModule;

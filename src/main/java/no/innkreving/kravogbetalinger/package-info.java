/**
 * The debtor's view of claims and payments, in the shape of the authority's published Krav og betalinger API v1:
 * open claims with their due dates, KIDs, placed payments and offsets, payments, refunds and payouts after offset, and totals. It owns no data: it
 * reads the ledger, invoicing, payments and the claim-type catalogue, and decides who may see whose (tilgang).
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "intake", "interest", "invoicing", "ledger", "offset", "parties", "payments", "platform", "suspension"})
package no.innkreving.kravogbetalinger;

import org.springframework.modulith.ApplicationModule;

/**
 * Desk: the caseworkers' desk under {@code /saksbehandler/}. Queues with their deadlines (complaints, plan and
 * postponement applications, waivers and settlements from the task queue; payments in suspense; claims near
 * limitation; claims ready for enforcement), a case page per debtor, and the decisions on complaints and on waiver
 * and settlement applications: who, when and why, the letter, and what the decision does to the claim (a hold on
 * collection, or a ledger posting that deletes or forgives it, with the refund of what was paid on a deleted claim).
 * Roles ({@code platform.innlogging.Saksbehandlerrolle}) decide who sees and decides what. It owns one table
 * ({@code saksvedtak}). Instalment plan decisions are module betalingsavtale's.
 */
@ApplicationModule(allowedDependencies = {"casework", "claimtypes", "dunning", "ledger", "letters", "limitation", "parties", "payments", "platform",
        "portal", "portal :: skyldner", "submissions", "suspension", "tasks"})
package no.innkreving.desk;

import org.springframework.modulith.ApplicationModule;

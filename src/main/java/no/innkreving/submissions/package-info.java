/**
 * Submissions: what a debtor sends us on the debtor pages for a decision, stored as received with its documents:
 * complaints (klage, source document 002) and applications for waiver (ettergivelse) or debt settlement
 * (gjeldsordning). Each gets a receipt letter and a task in the caseworkers' queue with its deadline. Attachments are
 * PDF, JPEG or PNG by their content. Deciding them is module desk's; it marks them decided through {@link no.innkreving.submissions.Avgjoerelser}.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "ledger", "letters", "parties", "platform", "tasks"})
package no.innkreving.submissions;

import org.springframework.modulith.ApplicationModule;

/**
 * Letters: every letter to a debtor (invoices and credit notes today; reminders, notices of enforcement, decisions
 * and complaint receipts are new {@link no.innkreving.letters.Brevslag kinds}). It owns the wording (how to complain,
 * consequences per claim type), the layout (PDF letter, EHF), the channel (source document 001), dispatch and the
 * stored documents, retrievable by id. It owns no claim facts: its clients state them when they ask for a letter.
 */
@ApplicationModule(allowedDependencies = {"parties", "platform"})
package no.innkreving.letters;

import org.springframework.modulith.ApplicationModule;

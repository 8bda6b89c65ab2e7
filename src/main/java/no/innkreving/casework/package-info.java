/**
 * Casework (saksbehandling) on claims: the caseworker's view of one claim (where it is, what happened to it, each
 * line's limitation date with its explanation), the limitation watch list, and the daily run that writes off lines
 * whose limitation period has run out. It composes other modules' public APIs (the ledger's balances and postings,
 * intake's limitation dates, invoicing's invoices, dunning's reminders and notices, liens, offsets, the limitation rule) and owns no tables.
 */
@ApplicationModule(allowedDependencies = {"dunning", "intake", "invoicing", "ledger", "liens", "limitation", "offset", "platform"})
package no.innkreving.casework;

import org.springframework.modulith.ApplicationModule;

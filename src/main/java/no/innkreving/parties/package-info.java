/**
 * Parties: debtors (persons by fødselsnummer or d-nummer, organisations by organisasjonsnummer of the main unit),
 * the identifier rules, and look-ups in the population and business registers through the {@link
 * no.innkreving.parties.Register} port. Locally the registers are tables of synthetic people and organisations.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.parties;

import org.springframework.modulith.ApplicationModule;

/**
 * Claim types and creditors: which creditor may hand over which kravtype, the name the debtor sees, and the rules
 * that vary by type (allowed debtor kinds, priority group under dekningsloven § 2-8, garnishment period, creditor
 * API variations). Held as data in tables kravtype and oppdragsgiver, cached here; no rule code lives in this module.
 */
@ApplicationModule(allowedDependencies = {})
package no.innkreving.claimtypes;

import org.springframework.modulith.ApplicationModule;

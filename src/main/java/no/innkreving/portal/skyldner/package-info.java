/**
 * The debtor's overview as the pages show it ({@link no.innkreving.portal.skyldner.Skyldneroversikt}), exposed so the
 * caseworker desk (module desk) shows a debtor's case from the same facts.
 */
@NamedInterface("skyldner")
package no.innkreving.portal.skyldner;

import org.springframework.modulith.NamedInterface;

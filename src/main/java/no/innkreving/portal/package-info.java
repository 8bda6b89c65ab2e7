/**
 * Portal: the web pages (Thymeleaf, bokmål, WCAG 2.1 AA as the aim) for debtors under {@code /skyldner/} and the
 * caseworker desk's start under {@code /saksbehandler/}, and the demo's login picker. It owns no rules and no tables:
 * it reads and asks the modules that own each fact, and shows a debtor only the party they act for
 * ({@link no.innkreving.platform.innlogging.Skyldnerkontekst}).
 */
@ApplicationModule(allowedDependencies = {"casework", "claimtypes", "dunning", "intake", "invoicing", "kravogbetalinger", "ledger",
        "letters", "limitation", "parties", "platform", "submissions", "suspension", "tasks"})
package no.innkreving.portal;

import org.springframework.modulith.ApplicationModule;

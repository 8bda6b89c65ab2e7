/**
 * Offset (motregning): amounts the state owes debtors (tax settlement and VAT refunds, NAV back-payments, agricultural
 * subsidies) arrive as files, from an inbox directory or an upload; each is offset against the debtor's claims that may
 * lawfully be offset on its date (due, not held by a complaint or a postponement, a claim type the catalogue allows against that kind of amount), in
 * the documented order, NAV back-payments first against the NAV claims that carry ytelserForAvregning (avregning); the
 * rest is paid out. Every amount is one balanced ledger transaction and one payout instruction at most, made once by
 * its reference; the debtor gets a letter (Melding om motregning). What was offset on a claim later lowered below it
 * or deleted after a complaint is paid back to the debtor, another payout of the same amount (decision 0081).
 * Decisions 0047-0050.
 */
@ApplicationModule(allowedDependencies = {"claimtypes", "intake", "ledger", "letters", "parties", "payments", "platform",
        "suspension"})
package no.innkreving.offset;

import org.springframework.modulith.ApplicationModule;

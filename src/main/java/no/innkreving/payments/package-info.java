/**
 * Payments: bank files (camt.054, Nets OCR giro) taken in from an inbox directory or an upload, stored as
 * received and imported once by content; each payment matched by KID and placed on the debtor's claim lines in
 * the documented allocation order, or held in suspense for a caseworker; overpayments refunded or held. Where the
 * money went is booked in the ledger; this module owns the files, the payments as the bank reported them, and
 * the refund instructions.
 */
@ApplicationModule(allowedDependencies = {"interest", "invoicing", "ledger", "letters", "parties", "platform"})
package no.innkreving.payments;

import org.springframework.modulith.ApplicationModule;

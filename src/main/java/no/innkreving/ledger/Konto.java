package no.innkreving.ledger;

/**
 * The ledger's accounts, published: reconciliation and payment balances are keyed by them. Signed amounts: positive
 * increases the account (debit), negative decreases it (credit).
 */
public enum Konto {
    /** What the debtor owes on one claim line. */
    SKYLDNER_FORDRING,
    /** Counter-entry for claims taken over from creditors: the creditor's side of each claim. */
    OPPDRAGSGIVER_OVERTATT,
    /** Money received on the authority's bank account, per payment. */
    BANK,
    /** Money received but not placed on a claim: suspense (unknown payer) or an overpayment held for later claims. */
    UPLASSERT,
    /** Money owed back to the debtor until the refund is paid out. */
    TIL_UTBETALING,
    /** Counter-entry for late-payment interest we accrue ourselves (not set by the creditor). */
    FORSINKELSESRENTE_OPPTJENT,
    /**
     * Money the state owes a debtor (a tax or VAT refund, a NAV back-payment, an agricultural subsidy) handed to us by
     * its payer for offset (motregning), per amount: debited with the amount as BANK is with a payment; its
     * counter-entries are the claim lines it covers (MOTREGNET) and the payout of the rest (TIL_UTBETALING).
     */
    MOTREGNING
}

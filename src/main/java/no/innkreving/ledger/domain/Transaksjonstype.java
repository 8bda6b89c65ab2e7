package no.innkreving.ledger.domain;

public enum Transaksjonstype {
    KRAV_BOKFOERT, HOVEDSTOL_NEDSATT, RENTER_ENDRET, AVSKREVET_AV_OPPDRAGSGIVER,
    INNBETALING_MOTTATT, INNBETALING_PLASSERT, FORSINKELSESRENTE_BEREGNET, FORSINKELSESRENTE_KORRIGERT,
    INNBETALING_TILBAKEFOERT,
    /** Money placed on a claim line that a creditor's change left unowed, owed back to the payer. */
    PLASSERING_TILBAKEBETALT,
    /** What remained on a claim line written off the day after its limitation date (foreldelsesloven § 2, § 29). */
    FORELDET,
    /** An amount the state owed the debtor offset against the debtor's claim lines, the rest owed back as a payout. */
    MOTREGNING,
    /**
     * A complaint upheld: the claim should never have been collected. Each line goes to zero as if never set, and
     * what was paid on it is owed back first (PLASSERING_TILBAKEBETALT).
     */
    KLAGE_TATT_TIL_FOELGE,
    /** A waiver granted (ettergivelse): what remains is forgiven; what was paid stays paid. */
    ETTERGITT,
    /**
     * Money offset on a claim line (MOTREGNING) that a creditor's change or an upheld complaint left unowed, owed back
     * to the debtor (paid out to the account the amount owed came with), as PLASSERING_TILBAKEBETALT is for a payment.
     */
    MOTREGNING_TILBAKEBETALT
}

package no.innkreving.ledger.domain;

/** The ledger's accounts. Signed amounts: positive increases the account. */
public enum Konto {
    /** What the debtor owes on one claim line. */
    SKYLDNER_FORDRING,
    /** Counter-entry for claims taken over from creditors: the creditor's side of each claim. */
    OPPDRAGSGIVER_OVERTATT
}

package no.innkreving.ledger.domain;

/**
 * Why an amount moved. The sum of FASTSATT and RENTE_PAALOEPT postings on a line is the amount set for it;
 * what remains is that minus what was paid (PLASSERT), offset (MOTREGNET) or written off (AVSKREVET).
 */
public enum Posteringsart {
    FASTSATT, AVSKREVET, INNBETALT, PLASSERT, TILBAKEBETALING, RENTE_PAALOEPT,
    /** An amount the state owed the debtor, received for offset, or placed on a claim line by offset (motregning). */
    MOTREGNET
}

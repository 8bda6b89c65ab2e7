package no.innkreving.ledger.domain;

/** Why an amount moved on a claim line; the sum of FASTSATT postings is the amount the creditor set. */
public enum Posteringsart { FASTSATT, AVSKREVET }

package no.innkreving.ledger;

/** The kinds of claim line (kravlinje). */
public enum Linjetype { HOVEDSTOL, RENTER, GEBYR }

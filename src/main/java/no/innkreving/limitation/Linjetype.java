package no.innkreving.limitation;

/** The kinds of claim line limitation is computed for; an interest line runs from its own date. */
public enum Linjetype {
    HOVEDSTOL,
    RENTER
}

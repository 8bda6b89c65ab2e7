package no.innkreving.payments.domain;

/** The kinds of claim line, as allocation orders them. */
public enum Linjeart { GEBYR, RENTER, HOVEDSTOL }

package no.innkreving.intake.domain;

/** The kinds of request a creditor sends; each is stored as received under one of these. */
public enum Meldingstype { OPPRETT, HOVEDSTOL, RENTER, OPPDRAGSGIVERS_REFERANSE, AVSKRIVING }

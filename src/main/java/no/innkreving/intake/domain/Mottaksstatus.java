package no.innkreving.intake.domain;

/** Receipt status of a claim, as the contract names it. */
public enum Mottaksstatus {
    MOTTATT_IKKE_BEHANDLET, MOTTATT_UNDER_BEHANDLING, VALIDERINGSFEIL, RESKONTROFOERT, MIGRERT, SKAL_IKKE_RESKONTROFOERES
}

package no.innkreving.suspension;

/** Why collection of a claim is held. */
public enum Stansgrunn {
    /** A complaint or appeal that has suspended enforcement (utsatt iverksettelse, forvaltningsloven § 42). */
    UTSATT_IVERKSETTELSE,
    /** An instalment plan (betalingsavtale) is in force. */
    BETALINGSAVTALE,
    /** A postponement (betalingsutsettelse) is in force. */
    BETALINGSUTSETTELSE
}

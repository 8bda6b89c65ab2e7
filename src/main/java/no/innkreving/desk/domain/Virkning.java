package no.innkreving.desk.domain;

/** What an upheld complaint or a granted waiver does to the claim. */
public enum Virkning {
    /** Collection is held until further notice (utsatt iverksettelse, forvaltningsloven § 42). */
    STANS,
    /** The claim is deleted by a ledger posting; what was paid on it is refunded (source document 002). */
    SLETTING,
    /** What remains is forgiven (ettergivelse, skatteinnkrevingsloven-style waiver); what was paid stays paid. */
    ETTERGIVELSE
}

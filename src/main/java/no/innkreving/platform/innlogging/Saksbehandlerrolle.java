package no.innkreving.platform.innlogging;

/**
 * What a caseworker may see and decide on the desk. Each is a Spring Security authority {@code SB_<name>}; every
 * caseworker also holds {@code ROLE_SAKSBEHANDLER}.
 */
public enum Saksbehandlerrolle {
    /** Complaints (klage): read and decide. */
    KLAGE("Klager"),
    /** Instalment plans and postponements (betalingsavtale, utsettelse). */
    BETALINGSAVTALE("Betalingsavtaler og utsettelser"),
    /** Waivers and debt settlements (ettergivelse, gjeldsordning). */
    ETTERGIVELSE("Ettergivelse og gjeldsordning"),
    /** Payments in suspense (uplasserte innbetalinger). */
    INNBETALING("Uplasserte innbetalinger"),
    /** Claims near limitation and claims ready for enforcement. */
    TVANGSINNKREVING("Foreldelse og tvangsinnkreving");

    private final String tekst;

    Saksbehandlerrolle(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }

    public String authority() {
        return "SB_" + name();
    }
}

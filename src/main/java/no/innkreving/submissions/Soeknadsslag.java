package no.innkreving.submissions;

/** What a debtor applies for on their claims (source document 001: "behandle søknader om gjeldsordning og ettergivelse"). */
public enum Soeknadsslag {
    /** Waiver: the claims, or part of them, are forgiven. */
    ETTERGIVELSE("ettergivelse", "Søknad om ettergivelse"),
    /** Debt settlement: the debts are settled by an arrangement the debtor can carry. */
    GJELDSORDNING("gjeldsordning", "Søknad om gjeldsordning");

    private final String ord;
    private final String tittel;

    Soeknadsslag(String ord, String tittel) {
        this.ord = ord;
        this.tittel = tittel;
    }

    public String ord() {
        return ord;
    }

    public String tittel() {
        return tittel;
    }
}

package no.innkreving.claimtypes;

/** A creditor allowed to hand over claims, with the creditor-specific rule set of the creditor API. */
public record Oppdragsgiver(String organisasjonsnummer, String navn, Regelsett regelsett) {

    /** Which creditor-specific rules apply to claims from this creditor. */
    public enum Regelsett { NAV, BRONNOYSUNDREGISTRENE, STANDARD }
}

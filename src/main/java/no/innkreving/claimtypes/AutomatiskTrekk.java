package no.innkreving.claimtypes;

/**
 * Whether a garnishment for claims of a type may be decided by the rules, without a caseworker (catalogue data with
 * its source, table kravtype; decision 0074).
 *
 * @param tillatt true: the daily run decides for a debtor whose collectable claims are all of such types
 * @param kilde   why
 */
public record AutomatiskTrekk(String kravtype, boolean tillatt, String kilde) {
}

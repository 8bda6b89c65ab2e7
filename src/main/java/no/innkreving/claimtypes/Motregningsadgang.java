package no.innkreving.claimtypes;

import java.util.Set;

/**
 * Whether claims of a type may be offset (motregning) against the kinds of amounts the state owes a debtor, and in
 * which rank (catalogue data with its source, table kravtype).
 *
 * @param arter the kinds of amounts (SKATTEOPPGJOER, MERVERDIAVGIFT, NAV_ETTERBETALING, LANDBRUKSTILSKUDD); empty: never
 * @param rang  order between claim types, 1 first; inside a rank the offset module takes the oldest due date first
 * @param kilde where the rule comes from
 */
public record Motregningsadgang(String kravtype, Set<String> arter, int rang, String kilde) {
    public Motregningsadgang {
        arter = Set.copyOf(arter);
    }

    public boolean tillater(String art) {
        return arter.contains(art);
    }
}

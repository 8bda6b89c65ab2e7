package no.innkreving.offset.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.Linjetype;
import no.innkreving.offset.Motkravart;

/**
 * Offsets one amount the state owes a debtor against the debtor's claims (decision 0047). Pure: the caller states the
 * claims as they stand under the debtor's lock, with what the catalogue, the holds and NAV's avregning statement say.
 *
 * <ol>
 *   <li>A claim may be offset when its type allows this kind of amount (catalogue), it is due (first due date before
 *   the day the offset takes effect) and it is not on hold that day. The others are listed with the reason.</li>
 *   <li>Avregning first (for the kinds the rule names, NAV back-payments): the claims with benefits left for avregning,
 *   oldest due date first, each up to what is left of that statement.</li>
 *   <li>Then every claim that may be offset: catalogue rank, oldest due date, booked first, claim id; inside a claim
 *   the rule's line order, interest lines oldest first.</li>
 *   <li>What is left is paid out.</li>
 * </ol>
 */
public final class Motregningsregel {
    private Motregningsregel() {
    }

    /** A claim line with something left to pay. */
    public record Linje(long kravlinjeId, Linjetype linjetype, LocalDate ilagtDato, long gjenstaaendeOre) {
    }

    /**
     * A claim of the debtor as it stands.
     *
     * @param tillatt            whether the catalogue allows its type against this kind of amount
     * @param rang               the catalogue's offset rank of its type, 1 first
     * @param forfallsdato       its first due date; null while it has none (not invoiced)
     * @param stansgrunn         the hold on it on the day the offset takes effect, or null
     * @param avregningsrammeOre what is left of NAV's ytelserForAvregning for it, or 0
     */
    public record Krav(UUID kravId, String kravtype, boolean tillatt, int rang, LocalDate forfallsdato, LocalDate bokfoert,
                       String stansgrunn, long avregningsrammeOre, List<Linje> linjer) {
        public Krav {
            linjer = List.copyOf(linjer);
        }
    }

    public record Dekning(UUID kravId, long kravlinjeId, long beloepOre, boolean avregning) {
    }

    public enum Grunn { IKKE_TILLATT_FOR_ARTEN, IKKE_FORFALT, STANSET }

    public record Utelatt(UUID kravId, Grunn grunn, String detalj) {
    }

    public record Resultat(List<Dekning> dekninger, long utbetalOre, List<Utelatt> utelatte) {
        public long motregnetOre() {
            return dekninger.stream().mapToLong(Dekning::beloepOre).sum();
        }

        /** Per claim, what was offset against it (in the order it was covered). */
        public Map<UUID, Long> perKrav() {
            Map<UUID, Long> m = new LinkedHashMap<>();
            for (Dekning d : dekninger) m.merge(d.kravId(), d.beloepOre(), Long::sum);
            return m;
        }
    }

    /**
     * What of an amount still counts as avregning against a claim after part of its offset there was paid back (the
     * claim lowered or deleted): avregning was covered first, so what stays offset counts as avregning first, up to
     * what was avregnet; the rest of NAV's statement (ytelserForAvregning) is free again for the next back-payment.
     */
    public static long avregnetEtterTilbakebetaling(long avregnetOre, long fortsattMotregnetOre) {
        return Math.max(0, Math.min(avregnetOre, fortsattMotregnetOre));
    }

    public static Resultat motregn(long beloepOre, Motkravart art, LocalDate virkningsdato, List<Krav> krav,
                                   Motregningsrekkefoelge regel) {
        if (beloepOre <= 0) throw new IllegalArgumentException("an amount above 0");
        List<Utelatt> utelatte = new ArrayList<>();
        List<Krav> aktuelle = new ArrayList<>();
        for (Krav k : krav) {
            if (k.linjer().stream().mapToLong(Linje::gjenstaaendeOre).sum() <= 0) continue;
            if (!k.tillatt()) utelatte.add(new Utelatt(k.kravId(), Grunn.IKKE_TILLATT_FOR_ARTEN, k.kravtype() + " mot " + art));
            else if (k.forfallsdato() == null || !k.forfallsdato().isBefore(virkningsdato))
                utelatte.add(new Utelatt(k.kravId(), Grunn.IKKE_FORFALT, k.forfallsdato() == null ? "ikke fakturert" : "forfaller " + k.forfallsdato()));
            else if (k.stansgrunn() != null) utelatte.add(new Utelatt(k.kravId(), Grunn.STANSET, k.stansgrunn()));
            else aktuelle.add(k);
        }
        Comparator<Krav> forfall = Comparator.comparing(Krav::forfallsdato).thenComparing(Krav::bokfoert).thenComparing(Krav::kravId);
        Comparator<Linje> linjeorden = Comparator.<Linje>comparingInt(l -> regel.linjeorden().indexOf(l.linjetype()))
                .thenComparing(Linje::ilagtDato, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Linje::kravlinjeId);

        Map<Long, Long> igjenPaaLinje = new LinkedHashMap<>();
        for (Krav k : aktuelle) for (Linje l : k.linjer()) igjenPaaLinje.put(l.kravlinjeId(), l.gjenstaaendeOre());
        List<Dekning> dekninger = new ArrayList<>();
        long igjen = beloepOre;

        if (regel.avregningFoerst().contains(art)) {
            for (Krav k : aktuelle.stream().filter(k -> k.avregningsrammeOre() > 0).sorted(forfall).toList()) {
                long ramme = k.avregningsrammeOre();
                for (Linje l : k.linjer().stream().sorted(linjeorden).toList()) {
                    long beloep = Math.min(Math.min(igjen, ramme), igjenPaaLinje.get(l.kravlinjeId()));
                    if (beloep <= 0) continue;
                    dekninger.add(new Dekning(k.kravId(), l.kravlinjeId(), beloep, true));
                    igjenPaaLinje.merge(l.kravlinjeId(), -beloep, Long::sum);
                    igjen -= beloep;
                    ramme -= beloep;
                }
            }
        }
        for (Krav k : aktuelle.stream().sorted(Comparator.comparingInt(Krav::rang).thenComparing(forfall)).toList()) {
            for (Linje l : k.linjer().stream().sorted(linjeorden).toList()) {
                long beloep = Math.min(igjen, igjenPaaLinje.get(l.kravlinjeId()));
                if (beloep <= 0) continue;
                dekninger.add(new Dekning(k.kravId(), l.kravlinjeId(), beloep, false));
                igjenPaaLinje.merge(l.kravlinjeId(), -beloep, Long::sum);
                igjen -= beloep;
            }
        }
        return new Resultat(dekninger, igjen, utelatte);
    }
}

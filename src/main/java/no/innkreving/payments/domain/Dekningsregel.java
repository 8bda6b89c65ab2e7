package no.innkreving.payments.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Shares a payment out over a debtor's open claim lines (decision 0009). First the claim the payer designated
 * with the KID; then, if the rule says so, the debtor's other due claims, oldest due date first (ties: the claim
 * booked first, then claim id, so the result never depends on input order). Inside a claim the rule's line order
 * (fees, interest, principal), and interest lines oldest first. What is left is held or refunded as the rule says.
 * A KID that stands for a set of claims (a garnishment's, by priority) designates them all, in the set's order.
 */
public final class Dekningsregel {
    private Dekningsregel() {
    }

    public static Fordeling fordel(long innbetaltOre, List<AapenPost> poster, UUID utpektKrav, LocalDate idag,
                                   Dekningsrekkefoelge regel) {
        return fordelPaaSett(innbetaltOre, poster, utpektKrav == null ? List.of() : List.of(utpektKrav), idag, regel);
    }

    /** As above with the designated claims in order: each in full before the next, then the rest as the rule says. */
    public static Fordeling fordelPaaSett(long innbetaltOre, List<AapenPost> poster, List<UUID> utpekteKrav, LocalDate idag,
                                   Dekningsrekkefoelge regel) {
        if (innbetaltOre < 0) throw new IllegalArgumentException("negative payment");
        Comparator<AapenPost> kravorden = Comparator.comparing(AapenPost::forfallsdato)
                .thenComparing(AapenPost::kravOpprettet).thenComparing(AapenPost::kravId);
        Comparator<AapenPost> linjeorden = Comparator.<AapenPost>comparingInt(p -> regel.linjeorden().indexOf(p.art()))
                .thenComparing(AapenPost::ilagtDato).thenComparingLong(AapenPost::kravlinjeId);
        List<AapenPost> rekkefoelge = new ArrayList<>();
        for (UUID utpekt : utpekteKrav)
            poster.stream().filter(p -> p.kravId().equals(utpekt)).sorted(linjeorden).forEach(rekkefoelge::add);
        if (utpekteKrav.isEmpty() || regel.restTilAndreForfalte())
            poster.stream().filter(p -> !utpekteKrav.contains(p.kravId()) && p.forfallsdato().isBefore(idag))
                    .sorted(kravorden.thenComparing(linjeorden)).forEach(rekkefoelge::add);

        List<Plassering> plasseringer = new ArrayList<>();
        long igjen = innbetaltOre;
        for (AapenPost p : rekkefoelge) {
            if (igjen == 0) break;
            long beloep = Math.min(igjen, p.gjenstaaendeOre());
            if (beloep <= 0) continue;
            plasseringer.add(new Plassering(p.kravId(), p.kravlinjeId(), beloep));
            igjen -= beloep;
        }
        if (igjen == 0) return new Fordeling(plasseringer, new Rest.Ingen());
        long plassertPaaLinjer = innbetaltOre - igjen;
        boolean flereAapne = poster.stream().mapToLong(AapenPost::gjenstaaendeOre).sum() > plassertPaaLinjer;
        var behandling = flereAapne ? regel.restVedAapneKrav() : regel.restUtenAapneKrav();
        Rest rest = behandling == Dekningsrekkefoelge.Restbehandling.HOLD ? new Rest.Hold(igjen) : new Rest.Tilbakebetal(igjen);
        return new Fordeling(plasseringer, rest);
    }
}

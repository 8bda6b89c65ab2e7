package no.innkreving.betalingsavtale.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.platform.time.Virkedager;

/** The instalments of a plan: how many, when, how much, and which claim each part pays. */
public final class Avdragsplan {
    private Avdragsplan() {
    }

    /** One instalment: its number (1, 2, …), due date and amount in øre. */
    public record Avdrag(int nummer, LocalDate forfallsdato, long beloepOre) {
    }

    /** The part of an instalment that falls on one claim (a kravforfall of that claim in the ledger). */
    public record Avdragsdel(int avdragNummer, UUID kravId, long beloepOre) {
    }

    /** A claim in the plan and what remained on it, in the order the instalments pay the claims. */
    public record Kravdel(UUID kravId, long gjenstaaendeOre) {
    }

    /** The number of monthly instalments of {@code maanedsbeloepOre} that pay {@code totalOre}: total / amount, rounded up. */
    public static int antall(long totalOre, long maanedsbeloepOre) {
        if (totalOre <= 0 || maanedsbeloepOre <= 0) throw new IllegalArgumentException("amounts must be above 0");
        return (int) Math.min(Integer.MAX_VALUE, (totalOre + maanedsbeloepOre - 1) / maanedsbeloepOre);
    }

    /**
     * The instalments: every one {@code maanedsbeloepOre} but the last, which is what is left. The first falls on day
     * {@code dag} of the first month where that day is at least {@code tidligstDager} after {@code godkjent}, the rest
     * on the same day of the months after; each moved to the next business day when it is not one (skattebetalingsloven
     * § 10-2, {@link Virkedager}).
     */
    public static List<Avdrag> avdrag(long totalOre, long maanedsbeloepOre, int dag, LocalDate godkjent, int tidligstDager) {
        if (dag < 1 || dag > 28) throw new IllegalArgumentException("day of month 1-28");
        int n = antall(totalOre, maanedsbeloepOre);
        LocalDate tidligst = godkjent.plusDays(tidligstDager);
        YearMonth maaned = YearMonth.from(tidligst);
        if (maaned.atDay(dag).isBefore(tidligst)) maaned = maaned.plusMonths(1);
        List<Avdrag> svar = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long beloep = i < n - 1 ? maanedsbeloepOre : totalOre - (long) (n - 1) * maanedsbeloepOre;
            svar.add(new Avdrag(i + 1, Virkedager.virkedagFraOgMed(maaned.plusMonths(i).atDay(dag)), beloep));
        }
        return svar;
    }

    /**
     * Spreads the instalments over the claims in order: each instalment pays the first claim with something left, then
     * the next, so a claim is paid off before the next is started (the oldest first, as the caller orders them).
     */
    public static List<Avdragsdel> fordel(List<Avdrag> avdrag, List<Kravdel> krav) {
        long sumAvdrag = avdrag.stream().mapToLong(Avdrag::beloepOre).sum();
        long sumKrav = krav.stream().mapToLong(Kravdel::gjenstaaendeOre).sum();
        if (sumAvdrag != sumKrav) throw new IllegalArgumentException("instalments " + sumAvdrag + " != claims " + sumKrav);
        List<Avdragsdel> deler = new ArrayList<>();
        int k = 0;
        long igjenPaaKrav = krav.isEmpty() ? 0 : krav.getFirst().gjenstaaendeOre();
        for (Avdrag a : avdrag) {
            long igjen = a.beloepOre();
            while (igjen > 0) {
                while (igjenPaaKrav == 0) igjenPaaKrav = krav.get(++k).gjenstaaendeOre();
                long del = Math.min(igjen, igjenPaaKrav);
                deler.add(new Avdragsdel(a.nummer(), krav.get(k).kravId(), del));
                igjen -= del;
                igjenPaaKrav -= del;
            }
        }
        return deler;
    }
}

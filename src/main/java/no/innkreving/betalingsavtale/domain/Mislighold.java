package no.innkreving.betalingsavtale.domain;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.betalingsavtale.domain.Avdragsplan.Avdrag;

/**
 * Whether a plan in force is kept, paid, or broken on a day (decision 0058). What the debtor has paid covers the
 * instalments in order; an instalment is missed when, {@link Regelsett#karensdager()} days after its due date, what is
 * paid does not reach it. The plan breaks on the day the missed instalments reach
 * {@link Regelsett#misligholdteAvdragFoerBrudd()}; it is fulfilled when what is paid reaches its total.
 */
public final class Mislighold {
    private Mislighold() {
    }

    public sealed interface Tilstand {
    }

    public record IRute(int misligholdte) implements Tilstand {
    }

    public record Oppfylt() implements Tilstand {
    }

    public record Brutt(int misligholdte) implements Tilstand {
    }

    public static Tilstand paa(LocalDate dato, List<Avdrag> avdrag, long innbetaltOre, Regelsett r) {
        long total = avdrag.stream().mapToLong(Avdrag::beloepOre).sum();
        if (innbetaltOre >= total) return new Oppfylt();
        int misligholdte = 0;
        long tilOgMed = 0;
        for (Avdrag a : avdrag) {
            tilOgMed += a.beloepOre();
            // missed only after the grace days have passed: due 20.01 with 14 days is missed from 04.02
            if (a.forfallsdato().plusDays(r.karensdager()).isBefore(dato) && innbetaltOre < tilOgMed) misligholdte++;
        }
        return misligholdte >= r.misligholdteAvdragFoerBrudd() ? new Brutt(misligholdte) : new IRute(misligholdte);
    }
}

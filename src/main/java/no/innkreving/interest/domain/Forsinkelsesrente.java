package no.innkreving.interest.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Late-payment interest (forsinkelsesrenteloven § 2; skattebetalingsloven § 11-1: the interest runs from the due
 * date until payment): simple interest per day on the overdue base at the rate in force that day. The first
 * interest day is the day after the due date (a payment on the due date is in time). A day bears 1/365 of the
 * annual rate, leap years too (decision 0010). Each period of constant base and rate is computed exactly in integers
 * (øre × basis points × days / 3 650 000) and rounded once, half up, to whole øre.
 */
public final class Forsinkelsesrente {
    private static final BigInteger NEVNER = BigInteger.valueOf(365L * 10_000);

    private Forsinkelsesrente() {
    }

    public static List<Renteperiode> beregn(LocalDate forfallsdato, List<Grunnlagsendring> grunnlag, LocalDate fraOgMed,
                                            LocalDate tilOgMed, Rentetabell tabell) {
        LocalDate start = fraOgMed.isAfter(forfallsdato) ? fraOgMed : forfallsdato.plusDays(1);
        List<Renteperiode> svar = new ArrayList<>();
        LocalDate dag = start;
        while (!dag.isAfter(tilOgMed)) {
            long base = grunnlagPaa(grunnlag, dag);
            Rentesats sats = tabell.gjeldende(dag);
            LocalDate slutt = tilOgMed;
            LocalDate nesteSats = tabell.nesteEndringEtter(dag);
            if (nesteSats != null && !nesteSats.isAfter(slutt)) slutt = nesteSats.minusDays(1);
            LocalDate nesteGrunnlag = nesteEndring(grunnlag, dag);
            if (nesteGrunnlag != null && !nesteGrunnlag.isAfter(slutt)) slutt = nesteGrunnlag.minusDays(1);
            long dager = ChronoUnit.DAYS.between(dag, slutt) + 1;
            if (base > 0) svar.add(new Renteperiode(dag, slutt, base, sats.basispunkter(), renter(base, sats.basispunkter(), dager)));
            dag = slutt.plusDays(1);
        }
        return svar;
    }

    /** øre × bp × days / (365 × 10 000), rounded half up. */
    static long renter(long grunnlagOre, int basispunkter, long dager) {
        BigInteger teller = BigInteger.valueOf(grunnlagOre).multiply(BigInteger.valueOf(basispunkter)).multiply(BigInteger.valueOf(dager));
        BigInteger[] qr = teller.divideAndRemainder(NEVNER);
        long hele = qr[0].longValueExact();
        return qr[1].shiftLeft(1).compareTo(NEVNER) >= 0 ? hele + 1 : hele;
    }

    private static long grunnlagPaa(List<Grunnlagsendring> grunnlag, LocalDate dag) {
        long base = 0;
        for (Grunnlagsendring g : grunnlag) if (!g.dato().isAfter(dag)) base = g.grunnlagOre();
        return Math.max(base, 0);
    }

    private static LocalDate nesteEndring(List<Grunnlagsendring> grunnlag, LocalDate dag) {
        for (Grunnlagsendring g : grunnlag) if (g.dato().isAfter(dag)) return g.dato();
        return null;
    }
}

package no.innkreving.interest.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Late-payment interest (forsinkelsesrenteloven § 2; skattebetalingsloven § 11-1: the interest runs from the due
 * date until payment): simple interest per day on the overdue base at the rate in force that day. The first
 * interest day is the day after the due date (a payment on the due date is in time); the last is the day the payer's
 * bank received the payment order (the authority's handbook 11-1.3: "til og med den dag innbetalingen foretas"). A
 * day bears 1/365 of the annual rate, 1/366 in a leap year ({@link Dagtelling}, decision 0029).
 *
 * <p>What is booked is the exact interest of the whole time since the due date, rounded once, half up, to whole øre
 * (decision 0030): so the amount does not depend on how often it is computed, and a changed base of days already
 * booked (a payment arriving late) is corrected by the difference.
 */
public final class Forsinkelsesrente {

    private Forsinkelsesrente() {
    }

    public static List<Renteperiode> beregn(LocalDate forfallsdato, List<Grunnlagsendring> grunnlag, LocalDate fraOgMed,
                                            LocalDate tilOgMed, Rentetabell tabell, Dagtelling dagtelling) {
        LocalDate start = fraOgMed.isAfter(forfallsdato) ? fraOgMed : forfallsdato.plusDays(1);
        List<Renteperiode> svar = new ArrayList<>();
        LocalDate dag = start;
        while (!dag.isAfter(tilOgMed)) {
            long base = grunnlagPaa(grunnlag, dag);
            Rentesats sats = tabell.gjeldende(dag);
            int dagerIAaret = dagtelling.dagerIAaret(dag);
            LocalDate slutt = tidligste(tilOgMed, tabell.nesteEndringEtter(dag), nesteEndring(grunnlag, dag),
                    dagtelling.nesteEndringEtter(dag));
            long dager = ChronoUnit.DAYS.between(dag, slutt) + 1;
            if (base > 0) svar.add(new Renteperiode(dag, slutt, base, sats.basispunkter(), dagerIAaret,
                    avrund(teller(base, sats.basispunkter(), dager), BigInteger.valueOf(dagerIAaret * 10_000L))));
            dag = slutt.plusDays(1);
        }
        return svar;
    }

    /** The exact sum of the periods' interest, rounded once, half up, to whole øre. */
    public static long sumOre(List<Renteperiode> perioder) {
        BigInteger teller = BigInteger.ZERO;
        BigInteger nevner = BigInteger.ONE;
        for (Renteperiode p : perioder) {
            // a/b + c/d = (ad + cb) / bd, kept reduced
            teller = teller.multiply(p.nevner()).add(p.teller().multiply(nevner));
            nevner = nevner.multiply(p.nevner());
            BigInteger f = teller.gcd(nevner);
            if (f.signum() > 0) {
                teller = teller.divide(f);
                nevner = nevner.divide(f);
            }
        }
        return avrund(teller, nevner);
    }

    /** The last day of the period starting at a day: the day before the first change, or {@code tilOgMed}. */
    private static LocalDate tidligste(LocalDate tilOgMed, LocalDate... endringer) {
        LocalDate slutt = tilOgMed;
        for (LocalDate e : endringer) if (e != null && !e.isAfter(slutt)) slutt = e.minusDays(1);
        return slutt;
    }

    private static BigInteger teller(long grunnlagOre, int basispunkter, long dager) {
        return BigInteger.valueOf(grunnlagOre).multiply(BigInteger.valueOf(basispunkter)).multiply(BigInteger.valueOf(dager));
    }

    /** teller / nevner rounded half up (both ≥ 0). */
    static long avrund(BigInteger teller, BigInteger nevner) {
        BigInteger[] qr = teller.divideAndRemainder(nevner);
        long hele = qr[0].longValueExact();
        return qr[1].shiftLeft(1).compareTo(nevner) >= 0 ? hele + 1 : hele;
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

package no.innkreving.garnishment;

import java.util.List;

/**
 * The debtor's household as the subsistence rule needs it (forskrift 13. juni 2014 nr. 724 §§ 3-4).
 *
 * @param skyldner            the debtor's adult situation, which picks the adult rate
 * @param barnAlder           age of each child the debtor supports (in the household or not, Rt. 1991 s. 811)
 * @param annenInntektOre     the household's other income per month that goes to the household's needs (øre)
 * @param inntektenErRommelig the income is ample where the debtor lives (lifts the 60 % cap where it applies)
 */
public record Husstand(Voksne skyldner, List<Integer> barnAlder, long annenInntektOre, boolean inntektenErRommelig) {
    public Husstand {
        if (skyldner == null) throw new IllegalArgumentException("skyldner mangler");
        barnAlder = List.copyOf(barnAlder == null ? List.of() : barnAlder);
        for (int a : barnAlder) if (a < 0 || a > 25) throw new IllegalArgumentException("Ugyldig alder på barn: " + a);
        if (annenInntektOre < 0) throw new IllegalArgumentException("annenInntekt kan ikke være negativ");
    }

    /** A single debtor with no children and no other income. */
    public static Husstand enslig() {
        return new Husstand(Voksne.ENSLIG, List.of(), 0, false);
    }

    public enum Voksne {
        ENSLIG,
        GIFT_ELLER_SAMBOER,
        FORSOERGER_EKTEFELLE_ELLER_SAMBOER;

        /** How many adults the household has, for counting persons (the 20 % from the fourth person). */
        public int antallVoksne() {
            return this == ENSLIG ? 1 : 2;
        }
    }
}

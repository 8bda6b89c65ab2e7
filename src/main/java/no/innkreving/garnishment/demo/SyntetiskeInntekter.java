package no.innkreving.garnishment.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.innkreving.garnishment.Inntektsregister.Inntekt;
import no.innkreving.garnishment.Utbetalingsart;

/**
 * Synthetic income for the synthetic demo population, a pure function of the fødselsnummer so every demo person has
 * the same payers on every start without loading rows: about 15 % have no payer, about half one, a third two (a wage
 * and a side income or a benefit). People of 67 and over get a pension from NAV. Payers are
 * organisations of the synthetic business register (seed 2026) and NAV. Whole kroner; equal every month.
 */
public final class SyntetiskeInntekter {
    /** NAV pays pensions and benefits. */
    public static final String NAV = "889640782";
    /** Employers: Fjordlys Bygg AS and the first active main units of the synthetic business register (seed 2026). */
    static final List<String> ARBEIDSGIVERE = List.of("310000000", "698735201", "673167101", "376101606", "784749002",
            "326020206", "848091103", "859431801", "570096818");

    private SyntetiskeInntekter() {
    }

    public static List<Inntekt> for_(String foedselsnummer, YearMonth maaned) {
        SplittableRandom r = new SplittableRandom(foedselsnummer.hashCode() * 0x9E3779B97F4A7C15L + 2026);
        int x = r.nextInt(100);
        int antall = x < 15 ? 0 : x < 67 ? 1 : 2;
        List<Inntekt> ut = new ArrayList<>();
        boolean pensjonist = alder(foedselsnummer, maaned) >= 67;
        for (int i = 0; i < antall; i++) {
            Utbetalingsart art;
            String payer;
            if (i == 0) {
                art = pensjonist ? Utbetalingsart.PENSJON : r.nextInt(10) < 8 ? Utbetalingsart.LOENN : Utbetalingsart.TRYGDEYTELSE;
            } else {
                // a wage earner may also get a benefit from NAV; anyone may have a side income
                art = ut.getFirst().art() == Utbetalingsart.LOENN && r.nextBoolean() ? Utbetalingsart.TRYGDEYTELSE : Utbetalingsart.BIINNTEKT;
            }
            payer = switch (art) {
                case PENSJON, TRYGDEYTELSE -> NAV;
                case LOENN, BIINNTEKT -> ARBEIDSGIVERE.get(r.nextInt(ARBEIDSGIVERE.size()));
            };
            if (i == 1 && payer.equals(ut.getFirst().trekkpliktig())) payer = ARBEIDSGIVERE.get((ARBEIDSGIVERE.indexOf(payer) + 1) % ARBEIDSGIVERE.size());
            long brutto = switch (art) {
                case LOENN -> 28_000 + r.nextInt(470) * 100;
                case PENSJON -> 18_000 + r.nextInt(220) * 100;
                case TRYGDEYTELSE -> (i == 0 ? 14_000 : 2_000) + r.nextInt(160) * 100;
                case BIINNTEKT -> 2_000 + r.nextInt(60) * 100;
            };
            int prosent = switch (art) {
                case LOENN -> 24 + r.nextInt(9);
                case PENSJON -> 16 + r.nextInt(9);
                case TRYGDEYTELSE -> 12 + r.nextInt(12);
                case BIINNTEKT -> r.nextInt(26);
            };
            long forskudd = brutto * prosent / 100 / 100 * 100;
            ut.add(new Inntekt(payer, art, brutto * 100, forskudd * 100, maaned));
        }
        ut.sort((a, b) -> Long.compare(b.bruttoOre(), a.bruttoOre()));
        return ut;
    }

    /** Age at the start of the month from the synthetic number: DDMMYY, individual number 500-999 for 2000-2039. */
    static int alder(String fnr, YearMonth maaned) {
        int yy = Integer.parseInt(fnr.substring(4, 6));
        int individ = Integer.parseInt(fnr.substring(6, 9));
        int aar = individ >= 500 && yy < 40 ? 2000 + yy : 1900 + yy;
        return maaned.getYear() - aar;
    }
}

package no.innkreving.betalingsavtale.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The figures of the plan and postponement rules in force on a day (table {@code betalingsregel}, decision 0058), each
 * with its source. Amounts in øre.
 */
public record Regelsett(long minsteMaanedsbeloepOre, int lengsteNedbetalingMaaneder, int lengsteUtenSaksbehandlerMaaneder,
                        long hoeyesteBeloepUtenSaksbehandlerOre, int foersteAvdragTidligstDager, int karensdager,
                        int misligholdteAvdragFoerBrudd, int karanteneEtterBruddMaaneder, int utsettelseLengsteDager,
                        long utsettelseHoeyesteBeloepUtenSaksbehandlerOre, int saksbehandlingsfristDager,
                        Map<String, String> kilder) {

    public Regelsett {
        if (minsteMaanedsbeloepOre <= 0 || lengsteNedbetalingMaaneder < 1 || lengsteUtenSaksbehandlerMaaneder < 1
                || lengsteUtenSaksbehandlerMaaneder > lengsteNedbetalingMaaneder || misligholdteAvdragFoerBrudd < 1
                || utsettelseLengsteDager < 1 || saksbehandlingsfristDager < 1)
            throw new IllegalArgumentException("inconsistent plan rules");
        kilder = Map.copyOf(Objects.requireNonNull(kilder));
    }

    /** Builds the set from the stored figures by parameter name; every parameter must be there. */
    public static Regelsett av(Map<String, Long> verdi, Map<String, String> kilder) {
        return new Regelsett(p(verdi, "MINSTE_MAANEDSBELOEP_ORE"), (int) p(verdi, "LENGSTE_NEDBETALING_MAANEDER"),
                (int) p(verdi, "LENGSTE_UTEN_SAKSBEHANDLER_MAANEDER"), p(verdi, "HOEYESTE_BELOEP_UTEN_SAKSBEHANDLER_ORE"),
                (int) p(verdi, "FOERSTE_AVDRAG_TIDLIGST_DAGER"), (int) p(verdi, "KARENSDAGER"),
                (int) p(verdi, "MISLIGHOLDTE_AVDRAG_FOER_BRUDD"), (int) p(verdi, "KARANTENE_ETTER_BRUDD_MAANEDER"),
                (int) p(verdi, "UTSETTELSE_LENGSTE_DAGER"), p(verdi, "UTSETTELSE_HOEYESTE_BELOEP_UTEN_SAKSBEHANDLER_ORE"),
                (int) p(verdi, "SAKSBEHANDLINGSFRIST_DAGER"), kilder);
    }

    private static long p(Map<String, Long> verdi, String navn) {
        Long v = verdi.get(navn);
        if (v == null) throw new IllegalStateException("plan rule figure missing: " + navn);
        return v;
    }
}

package no.innkreving.betalingsavtale.domain;

import static no.innkreving.letters.Beloepsformat.kroner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.betalingsavtale.domain.Avdragsplan.Avdrag;
import no.innkreving.betalingsavtale.domain.Vurdering.Avslaatt;
import no.innkreving.betalingsavtale.domain.Vurdering.AvtaleGodkjent;
import no.innkreving.betalingsavtale.domain.Vurdering.TilSaksbehandler;

/**
 * The rule that decides a debtor's application for an instalment plan (betalingsavtale) from the figures in force
 * ({@link Regelsett}, decision 0058): approve within the limits, refuse with the reason, or send to a caseworker.
 * An approved plan is the debtor's acknowledgement of the claims (foreldelsesloven § 14); the caller records it.
 */
public final class Avtaleregel {
    private Avtaleregel() {
    }

    /**
     * A claim applied for, as it stands.
     *
     * @param beskrivelse             how the debtor knows it (creditor and claim type), for the reasons given
     * @param iAktivAvtale            already in a plan in force
     * @param klarForTvangsinnkreving the notice of enforcement's deadline has passed (dunning)
     * @param tidligereUtsatt         an earlier postponement of it was approved
     */
    public record Kravgrunnlag(UUID kravId, String beskrivelse, long gjenstaaendeOre, boolean iAktivAvtale,
                               boolean klarForTvangsinnkreving, boolean tidligereUtsatt) {
    }

    /**
     * @param bruttSiden the day a plan of this debtor last broke, or null
     */
    public static Vurdering vurder(List<Kravgrunnlag> krav, long maanedsbeloepOre, int dag, LocalDate idag,
                                   LocalDate bruttSiden, Regelsett r) {
        if (krav.isEmpty()) throw new IllegalArgumentException("no claims");
        for (Kravgrunnlag k : krav)
            if (k.iAktivAvtale()) return new Avslaatt("Kravet " + k.beskrivelse() + " er allerede med i en betalingsavtale.");
        long total = krav.stream().mapToLong(Kravgrunnlag::gjenstaaendeOre).sum();
        if (maanedsbeloepOre < r.minsteMaanedsbeloepOre())
            return new Avslaatt("Månedsbeløpet må være minst " + kroner(r.minsteMaanedsbeloepOre()) + ".");
        int n = Avdragsplan.antall(total, maanedsbeloepOre);
        if (n > r.lengsteNedbetalingMaaneder()) {
            // the least whole-krone amount that pays the total within the longest term: total / months, rounded up
            long minst = ceil(ceil(total, r.lengsteNedbetalingMaaneder()), 100) * 100;
            return new Avslaatt("Med " + kroner(maanedsbeloepOre) + " i måneden tar det " + n + " måneder å betale "
                    + kroner(total) + ". Lengste nedbetalingstid er " + r.lengsteNedbetalingMaaneder()
                    + " måneder, så månedsbeløpet må være minst " + kroner(minst) + ".");
        }
        List<String> tilSaksbehandler = new ArrayList<>();
        if (n > r.lengsteUtenSaksbehandlerMaaneder())
            tilSaksbehandler.add("Avtalen får " + n + " avdrag; mer enn " + r.lengsteUtenSaksbehandlerMaaneder()
                    + " avdrag må vurderes av en saksbehandler.");
        if (total > r.hoeyesteBeloepUtenSaksbehandlerOre())
            tilSaksbehandler.add("Samlet beløp " + kroner(total) + " er mer enn " + kroner(r.hoeyesteBeloepUtenSaksbehandlerOre())
                    + ", som må vurderes av en saksbehandler.");
        for (Kravgrunnlag k : krav)
            if (k.klarForTvangsinnkreving())
                tilSaksbehandler.add("Kravet " + k.beskrivelse() + " er varslet tvangsinnkrevd, og fristen i varselet er ute.");
        if (bruttSiden != null && !bruttSiden.plusMonths(r.karanteneEtterBruddMaaneder()).isBefore(idag))
            tilSaksbehandler.add("En betalingsavtale ble brutt " + Kronetekst.dato(bruttSiden) + ", for mindre enn "
                    + r.karanteneEtterBruddMaaneder() + " måneder siden.");
        if (!tilSaksbehandler.isEmpty()) return new TilSaksbehandler(String.join(" ", tilSaksbehandler));
        return godkjent(total, maanedsbeloepOre, dag, idag, r);
    }

    /** The plan as approved on {@code idag} (by the rule, or by a caseworker on the application's terms). */
    public static AvtaleGodkjent godkjent(long totalOre, long maanedsbeloepOre, int dag, LocalDate idag, Regelsett r) {
        List<Avdrag> avdrag = Avdragsplan.avdrag(totalOre, maanedsbeloepOre, dag, idag, r.foersteAvdragTidligstDager());
        return new AvtaleGodkjent("Betalingsavtalen er godkjent: " + avdrag.size() + " avdrag, det første "
                + Kronetekst.dato(avdrag.getFirst().forfallsdato()) + ", det siste "
                + Kronetekst.dato(avdrag.getLast().forfallsdato()) + ".", avdrag);
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }
}

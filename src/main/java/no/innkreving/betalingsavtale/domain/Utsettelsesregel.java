package no.innkreving.betalingsavtale.domain;

import static no.innkreving.letters.Beloepsformat.kroner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.betalingsavtale.domain.Vurdering.Avslaatt;
import no.innkreving.betalingsavtale.domain.Vurdering.UtsettelseGodkjent;
import no.innkreving.betalingsavtale.domain.Avtaleregel.Kravgrunnlag;
import no.innkreving.betalingsavtale.domain.Vurdering.TilSaksbehandler;
import no.innkreving.platform.time.Virkedager;

/**
 * The rule that decides a debtor's application for a postponement (utsettelse) to a new due date (decision 0058).
 * The new date is moved to a business day (skattebetalingsloven § 10-2).
 */
public final class Utsettelsesregel {
    private Utsettelsesregel() {
    }

    public static Vurdering vurder(List<Kravgrunnlag> krav, LocalDate soektDato, LocalDate idag, Regelsett r) {
        if (krav.isEmpty()) throw new IllegalArgumentException("no claims");
        if (!soektDato.isAfter(idag)) throw new IllegalArgumentException("the new due date must be after today");
        LocalDate nyDato = Virkedager.virkedagFraOgMed(soektDato);
        for (Kravgrunnlag k : krav)
            if (k.iAktivAvtale())
                return new Avslaatt("Kravet " + k.beskrivelse() + " er med i en betalingsavtale; avdragene i avtalen gjelder.");
        LocalDate senest = idag.plusDays(r.utsettelseLengsteDager());
        if (nyDato.isAfter(senest))
            return new Avslaatt("Du kan få utsettelse i høyst " + r.utsettelseLengsteDager() + " dager, til og med "
                    + Kronetekst.dato(senest) + ". Trenger du lengre tid, kan du søke om betalingsavtale.");
        long total = krav.stream().mapToLong(Kravgrunnlag::gjenstaaendeOre).sum();
        List<String> tilSaksbehandler = new ArrayList<>();
        if (total > r.utsettelseHoeyesteBeloepUtenSaksbehandlerOre())
            tilSaksbehandler.add("Samlet beløp " + kroner(total) + " er mer enn " + kroner(r.utsettelseHoeyesteBeloepUtenSaksbehandlerOre())
                    + ", som må vurderes av en saksbehandler.");
        for (Kravgrunnlag k : krav) {
            if (k.tidligereUtsatt())
                tilSaksbehandler.add("Kravet " + k.beskrivelse() + " har fått utsettelse før.");
            if (k.klarForTvangsinnkreving())
                tilSaksbehandler.add("Kravet " + k.beskrivelse() + " er varslet tvangsinnkrevd, og fristen i varselet er ute.");
        }
        if (!tilSaksbehandler.isEmpty()) return new TilSaksbehandler(String.join(" ", tilSaksbehandler));
        return godkjent(nyDato);
    }

    public static UtsettelseGodkjent godkjent(LocalDate nyDato) {
        return new UtsettelseGodkjent("Utsettelsen er godkjent. Ny betalingsfrist er " + Kronetekst.dato(nyDato) + ".", nyDato);
    }
}

package no.innkreving.trekkpaalegg.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.trekkpaalegg.Periode;
import no.innkreving.trekkpaalegg.Trekkpaalegg.Trekkstatus;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import no.innkreving.trekkpaalegg.UgyldigEndring;

/**
 * The period rules of the Trekkpålegg contract (spec "Rules"), pure: history is never rewritten (a change closes the
 * running period and appends one, in a new version carrying the whole history); a new startdato is tomorrow at the
 * earliest and never equals the previous period's sluttdato; a sluttdato is never moved into the past; a sluttdato
 * of today ends the order or is followed by a period from tomorrow; the last period of a debt smaller than a month's
 * deduction is a fixed final amount, then the order is closed.
 */
public final class Periodehistorikk {
    private Periodehistorikk() {
    }

    /** A new history and its status. */
    public record Historikk(List<Periode> perioder, Trekkstatus status) {
        public Historikk {
            perioder = List.copyOf(perioder);
            // the contract's periods cover at least one day; NAV's poller refuses a version with one that does not
            for (Periode p : perioder)
                if (p.sluttdato() != null && p.sluttdato().isBefore(p.startdato()))
                    throw new IllegalStateException("Periode med sluttdato " + p.sluttdato() + " før startdato " + p.startdato());
        }
    }

    /** A new order's one period, from {@code startdato} (tomorrow at the earliest). */
    public static Historikk ny(LocalDate startdato, Trekkstoerrelse stoerrelse, LocalDate idag) {
        tidligstImorgen(startdato, idag);
        return new Historikk(List.of(new Periode(startdato, null, stoerrelse)), Trekkstatus.AKTIV);
    }

    /**
     * A new size from {@code startdato}: the running period ends the day before (today at the earliest, so never in
     * the past, and never the new period's own start), the new one runs on.
     */
    public static Historikk endre(List<Periode> perioder, Trekkstatus status, LocalDate startdato, Trekkstoerrelse stoerrelse,
                                  LocalDate idag) {
        Periode loepende = loepende(perioder, status);
        tidligstImorgen(startdato, idag);
        if (!startdato.isAfter(loepende.startdato()))
            throw new UgyldigEndring("startdato", "Ny startdato må være etter startdatoen til perioden som løper ("
                    + loepende.startdato() + "): historikken skrives aldri om");
        List<Periode> nye = new ArrayList<>(perioder.subList(0, perioder.size() - 1));
        nye.add(loepende.medSluttdato(startdato.minusDays(1)));
        nye.add(new Periode(startdato, null, stoerrelse));
        return new Historikk(nye, Trekkstatus.AKTIV);
    }

    /**
     * Ends the order today, status {@code avsluttet}: every period that would run after today is cut. One that has
     * started ends today; one that has not started yet ends on its own startdato, the shortest period the contract
     * allows (NAV's poller refuses a version with a sluttdato before its startdato; with {@code avsluttet} it stops
     * the order whatever the periods say). Starts are never moved, and periods already ended stay as they are
     * (decision 0073).
     */
    public static Historikk avslutt(List<Periode> perioder, Trekkstatus status, LocalDate idag) {
        loepende(perioder, status);
        List<Periode> nye = new ArrayList<>();
        for (Periode p : perioder) {
            LocalDate slutt = p.startdato().isAfter(idag) ? p.startdato() : idag;
            nye.add(p.erAapen() || p.sluttdato().isAfter(slutt) ? p.medSluttdato(slutt) : p);
        }
        return new Historikk(nye, Trekkstatus.AVSLUTTET);
    }

    /**
     * The debt left is less than a month's deduction: the running period ends today and a final fixed amount runs from
     * tomorrow to the end of the month (to the end of the next month when tomorrow is past the 15th, so a monthly pay
     * date falls inside it; decision 0045); the order is then {@code avsluttet}, ending at midnight after that day.
     */
    public static Historikk sluttbeloep(List<Periode> perioder, Trekkstatus status, long restOre, LocalDate idag) {
        Periode loepende = loepende(perioder, status);
        if (loepende.startdato().isAfter(idag))
            throw new UgyldigEndring("startdato", "Perioden som løper har ikke startet ennå; sluttbeløp settes når den har startet");
        LocalDate start = idag.plusDays(1);
        LocalDate slutt = (start.getDayOfMonth() <= 15 ? YearMonth.from(start) : YearMonth.from(start).plusMonths(1)).atEndOfMonth();
        List<Periode> nye = new ArrayList<>(perioder.subList(0, perioder.size() - 1));
        nye.add(loepende.medSluttdato(idag));
        nye.add(new Periode(start, slutt, new Trekkstoerrelse.Beloep(restOre)));
        return new Historikk(nye, Trekkstatus.AVSLUTTET);
    }

    private static Periode loepende(List<Periode> perioder, Trekkstatus status) {
        if (status != Trekkstatus.AKTIV || perioder.isEmpty() || !perioder.getLast().erAapen())
            throw new UgyldigEndring("trekkid", "Trekket er avsluttet og kan ikke endres; et nytt trekk får ny trekkid og KID");
        return perioder.getLast();
    }

    private static void tidligstImorgen(LocalDate startdato, LocalDate idag) {
        if (startdato == null) throw new UgyldigEndring("startdato", "startdato mangler");
        if (!startdato.isAfter(idag))
            throw new UgyldigEndring("startdato", "startdato er tidligst i morgen (" + idag.plusDays(1) + ")");
    }
}

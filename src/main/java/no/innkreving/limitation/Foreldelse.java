package no.innkreving.limitation;

import java.time.LocalDate;
import java.util.List;

/**
 * A line's limitation: {@code dato} is the last day of the period (the line is time-barred from the day after),
 * {@code forklaring} the Norwegian sentences that show how it was found, each citing its section.
 */
public record Foreldelse(LocalDate dato, List<String> forklaring) {

    public Foreldelse {
        forklaring = List.copyOf(forklaring);
    }

    /** The first day the line is time-barred. */
    public LocalDate foreldetFraOgMed() {
        return dato.plusDays(1);
    }
}

package no.innkreving.invoicing.domain;

import java.time.LocalDate;
import java.util.Optional;
import no.innkreving.platform.time.Virkedager;

/**
 * The due date of an invoice (decision 0024): the claim type's payment term in days, counted from the day the invoice
 * is sent (that day not counted, domstolloven § 148), and a term ending on a Saturday, Sunday, public holiday or
 * statutory day of celebration ends on the next business day (skattebetalingsloven § 10-2: "Utløper betalingsfristen
 * på en lørdag, søndag eller helligdag eller lovfestet høytidsdag, utskytes fristen til nærmeste virkedag").
 */
public final class Betalingsfrist {
    private Betalingsfrist() {
    }

    public static LocalDate forfallsdato(LocalDate sendt, int fristDager) {
        if (fristDager < 0) throw new IllegalArgumentException("fristDager must not be negative");
        return Virkedager.virkedagFraOgMed(sendt.plusDays(fristDager));
    }

    /**
     * The invoice is dated and given its due date the day the claim is booked, and usually sent that day. Sent on a
     * later day (a backlog at the sender), the term runs from the day it went out: the new, later due date; empty
     * when the date set stands.
     */
    public static Optional<LocalDate> utsattVedSending(LocalDate satt, LocalDate sendt, int fristDager) {
        LocalDate fraSending = forfallsdato(sendt, fristDager);
        return fraSending.isAfter(satt) ? Optional.of(fraSending) : Optional.empty();
    }
}

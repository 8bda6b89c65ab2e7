package no.innkreving.betalingsavtale.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/**
 * The yearly closing of the debtor services for payment and plans (seed 001: "fra 31. desember kl. 12:00 til
 * 5. januar kl. 10:00"): from a day and time in one year to a day and time
 * early the next (or the same) year, in Norwegian local time.
 */
public record Stengetid(MonthDay fraDag, LocalTime fraKl, MonthDay tilDag, LocalTime tilKl, String kilde) {
    private static final DateTimeFormatter KL = DateTimeFormatter.ofPattern("HH:mm");

    /** Whether the services are closed at this local time: from the start (inclusive) to the end (exclusive). */
    public boolean erStengt(LocalDateTime tid) {
        int aar = tid.getYear();
        // the period that began this year, and the one that began last year (it may reach into this one)
        return innenfor(tid, aar) || innenfor(tid, aar - 1);
    }

    private boolean innenfor(LocalDateTime tid, int startaar) {
        LocalDateTime fra = fraDag.atYear(startaar).atTime(fraKl);
        int sluttaar = tilDag.isBefore(fraDag) ? startaar + 1 : startaar;
        LocalDateTime til = tilDag.atYear(sluttaar).atTime(tilKl);
        return !tid.isBefore(fra) && tid.isBefore(til);
    }

    /** The message the debtor sees, in Norwegian. */
    public String melding() {
        return "Tjenestene for betaling og betalingsavtaler er stengt fra " + fraDag.getDayOfMonth() + ". "
                + maaned(fraDag.getMonthValue()) + " kl. " + fraKl.format(KL) + " til " + tilDag.getDayOfMonth() + ". "
                + maaned(tilDag.getMonthValue()) + " kl. " + tilKl.format(KL) + ". Prøv igjen etter det.";
    }

    private static String maaned(int m) {
        return new String[]{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "desember"}[m - 1];
    }
}

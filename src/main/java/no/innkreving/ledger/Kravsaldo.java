package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim's lines and their balances as of a date, read from postings alone. */
public record Kravsaldo(UUID kravId, String skyldner, String oppdragsgiver, String kravtype,
                        LocalDate fastsettelsesdato, List<Linjesaldo> linjer) {

    public long gjenstaaendeOre() {
        return linjer.stream().mapToLong(Linjesaldo::gjenstaaendeOre).sum();
    }

    /**
     * @param opprinneligOre the amount booked when the line was created
     * @param fastsattOre    the amount as the creditor currently sets it (after changes of principal or interest)
     * @param gjenstaaendeOre what remains to be paid
     */
    public record Linjesaldo(long kravlinjeId, Linjetype linjetype, String rentetype, LocalDate ilagtDato,
                             long opprinneligOre, long fastsattOre, long gjenstaaendeOre) {
    }
}

package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What to book for one payment: new money from the bank ({@code nyttBeloepOre}, 0 when placing money already in
 * suspense), its placements on claim lines, and a refund. What is left goes to (or comes from) suspense.
 */
public record Innbetalingsbokfoering(UUID innbetalingId, String skyldner, LocalDate dato, long nyttBeloepOre,
                                     List<Linjeplassering> plasseringer, long tilbakebetalOre) {
    public Innbetalingsbokfoering {
        plasseringer = List.copyOf(plasseringer);
    }

    public long plassertOre() {
        return plasseringer.stream().mapToLong(Linjeplassering::beloepOre).sum();
    }
}

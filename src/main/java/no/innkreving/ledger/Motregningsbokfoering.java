package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What to book for one amount the state owed a debtor ({@code motkravId}): its placements on claim lines (the offset
 * module's rule decided them) and the rest owed back as a payout.
 */
public record Motregningsbokfoering(UUID motkravId, String skyldner, LocalDate dato, long beloepOre,
                                    List<Linjeplassering> plasseringer, long utbetalOre) {
    public Motregningsbokfoering {
        plasseringer = List.copyOf(plasseringer);
    }
}

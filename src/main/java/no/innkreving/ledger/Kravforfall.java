package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One due date of a claim (kravforfall): the amount due on that date. A claim has one when it is invoiced; instalment
 * plans add more. Number 1 is the date the claim falls due for allocation, holding and late-payment interest.
 */
public record Kravforfall(UUID kravId, int nummer, LocalDate forfallsdato, long beloepOre) {
    public Kravforfall {
        if (nummer < 1) throw new IllegalArgumentException("nummer must be 1 or more");
        if (beloepOre <= 0) throw new IllegalArgumentException("beloepOre must be above 0");
    }
}

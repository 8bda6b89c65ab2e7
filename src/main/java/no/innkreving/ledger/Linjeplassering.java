package no.innkreving.ledger;

import java.util.UUID;

/** Part of a payment placed on one claim line, in øre (positive). */
public record Linjeplassering(UUID kravId, long kravlinjeId, long beloepOre) {
}

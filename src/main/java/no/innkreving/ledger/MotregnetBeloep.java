package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Part of an amount the state owed the debtor ({@code motkravId}, the offset module's id for it) placed on a claim
 * line by offset (motregning), in øre (positive), on the date it took effect.
 */
public record MotregnetBeloep(UUID kravId, long kravlinjeId, UUID motkravId, long beloepOre, LocalDate dato) {
}

package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** An amount of a payment placed on a claim line (positive øre), on the date it was placed. */
public record PlassertBeloep(UUID kravId, long kravlinjeId, UUID innbetalingId, long beloepOre, LocalDate plassertDato) {
}

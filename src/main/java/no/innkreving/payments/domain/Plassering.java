package no.innkreving.payments.domain;

import java.util.UUID;

/** Part of a payment placed on a claim line (positive øre). */
public record Plassering(UUID kravId, long kravlinjeId, long beloepOre) {
}

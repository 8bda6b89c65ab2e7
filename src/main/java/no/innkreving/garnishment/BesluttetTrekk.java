package no.innkreving.garnishment;

import java.time.LocalDate;

/** A deduction already decided with better priority (another authority's order, or an earlier one), per month in øre. */
public record BesluttetTrekk(String id, Prioritetsgruppe prioritetsgruppe, LocalDate besluttet, long beloepPerMaanedOre) {
    public BesluttetTrekk {
        if (beloepPerMaanedOre < 0) throw new IllegalArgumentException("Beløpet kan ikke være negativt");
    }
}

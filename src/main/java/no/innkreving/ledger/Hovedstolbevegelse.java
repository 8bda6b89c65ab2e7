package no.innkreving.ledger;

import java.time.LocalDate;

/**
 * How a claim's principal moved on one day: by payments placed on it ({@code betaltOre}, negative: their posting date
 * is the payer's date) and by everything else ({@code annetOre}: booking, the creditor's changes, write-offs).
 */
public record Hovedstolbevegelse(LocalDate dato, long betaltOre, long annetOre) {
}

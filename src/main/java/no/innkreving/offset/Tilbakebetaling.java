package no.innkreving.offset;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Money of an amount owed to the debtor ({@code motkravId}) that was offset on a claim and paid back, because the
 * claim was lowered or deleted: from {@code dato}, why ({@code grunn}, the ledger's reason), and the letter.
 */
public record Tilbakebetaling(UUID motkravId, UUID kravId, LocalDate dato, long beloepOre, String grunn, UUID dokumentId) {
}

package no.innkreving.offset;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One amount the state owed a debtor, as its payer delivered it, and what became of it: offset against the debtor's
 * claims ({@code motregnetOre}) and the rest paid out ({@code utbetaltOre}) on {@code virkningsdato}. The debtor's view
 * shows it as the counter-claim (motkrav) placed on the claims it covered, and as the credit a payout pays.
 *
 * @param referanse the payer's unique reference (idempotency key)
 * @param dato      the day the amount fell due to the debtor
 * @param status    MOTTATT (received, not yet offset) or MOTREGNET (offset and the rest paid out)
 */
public record Motkrav(UUID motkravId, String referanse, String skyldner, long beloepOre, Motkravart art, LocalDate dato,
                      String kontonummer, String status, long motregnetOre, long utbetaltOre, LocalDate virkningsdato,
                      UUID dokumentId) {
}

package no.innkreving.payments;

import java.time.LocalDate;
import java.util.UUID;

/** A refund to the debtor (payout instruction). */
public record Utbetaling(UUID utbetalingId, UUID innbetalingId, String skyldner, long beloepOre, String tilKonto,
                         String tilNavn, String status, LocalDate opprettet) {
}

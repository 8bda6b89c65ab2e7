package no.innkreving.payments;

import java.time.LocalDate;
import java.util.UUID;

/** A payment as the bank reported it, and whose it turned out to be. Amounts in øre. */
public record Innbetaling(UUID innbetalingId, UUID bankfilId, String bankreferanse, LocalDate innbetalingsdato,
                          LocalDate bokfoeringsdato, long beloepOre, String kid, String skyldner, UUID utpektKrav,
                          String fraKonto, String fraNavn, String tilKonto, String fritekst) {
}

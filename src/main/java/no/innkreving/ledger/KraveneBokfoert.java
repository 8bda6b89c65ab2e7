package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the booking transaction: these claims were taken over today. Listeners (invoicing) do their
 * part in the same transaction, so a claim is never booked without its invoice, nor invoiced without being booked.
 */
public record KraveneBokfoert(LocalDate dato, List<KravTilBokfoering> krav) {
}

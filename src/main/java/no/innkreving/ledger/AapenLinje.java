package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** A claim line with something left to pay, as allocation needs it. */
public record AapenLinje(String skyldner, UUID kravId, String kravtype, LocalDate kravBokfoert, long kravlinjeId,
                         Linjetype linjetype, String rentetype, LocalDate ilagtDato, long gjenstaaendeOre) {
}

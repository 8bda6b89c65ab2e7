package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A claim line with something left to pay, as allocation needs it.
 *
 * @param forfallsdato the claim's first due date (kravforfall number 1); null while the claim has none
 */
public record AapenLinje(String skyldner, UUID kravId, String kravtype, LocalDate kravBokfoert, long kravlinjeId,
                         Linjetype linjetype, String rentetype, LocalDate ilagtDato, long gjenstaaendeOre,
                         LocalDate forfallsdato) {
}

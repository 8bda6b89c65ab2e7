package no.innkreving.payments.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A claim line with something left to pay. */
public record AapenPost(UUID kravId, long kravlinjeId, Linjeart art, LocalDate forfallsdato,
                        LocalDate ilagtDato, LocalDate kravOpprettet, long gjenstaaendeOre) {
}

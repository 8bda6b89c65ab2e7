package no.innkreving.invoicing;

import java.time.LocalDate;
import java.util.UUID;

/** The claim and debtor a KID was issued for, and the due date and amount of the invoice that carried it. */
public record KravForKid(String kid, UUID kravId, String skyldner, LocalDate forfallsdato, long fakturertOre) {
}

package no.innkreving.invoicing;

import java.util.UUID;

/**
 * The claim and debtor a KID was issued for, and the amount of the invoice that carried it. The claim's due date is
 * the ledger's (allocation reads it with the claim's open lines, in the same query).
 */
public record KravForKid(String kid, UUID kravId, String skyldner, long fakturertOre) {
}

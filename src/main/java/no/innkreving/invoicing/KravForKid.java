package no.innkreving.invoicing;

import java.util.UUID;

/** The claim and debtor a KID was issued for. */
public record KravForKid(String kid, UUID kravId, String skyldner) {
}

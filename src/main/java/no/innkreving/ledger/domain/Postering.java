package no.innkreving.ledger.domain;

import java.util.UUID;
import no.innkreving.ledger.Konto;

/**
 * One leg of a transaction. kravId is null when the leg belongs to the transaction's claim (or to no claim: bank,
 * suspense); kravlinjeId is null on legs that belong to a claim as a whole or to a payment.
 */
public record Postering(Konto konto, UUID kravId, Long kravlinjeId, Posteringsart art, long beloepOre) {

    public Postering(Konto konto, Long kravlinjeId, Posteringsart art, long beloepOre) {
        this(konto, null, kravlinjeId, art, beloepOre);
    }
}

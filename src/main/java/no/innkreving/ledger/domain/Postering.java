package no.innkreving.ledger.domain;

/** One leg of a transaction. kravlinjeId is null on the counter-entry, which belongs to the claim as a whole. */
public record Postering(Konto konto, Long kravlinjeId, Posteringsart art, long beloepOre) {
}

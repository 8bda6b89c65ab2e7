package no.innkreving.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A business event in the ledger. Double entry: its postings sum to zero, or it cannot be made. A claim event has
 * its kravId; a payment event touches one debtor's claims (skyldner) and one payment (innbetalingId).
 */
public record Transaksjon(UUID transaksjonId, UUID kravId, Transaksjonstype type, LocalDate bokfoertDato,
                          List<Postering> posteringer, String skyldner, UUID innbetalingId) {

    public Transaksjon {
        posteringer = List.copyOf(posteringer);
        long sum = posteringer.stream().mapToLong(Postering::beloepOre).sum();
        if (sum != 0) throw new IllegalArgumentException("transaction " + transaksjonId + " does not balance: " + sum);
    }

    public Transaksjon(UUID transaksjonId, UUID kravId, Transaksjonstype type, LocalDate bokfoertDato,
                       List<Postering> posteringer) {
        this(transaksjonId, kravId, type, bokfoertDato, posteringer, null, null);
    }

    /** The claim a posting belongs to: its own, else the transaction's. */
    public UUID kravFor(Postering p) {
        return p.kravId() != null ? p.kravId() : kravId;
    }
}

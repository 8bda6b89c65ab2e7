package no.innkreving.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A business event in the ledger. Double entry: its postings sum to zero, or it cannot be made. */
public record Transaksjon(UUID transaksjonId, UUID kravId, Transaksjonstype type, LocalDate bokfoertDato,
                          List<Postering> posteringer) {

    public Transaksjon {
        posteringer = List.copyOf(posteringer);
        long sum = posteringer.stream().mapToLong(Postering::beloepOre).sum();
        if (sum != 0) throw new IllegalArgumentException("transaction " + transaksjonId + " does not balance: " + sum);
    }
}

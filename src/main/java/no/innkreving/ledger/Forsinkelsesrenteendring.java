package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A change to a claim's late-payment interest, dated the last day it covers: above 0 accrued, below 0 taken back
 * (booked too much). The interest module decides it; {@link Bokfoeringsenhet#bokfoerForsinkelsesrenter} books it.
 */
public record Forsinkelsesrenteendring(UUID kravId, LocalDate dato, long endringOre) {
    public Forsinkelsesrenteendring {
        if (endringOre == 0) throw new IllegalArgumentException("a change of 0 øre");
    }
}

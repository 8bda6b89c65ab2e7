package no.innkreving.payments.domain;

import java.util.List;

/** How a payment is shared out: placements in order, and what is left. */
public record Fordeling(List<Plassering> plasseringer, Rest rest) {
    public Fordeling {
        plasseringer = List.copyOf(plasseringer);
    }
}

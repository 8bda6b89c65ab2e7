package no.innkreving.trekkpaalegg;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One published version of an order, with its whole period history. */
public record Trekkpaalegg(UUID trekkid, int trekkversjon, long sekvensnummer, Instant opprettet, String saksnummer,
                           String trekkpliktig, String skyldner, String kidnummer, Trekkstatus trekkstatus,
                           List<Periode> perioder) {
    public Trekkpaalegg {
        perioder = List.copyOf(perioder);
    }

    public enum Trekkstatus {
        AKTIV, AVSLUTTET;

        /** As published: {@code aktiv}, {@code avsluttet}. */
        public String publisert() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The last period (the one running on, or the last one of a closed order). */
    public Periode siste() {
        return perioder.getLast();
    }
}

package no.innkreving.trekkpaalegg;

import java.time.LocalDate;
import java.util.Objects;

/** One period of an order's history; {@code sluttdato} null while it runs on. */
public record Periode(LocalDate startdato, LocalDate sluttdato, Trekkstoerrelse stoerrelse) {
    public Periode {
        Objects.requireNonNull(startdato, "startdato");
        Objects.requireNonNull(stoerrelse, "stoerrelse");
    }

    public boolean erAapen() {
        return sluttdato == null;
    }

    public Periode medSluttdato(LocalDate dato) {
        return new Periode(startdato, dato, stoerrelse);
    }
}

package no.innkreving.betalingsavtale.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as a Norwegian reader expects them: {@code 20.12.2026} (amounts: the letters module's {@code Beloepsformat}). */
public final class Kronetekst {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Kronetekst() {
    }

    public static String dato(LocalDate d) {
        return d.format(DATO);
    }
}

package no.innkreving.betalingsavtale.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.innkreving.letters.Beloepsformat;

/** Amounts and dates as a Norwegian reader expects them: {@code 10 000,00} (ordinary spaces, as the letters print) and {@code 20.12.2026}. */
public final class Kronetekst {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Kronetekst() {
    }

    public static String kr(long ore) {
        return Beloepsformat.beloep(ore);
    }

    public static String dato(LocalDate d) {
        return d.format(DATO);
    }
}

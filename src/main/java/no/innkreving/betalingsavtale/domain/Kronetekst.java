package no.innkreving.betalingsavtale.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Amounts and dates as a Norwegian reader expects them: {@code 10 000,00} (ordinary spaces, as the letters print) and {@code 20.12.2026}. */
public final class Kronetekst {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Kronetekst() {
    }

    public static String kr(long ore) {
        String tegn = ore < 0 ? "-" : "";
        long a = Math.abs(ore);
        String kroner = String.valueOf(a / 100);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < kroner.length(); i++) {
            if (i > 0 && (kroner.length() - i) % 3 == 0) s.append(' ');
            s.append(kroner.charAt(i));
        }
        return tegn + s + "," + String.format("%02d", a % 100);
    }

    public static String dato(LocalDate d) {
        return d.format(DATO);
    }
}

package no.innkreving.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.innkreving.letters.Beloepsformat;

/** Amounts and dates as Norwegian readers expect them on the pages. Used from the templates as {@code @tekster}. */
@org.springframework.stereotype.Component("tekster")
public final class Tekster {
    private static final List<String> MAANEDER = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember");
    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.forLanguageTag("nb"));

    Tekster() {
    }

    /** 1000000 øre -> "10 000,00" (the page adds "kr"), as the letters write amounts. */
    public static String kroner(long ore) {
        return Beloepsformat.beloep(ore);
    }

    /** 2026-03-14 -> "14.03.2026". */
    public static String dato(LocalDate d) {
        return d == null ? "" : KORT.format(d);
    }

    /** 2026-03-14 -> "14. mars 2026". */
    public static String datoIOrd(LocalDate d) {
        return d == null ? "" : d.getDayOfMonth() + ". " + MAANEDER.get(d.getMonthValue() - 1) + " " + d.getYear();
    }

    /** "76940500121" -> "7694 05 00121"; anything else as given. */
    public static String kontonummer(String k) {
        if (k == null || !k.matches("\\d{11}")) return k;
        return k.substring(0, 4) + " " + k.substring(4, 6) + " " + k.substring(6);
    }
}

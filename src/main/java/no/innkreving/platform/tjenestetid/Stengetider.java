package no.innkreving.platform.tjenestetid;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The yearly closed window of the payment and plan services as dated data: each rule holds from its date until a
 * later one. Pure: the caller gives the local time in Norway.
 */
public record Stengetider(List<Regel> regler) {
    private static final DateTimeFormatter KLOKKE = DateTimeFormatter.ofPattern("HH.mm");

    /** A closing from {@code fra} on day {@code fraDag} to {@code til} on day {@code tilDag} of the next year. */
    public record Regel(LocalDate gjelderFra, MonthDay fraDag, LocalTime fra, MonthDay tilDag, LocalTime til, String kilde) {
    }

    /** One closed window, from (inclusive) to (exclusive), with the rule's source. */
    public record Stengning(LocalDateTime fra, LocalDateTime til, String kilde) {
        /** For the pages: when the services open again, in words. */
        public String melding() {
            return "Tjenestene for betaling og betalingsavtaler er stengt fra " + dato(fra) + " kl. " + KLOKKE.format(fra)
                    + " til " + dato(til) + " kl. " + KLOKKE.format(til) + ". Prøv igjen etter " + dato(til) + " kl. " + KLOKKE.format(til) + ".";
        }

        private static String dato(LocalDateTime t) {
            return t.getDayOfMonth() + ". " + List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                    "september", "oktober", "november", "desember").get(t.getMonthValue() - 1) + " " + t.getYear();
        }
    }

    public Stengetider {
        regler = regler.stream().sorted(Comparator.comparing(Regel::gjelderFra)).toList();
    }

    /** The window {@code naa} falls in, if any: the one opening in the year before or in {@code naa}'s year. */
    public Optional<Stengning> stengt(LocalDateTime naa) {
        for (int aar = naa.getYear() - 1; aar <= naa.getYear(); aar++) {
            Optional<Regel> r = regelFor(LocalDate.of(aar, 12, 31));
            if (r.isEmpty()) continue;
            Regel regel = r.get();
            LocalDateTime fra = regel.fraDag().atYear(aar).atTime(regel.fra());
            LocalDateTime til = regel.tilDag().atYear(aar + 1).atTime(regel.til());
            if (!naa.isBefore(fra) && naa.isBefore(til)) return Optional.of(new Stengning(fra, til, regel.kilde()));
        }
        return Optional.empty();
    }

    /** The rule in force on {@code dag}: the latest whose date is not after it. */
    private Optional<Regel> regelFor(LocalDate dag) {
        Regel svar = null;
        for (Regel r : regler) if (!r.gjelderFra().isAfter(dag)) svar = r;
        return Optional.ofNullable(svar);
    }
}

package no.innkreving.offset.domain;

import java.time.LocalDate;
import no.innkreving.offset.Motkravart;

/** One good line of an offset file: an amount the state owes a debtor (docs/motregningsfil.md). */
public record Motregningslinje(int linjenummer, String referanse, String skyldner, long beloepOre, Motkravart art,
                               LocalDate dato, String kontonummer) {
}

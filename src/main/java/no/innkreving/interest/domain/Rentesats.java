package no.innkreving.interest.domain;

import java.time.LocalDate;

/** A late-payment interest rate from a date, in basis points (1250 = 12,50 % p.a.), with its source. */
public record Rentesats(LocalDate fraOgMed, int basispunkter, String kilde) {
}

package no.innkreving.interest.domain;

import java.time.LocalDate;

/** Days (both ends included) with one base and one rate, and the interest they bear in øre. */
public record Renteperiode(LocalDate fraOgMed, LocalDate tilOgMed, long grunnlagOre, int basispunkter, long renterOre) {
}

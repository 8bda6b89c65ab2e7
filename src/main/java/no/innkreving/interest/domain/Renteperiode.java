package no.innkreving.interest.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days (both ends included) with one base, one rate and one day count, and the interest they bear: {@code renterOre}
 * rounded for display; the exact amount is {@link #teller()} / {@link #nevner()}.
 */
public record Renteperiode(LocalDate fraOgMed, LocalDate tilOgMed, long grunnlagOre, int basispunkter, int dagerIAaret,
                           long renterOre) {

    public long dager() {
        return ChronoUnit.DAYS.between(fraOgMed, tilOgMed) + 1;
    }

    /** øre × basis points × days. */
    BigInteger teller() {
        return BigInteger.valueOf(grunnlagOre).multiply(BigInteger.valueOf(basispunkter)).multiply(BigInteger.valueOf(dager()));
    }

    /** days a year × 10 000 (basis points per unit). */
    BigInteger nevner() {
        return BigInteger.valueOf(dagerIAaret * 10_000L);
    }
}

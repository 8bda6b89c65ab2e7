package no.innkreving.intake;

import java.time.LocalDate;

/**
 * The period a claim concerns, as its creditor stated it at intake: NAV's {@code tilbakekrevingsperiode}, the
 * Brønnøysund registers' {@code periode}. Intake owns it; the debtor view shows it as {@code kravperiode}.
 */
public record Kravperiode(LocalDate fraDato, LocalDate tilDato) {
}

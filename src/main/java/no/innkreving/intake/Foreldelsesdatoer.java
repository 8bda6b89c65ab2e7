package no.innkreving.intake;

import java.time.LocalDate;

/**
 * The dates a claim's limitation starts from, as the creditor stated them (innkrevingsoppdrag): fastsettelsesdato,
 * foreldelsesfristensUtgangspunkt and tilleggsfristEtterForeldelsesloven (the last two may be absent).
 */
public record Foreldelsesdatoer(LocalDate fastsettelsesdato, LocalDate foreldelsesfristensUtgangspunkt,
                                LocalDate tilleggsfristEtterForeldelsesloven) {
}

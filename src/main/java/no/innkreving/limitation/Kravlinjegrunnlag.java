package no.innkreving.limitation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one claim line that limitation starts from, as the creditor sent them (innkrevingsoppdrag, source
 * document 003): {@code fastsettelsesdato} (required), {@code foreldelsesfristensUtgangspunkt} when the period starts
 * elsewhere (NAV repayment claims: the first wrong payment), {@code tilleggsfristEtterForeldelsesloven} (the day the
 * creditor learnt of the claim or the debtor, § 10 nr. 1) and, for an interest line, {@code renterIlagtDato}.
 */
public record Kravlinjegrunnlag(
        Linjetype linjetype,
        LocalDate fastsettelsesdato,
        LocalDate foreldelsesfristensUtgangspunkt,
        LocalDate tilleggsfristEtterForeldelsesloven,
        LocalDate renterIlagtDato) {

    public Kravlinjegrunnlag {
        Objects.requireNonNull(linjetype, "linjetype");
        Objects.requireNonNull(fastsettelsesdato, "fastsettelsesdato");
    }

    public static Kravlinjegrunnlag hovedstol(LocalDate fastsettelsesdato) {
        return new Kravlinjegrunnlag(Linjetype.HOVEDSTOL, fastsettelsesdato, null, null, null);
    }
}

package no.innkreving.betalingsavtale;

/** A caseworker's decision on a case. @param avgjort false: the case had been decided already, returned as it stands */
public record Avgjoerelse(Betalingssak sak, boolean avgjort) {
}

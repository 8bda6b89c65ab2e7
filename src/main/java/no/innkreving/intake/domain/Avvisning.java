package no.innkreving.intake.domain;

/** A refusal: which rule, and a Norwegian detail naming the offending value. */
public record Avvisning(Feil feil, String detalj) {
}

package no.innkreving.intake.domain;

/** An error found by the asynchronous checks, exactly as shown on /valideringsfeil. */
public record Valideringsfeil(String error, String message) {
}

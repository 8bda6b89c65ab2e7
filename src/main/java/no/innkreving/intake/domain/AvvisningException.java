package no.innkreving.intake.domain;

/** Carries a refusal out to the HTTP edge, where it becomes a problem answer. */
public class AvvisningException extends RuntimeException {
    private final Avvisning avvisning;

    public AvvisningException(Avvisning avvisning) {
        super(avvisning.feil().suffix() + ": " + avvisning.detalj(), null, false, false);
        this.avvisning = avvisning;
    }

    public Avvisning avvisning() {
        return avvisning;
    }
}

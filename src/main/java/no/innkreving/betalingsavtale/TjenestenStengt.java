package no.innkreving.betalingsavtale;

/** The plan services are closed now (seed 001, year end); the message says until when, in Norwegian. */
public class TjenestenStengt extends RuntimeException {
    public TjenestenStengt(String melding) {
        super(melding);
    }
}

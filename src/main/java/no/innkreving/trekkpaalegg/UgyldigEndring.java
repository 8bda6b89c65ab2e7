package no.innkreving.trekkpaalegg;

/** A change the contract's period rules do not allow; {@code felt} names the request field it concerns. */
public class UgyldigEndring extends RuntimeException {
    private final String felt;

    public UgyldigEndring(String felt, String melding) {
        super(melding);
        this.felt = felt;
    }

    public String felt() {
        return felt;
    }
}

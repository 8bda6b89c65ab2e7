package no.innkreving.betalingsavtale;

/**
 * An application that cannot be read as one (a day outside 1-28, an amount of 0, a claim not among the debtor's open
 * ones): nothing is stored. {@code felt} names the field; the message is Norwegian for the debtor.
 */
public class Soeknadsfeil extends RuntimeException {
    private final String felt;

    public Soeknadsfeil(String felt, String melding) {
        super(melding);
        this.felt = felt;
    }

    public String felt() {
        return felt;
    }
}

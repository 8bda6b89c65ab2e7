package no.innkreving.utleggstrekk.application;

/**
 * A decision refused: {@code status} 404 (unknown order), 409 (conflicts with the order's state), 422 (a rule
 * broken); {@code type} the problem's stable name, {@code felt} the request field it concerns. Nothing is stored.
 */
public class Avvist extends RuntimeException {
    private final int status;
    private final String type;
    private final String felt;

    public Avvist(int status, String type, String felt, String melding) {
        super(melding);
        this.status = status;
        this.type = type;
        this.felt = felt;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String felt() {
        return felt;
    }
}

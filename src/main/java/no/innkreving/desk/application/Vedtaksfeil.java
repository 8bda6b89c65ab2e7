package no.innkreving.desk.application;

/** A decision refused: the field and the Norwegian message (422), or the case already decided (409). */
public class Vedtaksfeil extends RuntimeException {
    private final int status;
    private final String felt;

    public Vedtaksfeil(int status, String felt, String melding) {
        super(melding);
        this.status = status;
        this.felt = felt;
    }

    public int status() {
        return status;
    }

    public String felt() {
        return felt;
    }
}

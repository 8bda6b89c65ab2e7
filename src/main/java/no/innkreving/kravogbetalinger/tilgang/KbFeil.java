package no.innkreving.kravogbetalinger.tilgang;

/** An error answered in the API's own shape {@code {kode, melding, korrelasjonsid}} (KB-001 … KB-009). */
public class KbFeil extends RuntimeException {
    private final String kode;
    private final int status;

    public KbFeil(String kode, int status, String melding) {
        super(melding);
        this.kode = kode;
        this.status = status;
    }

    public String kode() {
        return kode;
    }

    public int status() {
        return status;
    }
}

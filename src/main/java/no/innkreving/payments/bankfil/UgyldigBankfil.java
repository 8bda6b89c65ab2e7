package no.innkreving.payments.bankfil;

/** The file as a whole cannot be read (not XML, unknown format, no start record, ...). */
public class UgyldigBankfil extends RuntimeException {
    private final String plassering;

    public UgyldigBankfil(String plassering, String melding) {
        super(plassering == null ? melding : plassering + ": " + melding);
        this.plassering = plassering;
    }

    public String plassering() {
        return plassering;
    }
}

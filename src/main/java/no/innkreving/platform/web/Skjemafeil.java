package no.innkreving.platform.web;

/**
 * A form the page refuses as a whole (an attachment too large or not what it claims to be): answered with the
 * status and the Norwegian message on a page; nothing from the form is stored.
 */
public class Skjemafeil extends RuntimeException {
    private final int status;
    private final String tittel;

    public Skjemafeil(int status, String tittel, String melding) {
        super(melding, null, false, false);
        this.status = status;
        this.tittel = tittel;
    }

    public int status() {
        return status;
    }

    public String tittel() {
        return tittel;
    }
}

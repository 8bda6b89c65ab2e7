package no.innkreving.payments.bankfil;

/** Receives a file's payments and refused records as they are read. */
public interface Mottaker {
    void post(Bankpost p);

    void feil(Postfeil f);

    /** A reversal of an earlier payment; readers that meet one hand it here. */
    default void tilbakefoering(Tilbakefoering t) {
        feil(new Postfeil(t.plassering(), "Tilbakeføring er ikke bokført"));
    }
}

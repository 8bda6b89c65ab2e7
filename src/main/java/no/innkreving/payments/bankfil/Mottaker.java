package no.innkreving.payments.bankfil;

/** Receives a file's payments and refused records as they are read. */
public interface Mottaker {
    void post(Bankpost p);

    void feil(Postfeil f);
}

package no.innkreving.payments.bankfil;

/** A record that could not be read; the rest of the file is still read. */
public record Postfeil(String plassering, String melding) {
}

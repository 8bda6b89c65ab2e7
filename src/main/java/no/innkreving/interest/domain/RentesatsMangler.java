package no.innkreving.interest.domain;

import java.time.LocalDate;
import no.innkreving.platform.dagligkjoering.KjoeringNektet;

/**
 * No rate is known for a day: more than six months past the table's last row, so the rate of the half-year it lies in
 * has not been entered. Interest is refused rather than computed at an old rate; nothing is booked.
 */
public class RentesatsMangler extends KjoeringNektet {
    public RentesatsMangler(LocalDate dag, LocalDate gyldigTil) {
        super("no late-payment interest rate known for " + dag + ": the rate table (interest/forsinkelsesrente.csv) "
                + "covers days up to " + gyldigTil + "; add the rate in force for the half-year with its regulation");
    }
}

package no.innkreving.ledger;

import java.time.LocalDate;

/** An interest amount set by the creditor (e.g. NAV's STRAFFERENTE), with the date it was imposed. */
public record Rentelinje(long beloepOre, LocalDate ilagtDato, String rentetype) {
    /** The rentetype of interest lines the ledger accrues itself (late-payment interest), not set by a creditor. */
    public static final String FORSINKELSESRENTE = "FORSINKELSESRENTE";
}

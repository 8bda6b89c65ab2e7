package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** A write-off of what remained on a claim, on its date, with its reason. */
public record Avskrivning(UUID kravId, LocalDate dato, Grunn grunn) {
    public enum Grunn {
        /** The creditor withdrew the claim. */
        AVSKREVET_AV_OPPDRAGSGIVER,
        /** A line's limitation period ran out (foreldelsesloven). */
        FORELDET,
        /** A complaint was upheld and the claim deleted (what was paid on it refunded). */
        KLAGE_TATT_TIL_FOELGE,
        /** A waiver (ettergivelse) was granted. */
        ETTERGITT
    }
}

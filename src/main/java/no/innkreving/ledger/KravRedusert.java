package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** Published inside the transaction: the creditor lowered a claim (new principal or interest, or a write-off). */
public record KravRedusert(UUID kravId, String skyldner, LocalDate dato, long redusertOre, Grunn grunn) {
    public enum Grunn { HOVEDSTOL_NEDSATT, RENTER_ENDRET, AVSKREVET_AV_OPPDRAGSGIVER, KLAGE_TATT_TIL_FOELGE, ETTERGITT }
}

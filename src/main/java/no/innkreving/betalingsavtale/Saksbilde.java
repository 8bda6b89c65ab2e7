package no.innkreving.betalingsavtale;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a caseworker sees of a case: the case, every claim of the debtor as it stands today (open or not), and the
 * debtor's other plan and postponement cases. Amounts in øre.
 */
public record Saksbilde(Betalingssak sak, List<Krav> skyldnersKrav, List<Betalingssak> andreSaker) {

    /**
     * @param beskrivelse     creditor, claim type and the creditor's reference, as the debtor knows it
     * @param gjenstaaendeOre what remains on the claim's own lines (without our late-payment interest)
     * @param forfallsdato    the claim's first due date (the invoice's), null when not invoiced
     * @param stans           the hold on collection today (BETALINGSAVTALE, BETALINGSUTSETTELSE, …), or null
     * @param purresteg       the dunning steps taken (PURRING, VARSEL_OM_TVANGSFULLBYRDELSE), oldest first
     * @param kid             the KID to pay the claim (and its instalments) with, null when not invoiced
     */
    public record Krav(UUID kravId, String beskrivelse, String kid, long gjenstaaendeOre, LocalDate forfallsdato, String stans,
                       List<String> purresteg, boolean klarForTvangsinnkreving, boolean iSaken) {
    }
}

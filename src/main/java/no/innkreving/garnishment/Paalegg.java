package no.innkreving.garnishment;

import java.time.LocalDate;

/**
 * One order (trekkpålegg) competing for the room, per month in øre.
 *
 * @param besluttet            decision date: first in time within a group, and where the garnishment period starts
 * @param beloepPerMaanedOre   the amount ordered per month (what it asks for)
 * @param gjenstaaendeOre      what is left of the order's claims including accrued interest, or null if unknown;
 *                             0 means paid (the deduction stops); a month never takes more than this; it is also
 *                             the pro-rata basis under forskrift 9. juli 2025 nr. 1510 § 4
 * @param trekkperiodeMaaneder longest garnishment period from the decision (the claim-type catalogue's), or null for
 *                             the group's period as the rule data holds it (§ 2-7: 24 months, 60 for tax, fines and
 *                             damages, none for support)
 * @param stansVedFeriepenger  the order says to pause in a month with holiday pay (source document 004: the one
 *                             who ordered it decides)
 */
public record Paalegg(String id, Prioritetsgruppe prioritetsgruppe, LocalDate besluttet, long beloepPerMaanedOre,
                      Long gjenstaaendeOre, Integer trekkperiodeMaaneder, boolean stansVedFeriepenger) {
    public Paalegg {
        if (id == null || prioritetsgruppe == null || besluttet == null) throw new IllegalArgumentException("id, prioritetsgruppe og besluttet må være satt");
        if (beloepPerMaanedOre < 0) throw new IllegalArgumentException("Beløpet kan ikke være negativt");
        if (gjenstaaendeOre != null && gjenstaaendeOre < 0) throw new IllegalArgumentException("Gjenstående kan ikke være negativt");
        if (trekkperiodeMaaneder != null && trekkperiodeMaaneder <= 0) throw new IllegalArgumentException("Trekkperioden må være positiv");
    }

    public Paalegg(String id, Prioritetsgruppe prioritetsgruppe, LocalDate besluttet, long beloepPerMaanedOre, Long gjenstaaendeOre) {
        this(id, prioritetsgruppe, besluttet, beloepPerMaanedOre, gjenstaaendeOre, null, false);
    }
}

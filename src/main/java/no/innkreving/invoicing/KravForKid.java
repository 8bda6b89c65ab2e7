package no.innkreving.invoicing;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The claims and debtor a KID was issued for. An invoice's KID stands for its one claim, and {@code fakturertOre} is
 * the invoice's amount; a KID issued for a set of claims ({@link Fakturering#utstedKid}) stands for them all in
 * placement order, and {@code fakturertOre} is 0 (no invoice). The claims' due dates are the ledger's.
 *
 * @param kravId the first claim (an invoice's only one)
 * @param krav   every claim the KID stands for, in the order a payment is placed on them
 * @param kilde  what a set's KID was issued for ({@link Fakturering#utstedKid}); null for an invoice's
 */
public record KravForKid(String kid, UUID kravId, String skyldner, long fakturertOre, List<UUID> krav, String kilde) {
    /** How a garnishment order's KID names its source: {@code "utleggstrekk:<trekkid>"}. */
    public static final String UTLEGGSTREKK = "utleggstrekk:";

    public KravForKid {
        krav = List.copyOf(krav);
        if (krav.isEmpty() || !krav.getFirst().equals(kravId)) throw new IllegalArgumentException("kravId is the first of krav");
        Objects.requireNonNull(skyldner, "skyldner");
    }

    /** An invoice's KID: one claim. */
    public KravForKid(String kid, UUID kravId, String skyldner, long fakturertOre) {
        this(kid, kravId, skyldner, fakturertOre, List.of(kravId), null);
    }

    /** Whether the KID stands for a set of claims rather than one invoice. */
    public boolean erKravsett() {
        return krav.size() > 1 || fakturertOre == 0;
    }

    /**
     * Whether the KID is a garnishment order's: a payment quoting it is money the payer (employer, NAV) withheld from
     * the debtor's pay or benefit, so it is the debtor's money, not the payer's.
     */
    public boolean erUtleggstrekk() {
        return kilde != null && kilde.startsWith(UTLEGGSTREKK);
    }
}

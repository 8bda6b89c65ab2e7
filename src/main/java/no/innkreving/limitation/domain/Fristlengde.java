package no.innkreving.limitation.domain;

/**
 * The period lengths foreldelsesloven (lov 18. mai 1979 nr. 18) sets, in whole years, with the section that sets
 * them. Checked against the statute text (decision 0036); the 2026 collection act (lov 25. april 2025 nr. 12) sets
 * no other lengths for state claims that we found, so these hold for them too.
 */
public enum Fristlengde {
    /** The general period (§ 2); after an acknowledgement the new period has the same length (§ 20). */
    ALMINNELIG(3, "foreldelsesloven § 2"),
    /** Limitation no earlier than one year after the creditor learnt of the claim or the debtor. */
    TILLEGGSFRIST(1, "foreldelsesloven § 10 nr. 1"),
    /** The period may not be lengthened under § 10 by more than ten years in all. */
    TILLEGGSFRIST_YTTERGRENSE(10, "foreldelsesloven § 10 nr. 4"),
    /** New period after an enforcement step (utleggsforretning) held by the collecting authority itself. */
    ETTER_UTLEGG(10, "foreldelsesloven § 21 nr. 3"),
    /** New period after a judgment or decision that binds the debtor to the claim. */
    ETTER_TVANGSGRUNNLAG(10, "foreldelsesloven § 21 nr. 2");

    public final int aar;
    public final String kilde;

    Fristlengde(int aar, String kilde) {
        this.aar = aar;
        this.kilde = kilde;
    }
}

package no.innkreving.garnishment;

/**
 * The garnishment rule (dekningsloven §§ 2-7 and 2-8 with the dated subsistence rates and priority rules). Pure: the
 * same basis gives the same answer; it reads no clock and no tables beyond the rule data loaded at start.
 *
 * <p>To check a proposed amount, put the order among {@code paalegg} with the amount asked for and read {@link
 * Trekkberegning#beloepFor}: an amount above it exceeds what the rule allows. To propose an amount, ask with the
 * order's remaining claims as {@code beloepPerMaanedOre}: the answer is the most the rule allows this month.
 */
public interface Trekkromberegning {

    /** @throws UgyldigTrekkgrunnlag when a value breaks a rule (e.g. no subsistence rates for the date) */
    Trekkberegning beregn(Trekkgrunnlag grunnlag);

    /**
     * A proposal from the income register alone, before the caseworker knows the household: the payer's payment to
     * the debtor in the month of {@code dato}, the debtor's other payers' net income that month as the household's
     * other income (the need is covered once), a single debtor without children and the standard housing cost of
     * the rule data (in the debtor's favour; decision 0042). Empty when the payer pays the debtor nothing that month.
     *
     * @param trekkMedBedrePrioritet deductions already decided on this payment with better priority
     * @param paalegg                the orders competing for this payment (to propose: ask for the remaining claims)
     */
    java.util.Optional<Trekkberegning> forslag(String foedselsnummer, String trekkpliktig, java.time.LocalDate dato,
                                               java.util.List<BesluttetTrekk> trekkMedBedrePrioritet, java.util.List<Paalegg> paalegg);

    /** A basis the rule cannot compute on; {@code felt} names the field, in the calculator's JSON names. */
    final class UgyldigTrekkgrunnlag extends RuntimeException {
        private final String felt;

        public UgyldigTrekkgrunnlag(String felt, String melding) {
            super(melding);
            this.felt = felt;
        }

        public String felt() {
            return felt;
        }
    }
}

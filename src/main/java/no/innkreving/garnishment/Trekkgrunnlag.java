package no.innkreving.garnishment;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rule needs to compute a month's garnishment from one payment.
 *
 * @param beregningsdato            the date whose rules and rates apply
 * @param trekkMedBedrePrioritet    deductions already decided with better priority, taken off the net first
 * @param boutgifterOre             reasonable housing costs per month
 * @param andreGodkjenteUtgifterOre other approved costs per month (childcare and the like)
 * @param skyldnerGjoerHvaDenEvner  dekningsloven § 2-7 fourth paragraph: the debtor does what they can to pay their
 *                                  creditors and favours none unduly (both); then no deduction for group e orders
 */
public record Trekkgrunnlag(LocalDate beregningsdato, Utbetaling utbetaling, List<BesluttetTrekk> trekkMedBedrePrioritet,
                            Husstand husstand, long boutgifterOre, long andreGodkjenteUtgifterOre, List<Paalegg> paalegg,
                            boolean skyldnerGjoerHvaDenEvner) {
    public Trekkgrunnlag {
        if (beregningsdato == null || utbetaling == null || husstand == null) throw new IllegalArgumentException("beregningsdato, utbetaling og husstand må være satt");
        if (boutgifterOre < 0 || andreGodkjenteUtgifterOre < 0) throw new IllegalArgumentException("Utgifter kan ikke være negative");
        trekkMedBedrePrioritet = List.copyOf(trekkMedBedrePrioritet == null ? List.of() : trekkMedBedrePrioritet);
        paalegg = List.copyOf(paalegg == null ? List.of() : paalegg);
        if (paalegg.stream().map(Paalegg::id).distinct().count() != paalegg.size()) throw new IllegalArgumentException("To pålegg har samme id");
    }

    public Trekkgrunnlag(LocalDate beregningsdato, Utbetaling utbetaling, List<BesluttetTrekk> trekkMedBedrePrioritet,
                         Husstand husstand, long boutgifterOre, long andreGodkjenteUtgifterOre, List<Paalegg> paalegg) {
        this(beregningsdato, utbetaling, trekkMedBedrePrioritet, husstand, boutgifterOre, andreGodkjenteUtgifterOre, paalegg, false);
    }
}

package no.innkreving.utleggstrekk.application;

import java.util.List;

/**
 * What the caseworker knows of the debtor's household and costs, for the garnishment rule's subsistence need
 * (dekningsloven § 2-7; the calculator's fields). Absent in a request: a single debtor with no children, no other
 * income, and the configured standard housing cost ({@code innkreving.utleggstrekk.standard-boutgifter-per-maaned}).
 *
 * @param voksne one of {@code ENSLIG}, {@code GIFT_ELLER_SAMBOER}, {@code FORSOERGER_EKTEFELLE_ELLER_SAMBOER}
 * @param barn   ages of the children the debtor supports
 */
public record Husstandsopplysninger(String voksne, List<Integer> barn, long annenInntektOre, boolean inntektenErRommelig,
                                    Long boutgifterOre, long andreGodkjenteUtgifterOre) {
    public Husstandsopplysninger {
        barn = List.copyOf(barn == null ? List.of() : barn);
    }

    public static Husstandsopplysninger standard() {
        return new Husstandsopplysninger("ENSLIG", List.of(), 0, false, null, 0);
    }
}

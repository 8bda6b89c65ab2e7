package no.innkreving.utleggstrekk.application;

import java.util.List;

/**
 * What the caseworker knows of the debtor's household and costs, for the garnishment rule's subsistence need
 * (dekningsloven § 2-7; the calculator's fields, an absent housing cost 0 as there). A request with none of them
 * passes null: the rule's proposal basis is used (a single debtor, the standard housing cost of the rule data).
 *
 * @param voksne one of {@code ENSLIG}, {@code GIFT_ELLER_SAMBOER}, {@code FORSOERGER_EKTEFELLE_ELLER_SAMBOER}
 * @param barn   ages of the children the debtor supports
 */
public record Husstandsopplysninger(String voksne, List<Integer> barn, long annenInntektOre, boolean inntektenErRommelig,
                                    Long boutgifterOre, long andreGodkjenteUtgifterOre) {
    public Husstandsopplysninger {
        barn = List.copyOf(barn == null ? List.of() : barn);
    }
}

/**
 * Garnishment rule (utleggstrekk): what may be taken from one payment to a debtor under dekningsloven §§ 2-7 and 2-8,
 * with the subsistence rates of forskrift 13. juni 2014 nr. 724 as dated data, each result explained line by line in
 * Norwegian with the rule each line applies. The rule is pure Java in {@code domain}; {@link
 * no.innkreving.garnishment.Trekkromberegning} is the public API (the caseworkers' calculator and the garnishment
 * decisions call it), {@link no.innkreving.garnishment.Inntektsregister} the port to the income register (a-ordningen:
 * who pays a person what, by month), locally a table plus synthetic demo income for the demo population.
 */
@ApplicationModule(allowedDependencies = {"parties", "platform"})
package no.innkreving.garnishment;

import org.springframework.modulith.ApplicationModule;

package no.innkreving.utleggstrekk.application;

import java.time.LocalDate;
import java.util.Optional;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import org.springframework.stereotype.Component;

/**
 * Whether a size asked for exceeds what dekningsloven § 2-7 allows from this payer's payments to the debtor: the one
 * place a decision asks the garnishment rule (module garnishment).
 */
@Component
class Trekkgrense {

    /** The order's claims as the rule weighs them: the best § 2-8 group ('a'-'e') and what remains (øre). */
    record Kravgrunnlag(char prioritetsgruppe, long gjenstaaendeOre) {
    }

    /** Why the size exceeds what the rule allows on {@code dato}, in Norwegian; empty when it does not. */
    Optional<String> overskrider(String skyldner, String trekkpliktig, Trekkstoerrelse stoerrelse, Kravgrunnlag krav,
                                 Husstandsopplysninger husstand, LocalDate dato) {
        return Optional.empty();
    }
}

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

    /** Why the size exceeds what the rule allows on {@code dato}, in Norwegian; empty when it does not. */
    Optional<String> overskrider(String skyldner, String trekkpliktig, Trekkstoerrelse stoerrelse, LocalDate dato) {
        return Optional.empty();
    }
}

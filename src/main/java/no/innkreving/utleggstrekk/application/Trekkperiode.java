package no.innkreving.utleggstrekk.application;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.ledger.Kravsaldo;

/**
 * How long an order may run (dekningsloven § 2-7 third paragraph, source document 004): from the decision's day, the
 * longest period among its claims' types in the catalogue (24 months; 60 for taxes, fines and damages); no limit when
 * a claim's type has none (support).
 */
final class Trekkperiode {
    private Trekkperiode() {
    }

    /** The last day the order may run, or null for no limit. */
    static LocalDate sisteDag(ClaimTypeCatalogue katalog, List<Kravsaldo> krav, LocalDate besluttet) {
        int maaneder = 0;
        for (Kravsaldo s : krav) {
            if (s == null) continue;
            Integer m = katalog.kravtype(s.kravtype()).map(Kravtype::trekkperiodeMaaneder).orElse(24);
            if (m == null) return null;
            maaneder = Math.max(maaneder, m);
        }
        return besluttet.plusMonths(maaneder).minusDays(1);
    }
}

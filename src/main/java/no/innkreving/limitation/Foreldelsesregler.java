package no.innkreving.limitation;

import java.util.List;
import no.innkreving.limitation.domain.Foreldelsesberegning;

/** Public API: the limitation of one claim line from its dates and the interruptions that apply to it. */
public final class Foreldelsesregler {
    private Foreldelsesregler() {
    }

    public static Foreldelse beregn(Kravlinjegrunnlag linje, List<Fristavbrudd> avbrudd) {
        return Foreldelsesberegning.beregn(linje, avbrudd);
    }
}

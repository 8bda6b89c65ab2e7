package no.innkreving.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.casework.application.Kravforeldelse;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.limitation.Foreldelse;
import org.springframework.stereotype.Component;

/**
 * Public API: when a claim becomes time-barred, as the caseworker view computes it (the limitation rule with the
 * creditor's dates and every interruption), for the debtor's overview.
 */
@Component
public class Foreldelsesoversikt {
    private final Saldoer saldoer;
    private final Kravforeldelse foreldelse;

    Foreldelsesoversikt(Saldoer saldoer, Kravforeldelse foreldelse) {
        this.saldoer = saldoer;
        this.foreldelse = foreldelse;
    }

    /**
     * Per claim with something left: the earliest last day before foreldelse among its open lines, with that line's
     * explanation. Claims with nothing left are absent.
     */
    public Map<UUID, Foreldelse> tidligsteForeldelse(Collection<UUID> kravIder) {
        List<Kravsaldo> krav = saldoer.saldoer(kravIder, LocalDate.MAX);
        Map<UUID, Foreldelse> svar = new HashMap<>();
        foreldelse.beregn(krav).forEach((id, lf) -> {
            for (Kravsaldo.Linjesaldo l : lf.saldo().linjer()) {
                Foreldelse f = lf.perLinje().get(l.kravlinjeId());
                if (l.gjenstaaendeOre() > 0 && f != null) svar.merge(id, f, (a, b) -> a.dato().isAfter(b.dato()) ? b : a);
            }
        });
        return svar;
    }
}

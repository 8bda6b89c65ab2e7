package no.innkreving.betalingsavtale.domain;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.betalingsavtale.domain.Avdragsplan.Avdrag;

/** What a rule decided on an application, with the reason in Norwegian for the debtor. */
public sealed interface Vurdering {
    String grunn();

    record Avslaatt(String grunn) implements Vurdering {
    }

    record TilSaksbehandler(String grunn) implements Vurdering {
    }

    record AvtaleGodkjent(String grunn, List<Avdrag> avdrag) implements Vurdering {
        public AvtaleGodkjent {
            avdrag = List.copyOf(avdrag);
        }
    }

    /** @param nyForfallsdato the date applied for, moved to the next business day if it is not one */
    record UtsettelseGodkjent(String grunn, LocalDate nyForfallsdato) implements Vurdering {
    }
}

package no.innkreving.kravogbetalinger.application;

import java.time.LocalDate;
import no.innkreving.interest.Forsinkelsesrenter;
import no.innkreving.ledger.Kravsaldo;
import org.springframework.stereotype.Component;

/** stipulerteRenter: late-payment interest run up to today and not yet booked on the claim. */
@Component
class Renteanslag {
    private final Forsinkelsesrenter renter;

    Renteanslag(Forsinkelsesrenter renter) {
        this.renter = renter;
    }

    long stipulert(Kravsaldo saldo, LocalDate forfallsdato, LocalDate idag) {
        return forfallsdato.isBefore(idag) ? renter.paaloeptIkkeBokfoertOre(saldo.kravId(), forfallsdato) : 0;
    }
}

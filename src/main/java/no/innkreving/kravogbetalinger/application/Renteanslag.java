package no.innkreving.kravogbetalinger.application;

import java.time.LocalDate;
import no.innkreving.interest.Forsinkelsesrenter;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.Linjetype;
import no.innkreving.ledger.Rentelinje;
import org.springframework.stereotype.Component;

/**
 * stipulerteRenter as the spec defines it: the interest the law sets because the claim was not paid by its due date,
 * as of today. That is what is left of the interest already booked on the claim's late-payment interest line plus
 * what has run up since and is not yet booked, so the figure does not change when the nightly run books it.
 */
@Component
public class Renteanslag {
    private final Forsinkelsesrenter renter;

    Renteanslag(Forsinkelsesrenter renter) {
        this.renter = renter;
    }

    public static boolean erForsinkelsesrente(Linjesaldo l) {
        return l.linjetype() == Linjetype.RENTER && Rentelinje.FORSINKELSESRENTE.equals(l.rentetype());
    }

    /** @param forfallsdato the due date from which interest runs; null when the claim accrues none */
    public long stipulert(Kravsaldo saldo, LocalDate forfallsdato, LocalDate idag) {
        long bokfoertIkkeBetalt = saldo.linjer().stream().filter(Renteanslag::erForsinkelsesrente)
                .mapToLong(Linjesaldo::gjenstaaendeOre).sum();
        long ikkeBokfoert = forfallsdato != null && forfallsdato.isBefore(idag)
                ? renter.paaloeptIkkeBokfoertOre(saldo.kravId(), forfallsdato) : 0;
        return bokfoertIkkeBetalt + ikkeBokfoert;
    }
}

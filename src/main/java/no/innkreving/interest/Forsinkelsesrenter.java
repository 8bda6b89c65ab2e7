package no.innkreving.interest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.interest.domain.Forsinkelsesrente;
import no.innkreving.interest.domain.Grunnlagsendring;
import no.innkreving.interest.domain.Renteperiode;
import no.innkreving.interest.domain.Rentetabell;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Saldoer;
import org.springframework.stereotype.Component;

/** The interest module's entry point: what has run up on a claim, and booking it. */
@Component
public class Forsinkelsesrenter {
    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Rentetabell tabell;
    private final Clock clock;

    Forsinkelsesrenter(Bokfoering bokfoering, Saldoer saldoer, Clock clock) {
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.clock = clock;
        try (InputStream in = Forsinkelsesrenter.class.getResourceAsStream("/interest/forsinkelsesrente.csv")) {
            this.tabell = Rentetabell.fraCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the late-payment interest rates", e);
        }
    }

    /** Interest not yet booked, from the day after the last accrual (or after the due date) up to {@code tilOgMed}. */
    public List<Renteperiode> ikkeBokfoert(UUID kravId, LocalDate forfallsdato, LocalDate tilOgMed) {
        LocalDate fra = saldoer.renterBeregnetTil(kravId).map(d -> d.plusDays(1)).orElse(forfallsdato.plusDays(1));
        if (fra.isAfter(tilOgMed)) return List.of();
        List<Grunnlagsendring> grunnlag = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> e : saldoer.hovedstolHistorikk(kravId))
            grunnlag.add(new Grunnlagsendring(e.getKey(), e.getValue()));
        return Forsinkelsesrente.beregn(forfallsdato, grunnlag, fra, tilOgMed, tabell);
    }

    /** Interest that has run up and is not yet booked, to today: stipulerte renter in the debtor's view. */
    public long paaloeptIkkeBokfoertOre(UUID kravId, LocalDate forfallsdato) {
        return ikkeBokfoert(kravId, forfallsdato, LocalDate.now(clock)).stream().mapToLong(Renteperiode::renterOre).sum();
    }

    /** Books the interest run up to {@code tilOgMed} on the claim's interest line; returns the amount booked. */
    public long bokfoer(UUID kravId, LocalDate forfallsdato, LocalDate tilOgMed) {
        // read (what is booked, the principal's history), decide and write under the debtor's lock
        return bokfoering.forKrav(kravId, enhet -> {
            long sum = ikkeBokfoert(kravId, forfallsdato, tilOgMed).stream().mapToLong(Renteperiode::renterOre).sum();
            if (sum > 0) enhet.bokfoerForsinkelsesrente(kravId, tilOgMed, sum);
            return sum;
        });
    }
}

package no.innkreving.interest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.interest.domain.Dagtelling;
import no.innkreving.interest.domain.Forsinkelsesrente;
import no.innkreving.interest.domain.Grunnlagsendring;
import no.innkreving.interest.domain.Renteperiode;
import no.innkreving.interest.domain.Rentetabell;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The interest module's entry point: what has run up on a claim, and booking it. What a claim has borne is always
 * computed whole, from the day after the due date, and rounded once (decision 0030); booking adds (or takes back)
 * the difference to what is booked, so daily runs, a catch-up run and a late payment all end at the same øre.
 */
@Component
public class Forsinkelsesrenter {
    private static final Logger log = LoggerFactory.getLogger(Forsinkelsesrenter.class);

    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Rentetabell tabell;
    private final Dagtelling dagtelling;
    private final Clock clock;

    Forsinkelsesrenter(Bokfoering bokfoering, Saldoer saldoer, Clock clock) {
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.clock = clock;
        this.tabell = Rentetabell.fraCsv(ressurs("/interest/forsinkelsesrente.csv"));
        this.dagtelling = Dagtelling.fraCsv(ressurs("/interest/dagtelling.csv"));
    }

    private static InputStream ressurs(String navn) {
        InputStream in = Forsinkelsesrenter.class.getResourceAsStream(navn);
        if (in == null) throw new UncheckedIOException(new IOException("missing " + navn));
        return in;
    }

    /** The last day a rate is known for; interest for a later day is refused (RentesatsMangler). */
    public LocalDate satserGyldigTil() {
        return tabell.gyldigTil();
    }

    /** The interest the claim has borne from the day after its due date up to and including {@code tilOgMed}. */
    public List<Renteperiode> perioder(UUID kravId, LocalDate forfallsdato, LocalDate tilOgMed) {
        List<Grunnlagsendring> grunnlag = Grunnlagsendring.av(saldoer.hovedstolBevegelser(kravId));
        return Forsinkelsesrente.beregn(forfallsdato, grunnlag, forfallsdato.plusDays(1), tilOgMed, tabell, dagtelling);
    }

    /**
     * Interest that has run up to today and is not yet booked: stipulerte renter in the debtor's view. An estimate, so
     * it stops at the last day a rate is known rather than fail.
     */
    public long paaloeptIkkeBokfoertOre(UUID kravId, LocalDate forfallsdato) {
        LocalDate idag = LocalDate.now(clock);
        LocalDate til = idag.isAfter(tabell.gyldigTil()) ? tabell.gyldigTil() : idag;
        LocalDate bokfoertTil = saldoer.renterBeregnetTil(kravId).orElse(null);
        if (bokfoertTil != null && bokfoertTil.isAfter(til)) til = bokfoertTil;
        if (!til.isAfter(forfallsdato)) return 0;
        return Math.max(0, Forsinkelsesrente.sumOre(perioder(kravId, forfallsdato, til)) - bokfoertOre(kravId));
    }

    /**
     * Books the claim's interest up to and including {@code tilOgMed} (or the last day already booked, if later): the
     * exact interest of the whole time since the due date, rounded once, less what is booked. Less than booked (a
     * payment came in late, dated before days already booked) takes the difference back. Returns the change in øre.
     * Throws RentesatsMangler, booking nothing, for a day no rate is known for.
     */
    public long bokfoer(UUID kravId, LocalDate forfallsdato, LocalDate tilOgMed) {
        // read (what is booked, the principal's movements), decide and write under the debtor's lock (decision 0021)
        return bokfoering.forKrav(kravId, enhet -> bokfoer(enhet, kravId, forfallsdato, tilOgMed));
    }

    private long bokfoer(Bokfoeringsenhet enhet, UUID kravId, LocalDate forfallsdato, LocalDate tilOgMed) {
        LocalDate til = saldoer.renterBeregnetTil(kravId).filter(d -> d.isAfter(tilOgMed)).orElse(tilOgMed);
        if (!til.isAfter(forfallsdato)) return 0;
        long skal = Forsinkelsesrente.sumOre(perioder(kravId, forfallsdato, til));
        long endring = skal - bokfoertOre(kravId);
        if (endring > 0) {
            enhet.bokfoerForsinkelsesrente(kravId, til, endring);
            return endring;
        }
        if (endring < 0) {
            long tatt = enhet.korrigerForsinkelsesrente(kravId, til, -endring);
            if (tatt < -endring)
                log.error("Claim {}: {} øre of late-payment interest booked too much has been paid; only {} øre could be "
                        + "taken back. The rest needs a caseworker (placed on the principal or refunded)", kravId, -endring, tatt);
            return -tatt;
        }
        return 0;
    }

    /**
     * Before payments are placed: on each claim whose interest is booked past the payer's date of a payment to it, the
     * interest of the days after that date is taken back, so the payment covers the interest owed on its date and no
     * more (the allocation puts interest before principal). The next run books those days again on the lowered base.
     * Runs in the payments' unit of work, which holds the claims' debtors.
     */
    public void foerInnbetalinger(Bokfoeringsenhet enhet, Map<UUID, LocalDate> betalingsdatoPerKrav) {
        List<UUID> sene = new ArrayList<>();
        for (var e : betalingsdatoPerKrav.entrySet())
            if (saldoer.renterBeregnetTil(e.getKey()).filter(d -> d.isAfter(e.getValue())).isPresent()) sene.add(e.getKey());
        if (sene.isEmpty()) return;
        for (Kravforfall f : saldoer.forfall(sene)) {
            if (f.nummer() != 1) continue; // the claim falls due on its first due date (decision 0023)
            LocalDate dato = betalingsdatoPerKrav.get(f.kravId());
            long skal = dato.isAfter(f.forfallsdato()) ? Forsinkelsesrente.sumOre(perioder(f.kravId(), f.forfallsdato(), dato)) : 0;
            long for_mye = bokfoertOre(f.kravId()) - skal;
            if (for_mye > 0) {
                long tatt = enhet.korrigerForsinkelsesrente(f.kravId(), dato, for_mye);
                log.info("Claim {}: payment dated {} arrived after interest was booked past it; {} øre taken back", f.kravId(), dato, tatt);
            }
        }
    }

    /** Late-payment interest booked on the claim so far (its FORSINKELSESRENTE line as set, paid or not). */
    private long bokfoertOre(UUID kravId) {
        Optional<Kravsaldo> s = saldoer.saldo(kravId, LocalDate.MAX);
        return s.map(k -> k.linjer().stream().filter(l -> Rentelinje.FORSINKELSESRENTE.equals(l.rentetype()))
                .mapToLong(Kravsaldo.Linjesaldo::fastsattOre).sum()).orElse(0L);
    }
}

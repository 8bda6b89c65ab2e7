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
import no.innkreving.interest.domain.Dagtelling;
import no.innkreving.interest.domain.Forsinkelsesrente;
import no.innkreving.interest.domain.Grunnlagsendring;
import no.innkreving.interest.domain.Renteperiode;
import no.innkreving.interest.domain.Rentetabell;
import no.innkreving.ledger.Forsinkelsesrenteendring;
import no.innkreving.ledger.Forsinkelsesrentestand;
import no.innkreving.ledger.Hovedstolbevegelse;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Bokfoeringsenhet;
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
        return perioder(saldoer.hovedstolBevegelser(kravId), forfallsdato, tilOgMed);
    }

    private List<Renteperiode> perioder(List<Hovedstolbevegelse> bevegelser, LocalDate forfallsdato, LocalDate tilOgMed) {
        return Forsinkelsesrente.beregn(forfallsdato, Grunnlagsendring.av(bevegelser), forfallsdato.plusDays(1), tilOgMed,
                tabell, dagtelling);
    }

    /**
     * Interest that has run up to today and is not yet booked: stipulerte renter in the debtor's view. An estimate, so
     * it stops at the last day a rate is known rather than fail.
     */
    public long paaloeptIkkeBokfoertOre(UUID kravId, LocalDate forfallsdato) {
        LocalDate idag = LocalDate.now(clock);
        LocalDate til = idag.isAfter(tabell.gyldigTil()) ? tabell.gyldigTil() : idag;
        Forsinkelsesrentestand stand = saldoer.forsinkelsesrenter(List.of(kravId)).get(kravId);
        if (stand == null) return 0;
        if (stand.beregnetTil() != null && stand.beregnetTil().isAfter(til)) til = stand.beregnetTil();
        if (!til.isAfter(forfallsdato)) return 0;
        return Math.max(0, Forsinkelsesrente.sumOre(perioder(kravId, forfallsdato, til)) - stand.bokfoertOre());
    }

    /**
     * Books the claim's interest up to and including {@code tilOgMed} (or the last day already booked, if later): the
     * exact interest of the whole time since the due date, rounded once, less what is booked. Less than booked (a
     * payment came in late, dated before days already booked) takes the difference back. Returns the change in øre.
     * Throws RentesatsMangler, booking nothing, for a day no rate is known for.
     */
    public long bokfoer(UUID kravId, LocalDate forfallsdato, LocalDate tilOgMed) {
        // read (what is booked, the principal's movements), decide and write under the debtor's lock (decision 0021)
        return bokfoering.forKrav(kravId, enhet -> bokfoer(enhet, Map.of(kravId, forfallsdato), tilOgMed).getOrDefault(kravId, 0L));
    }

    /**
     * {@link #bokfoer(UUID, LocalDate, LocalDate)} for many claims of debtors the unit holds (a daily run's unit, decision
     * 0076): their interest and principal movements read in one query each, each claim's change decided by the same
     * rule, all booked in one write. {@code forfallsdatoPerKrav}: each claim's first due date. Answers the change booked
     * per claim (claims with none absent). One claim refused (no rate for a day) refuses the unit.
     */
    public Map<UUID, Long> bokfoer(Bokfoeringsenhet enhet, Map<UUID, LocalDate> forfallsdatoPerKrav, LocalDate tilOgMed) {
        if (forfallsdatoPerKrav.isEmpty()) return Map.of();
        Map<UUID, Forsinkelsesrentestand> stand = enhet.forsinkelsesrenter(forfallsdatoPerKrav.keySet());
        Map<UUID, List<Hovedstolbevegelse>> bevegelser = saldoer.hovedstolBevegelser(forfallsdatoPerKrav.keySet());
        List<Forsinkelsesrenteendring> endringer = new ArrayList<>();
        for (var e : forfallsdatoPerKrav.entrySet()) {
            Forsinkelsesrentestand s = stand.get(e.getKey());
            if (s == null) throw new IllegalStateException("not in the ledger: " + e.getKey());
            LocalDate forfallsdato = e.getValue();
            LocalDate til = s.beregnetTil() != null && s.beregnetTil().isAfter(tilOgMed) ? s.beregnetTil() : tilOgMed;
            if (!til.isAfter(forfallsdato)) continue;
            long skal = Forsinkelsesrente.sumOre(perioder(bevegelser.getOrDefault(e.getKey(), List.of()), forfallsdato, til));
            if (skal != s.bokfoertOre()) endringer.add(new Forsinkelsesrenteendring(e.getKey(), til, skal - s.bokfoertOre()));
        }
        Map<UUID, Long> bokfoert = enhet.bokfoerForsinkelsesrenter(endringer);
        for (Forsinkelsesrenteendring e : endringer)
            if (e.endringOre() < 0 && bokfoert.get(e.kravId()) > e.endringOre())
                log.error("Claim {}: {} øre of late-payment interest booked too much has been paid; only {} øre could be "
                        + "taken back. The rest needs a caseworker (placed on the principal or refunded)", e.kravId(),
                        -e.endringOre(), -bokfoert.get(e.kravId()));
        bokfoert.values().removeIf(v -> v == 0);
        return bokfoert;
    }

    /**
     * Before payments are placed: on each claim whose interest is booked past the payer's date of a payment to it, the
     * interest of the days after that date is taken back, so the payment covers the interest owed on its date and no
     * more (the allocation puts interest before principal). The next run books those days again on the lowered base.
     * Runs in the payments' unit of work, which holds the claims' debtors.
     */
    public void foerInnbetalinger(Bokfoeringsenhet enhet, Map<UUID, LocalDate> betalingsdatoPerKrav) {
        Map<UUID, Forsinkelsesrentestand> stand = enhet.forsinkelsesrenter(betalingsdatoPerKrav.keySet());
        List<UUID> sene = new ArrayList<>();
        for (var e : betalingsdatoPerKrav.entrySet()) {
            Forsinkelsesrentestand s = stand.get(e.getKey());
            if (s != null && s.beregnetTil() != null && s.beregnetTil().isAfter(e.getValue())) sene.add(e.getKey());
        }
        if (sene.isEmpty()) return;
        Map<UUID, List<Hovedstolbevegelse>> bevegelser = saldoer.hovedstolBevegelser(sene);
        List<Forsinkelsesrenteendring> endringer = new ArrayList<>();
        for (Kravforfall f : saldoer.forfall(sene)) {
            if (f.nummer() != 1) continue; // the claim falls due on its first due date (decision 0023)
            LocalDate dato = betalingsdatoPerKrav.get(f.kravId());
            long skal = dato.isAfter(f.forfallsdato())
                    ? Forsinkelsesrente.sumOre(perioder(bevegelser.getOrDefault(f.kravId(), List.of()), f.forfallsdato(), dato)) : 0;
            long for_mye = stand.get(f.kravId()).bokfoertOre() - skal;
            if (for_mye > 0) endringer.add(new Forsinkelsesrenteendring(f.kravId(), dato, -for_mye));
        }
        enhet.bokfoerForsinkelsesrenter(endringer).forEach((krav, tatt) -> log.info(
                "Claim {}: payment dated {} arrived after interest was booked past it; {} øre taken back", krav,
                betalingsdatoPerKrav.get(krav), -tatt));
    }
}

package no.innkreving.trekkpaalegg;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.trekkpaalegg.Trekkpaalegg.Trekkstatus;
import no.innkreving.trekkpaalegg.domain.Periodehistorikk;
import no.innkreving.trekkpaalegg.domain.Periodehistorikk.Historikk;
import no.innkreving.trekkpaalegg.persistence.TrekkpaaleggTables;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's entry point: publishes orders and their new versions in the caller's transaction (which decides and
 * records why), and reads them. Every write takes the next sequence number under a lock held to the commit (decision
 * 0044), so call a write as the transaction's last step. Rule breaches are {@link UgyldigEndring}, naming the field.
 */
@Component
@EnableConfigurationProperties(Betalingsmottaker.class)
public class Trekkpaaleggsregister {
    private final TrekkpaaleggTables tables;
    private final Clock clock;
    private final Betalingsmottaker mottaker;

    Trekkpaaleggsregister(TrekkpaaleggTables tables, Clock clock, Betalingsmottaker mottaker) {
        this.tables = tables;
        this.clock = clock;
        this.mottaker = mottaker;
    }

    /** A new case number, {@code TREKK/<year>/<n>}, n counted per year. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nyttSaksnummer(LocalDate dato) {
        return "TREKK/" + dato.getYear() + "/" + tables.nyttSaksnummer(dato.getYear());
    }

    /** Publishes a new order as version 1. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Trekkpaalegg opprett(UUID trekkid, String saksnummer, String trekkpliktig, String skyldner, String kidnummer,
                                LocalDate startdato, Trekkstoerrelse stoerrelse) {
        Historikk h = Periodehistorikk.ny(startdato, stoerrelse, idag());
        Instant naa = clock.instant();
        tables.nyttTrekk(trekkid, saksnummer, trekkpliktig, skyldner, kidnummer, naa);
        long sekvens = tables.nesteSekvensnummer();
        tables.nyVersjon(trekkid, 1, sekvens, trekkpliktig, naa, h.status(), h.perioder());
        return new Trekkpaalegg(trekkid, 1, sekvens, naa, saksnummer, trekkpliktig, skyldner, kidnummer, h.status(), h.perioder());
    }

    /** A new size from {@code startdato} (tomorrow at the earliest), in a new version. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Trekkpaalegg endre(UUID trekkid, LocalDate startdato, Trekkstoerrelse stoerrelse) {
        Trekkpaalegg siste = laastSiste(trekkid);
        return publiser(siste, Periodehistorikk.endre(siste.perioder(), siste.trekkstatus(), startdato, stoerrelse, idag()));
    }

    /** Checks a change as {@link #endre} would, writing nothing; throws {@link UgyldigEndring} when it breaks a rule. */
    public void kanEndres(UUID trekkid, LocalDate startdato, Trekkstoerrelse stoerrelse) {
        Trekkpaalegg siste = tables.siste(trekkid).orElseThrow(() -> new UgyldigEndring("trekkid", "Ukjent trekkid " + trekkid));
        Periodehistorikk.endre(siste.perioder(), siste.trekkstatus(), startdato, stoerrelse, idag());
    }

    /** Ends the order today, in a new version with status {@code avsluttet}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Trekkpaalegg avslutt(UUID trekkid) {
        Trekkpaalegg siste = laastSiste(trekkid);
        return publiser(siste, Periodehistorikk.avslutt(siste.perioder(), siste.trekkstatus(), idag()));
    }

    /** The rest is less than a month's deduction: a final fixed amount from tomorrow, then closed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Trekkpaalegg sluttbeloep(UUID trekkid, long restOre) {
        Trekkpaalegg siste = laastSiste(trekkid);
        return publiser(siste, Periodehistorikk.sluttbeloep(siste.perioder(), siste.trekkstatus(), restOre, idag()));
    }

    public Optional<Trekkpaalegg> siste(UUID trekkid) {
        return tables.siste(trekkid);
    }

    public Optional<Trekkpaalegg> versjon(UUID trekkid, int trekkversjon) {
        return tables.versjon(trekkid, trekkversjon);
    }

    /** Every version of the order, oldest first. */
    public List<Trekkpaalegg> versjoner(UUID trekkid) {
        return tables.versjoner(trekkid);
    }

    /** The payer's orders in their latest versions with sekvensnummer above {@code fra}, ascending, at most {@code maks}. */
    public List<Trekkpaalegg> forTrekkpliktig(String trekkpliktig, long fra, int maks) {
        return tables.forTrekkpliktig(trekkpliktig, fra, maks);
    }

    public Betalingsmottaker betalingsmottaker() {
        return mottaker;
    }

    private Trekkpaalegg laastSiste(UUID trekkid) {
        if (!tables.laas(trekkid)) throw new UgyldigEndring("trekkid", "Ukjent trekkid " + trekkid);
        return tables.siste(trekkid).orElseThrow();
    }

    private Trekkpaalegg publiser(Trekkpaalegg forrige, Historikk h) {
        Instant naa = clock.instant();
        int versjon = forrige.trekkversjon() + 1;
        long sekvens = tables.nesteSekvensnummer();
        tables.nyVersjon(forrige.trekkid(), versjon, sekvens, forrige.trekkpliktig(), naa, h.status(), h.perioder());
        return new Trekkpaalegg(forrige.trekkid(), versjon, sekvens, naa, forrige.saksnummer(), forrige.trekkpliktig(),
                forrige.skyldner(), forrige.kidnummer(), h.status(), h.perioder());
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }
}

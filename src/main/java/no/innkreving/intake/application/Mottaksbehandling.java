package no.innkreving.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.intake.domain.AsynkronKontroll;
import no.innkreving.intake.domain.Mottaksstatus;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import no.innkreving.intake.domain.Valideringsfeil;
import no.innkreving.intake.persistence.IntakeTables;
import no.innkreving.intake.persistence.IntakeTables.Feilrad;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.KravTilBokfoering;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.parties.Register;
import no.innkreving.platform.time.Dagensarbeid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The asynchronous step after 201: checks the debtor in the registers and either books the claim in the ledger
 * (RESKONTROFOERT) or records why not (VALIDERINGSFEIL). Works in batches claimed with FOR UPDATE SKIP LOCKED, so
 * any number of app nodes share the work; status and booking commit together, so a crash redoes the batch.
 */
@Component
public class Mottaksbehandling implements SmartLifecycle, Dagensarbeid {
    private static final Logger log = LoggerFactory.getLogger(Mottaksbehandling.class);

    private final IntakeTables tables;
    private final Register register;
    private final Bokfoering bokfoering;
    private final ClaimTypeCatalogue katalog;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batch;
    private final Semaphore signal = new Semaphore(0);
    private final ReentrantLock enAvGangen = new ReentrantLock();
    /** Claims whose booking threw in this process: kept aside so one bad claim does not stop the rest. */
    private final Set<UUID> karantene = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread arbeider;

    Mottaksbehandling(IntakeTables tables, Register register, Bokfoering bokfoering, ClaimTypeCatalogue katalog,
                      TransactionTemplate tx, Clock clock, @Value("${innkreving.mottak.batch:500}") int batch) {
        this.tables = tables;
        this.register = register;
        this.bokfoering = bokfoering;
        this.katalog = katalog;
        this.tx = tx;
        this.clock = clock;
        this.batch = batch;
    }

    /** A new claim is waiting: wake the worker now rather than at its next poll. */
    public void varsle() {
        if (signal.availablePermits() == 0) signal.release();
    }

    /** The claims received so far are decided now (the demo clock, before it leaves the day). */
    @Override
    public void fullfoerVentende() {
        while (behandleNeste() > 0) {
            // until none waits
        }
    }

    /**
     * Processes one batch; returns how many claims it decided. Public for tests that step it by hand. One batch at a
     * time (the worker and fullfoerVentende), so a caller that finds none waiting knows none is half-done either.
     */
    public int behandleNeste() {
        enAvGangen.lock();
        try {
            return behandleNesteBatch();
        } finally {
            enAvGangen.unlock();
        }
    }

    private int behandleNesteBatch() {
        try {
            Integer n = tx.execute(s -> behandle(tables.ventende(batch)));
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            log.error("Mottaksbehandling feilet for en batch; prøver kravene ett og ett", e);
            return behandleEnkeltvis();
        }
    }

    private int behandleEnkeltvis() {
        int n = 0;
        for (int i = 0; i < batch; i++) {
            try {
                Integer r = tx.execute(s -> {
                    List<Oppdragstilstand> en = tables.ventende(1 + karantene.size()).stream()
                            .filter(o -> !karantene.contains(o.kravidentifikator())).limit(1).toList();
                    if (en.isEmpty()) return -1;
                    try {
                        return behandle(en);
                    } catch (RuntimeException e) {
                        karantene.add(en.get(0).kravidentifikator());
                        log.error("Kravidentifikator={} kunne ikke behandles og er satt til side til omstart", en.get(0).kravidentifikator(), e);
                        s.setRollbackOnly();
                        return 0;
                    }
                });
                if (r == null || r < 0) break;
                n += r;
            } catch (RuntimeException e) {
                log.error("Mottaksbehandling feilet", e);
                break;
            }
        }
        return n;
    }

    private int behandle(List<Oppdragstilstand> alle) {
        List<Oppdragstilstand> ventende = alle.stream().filter(o -> !karantene.contains(o.kravidentifikator())).toList();
        if (ventende.isEmpty()) return 0;
        List<String> personer = ventende.stream().filter(o -> o.skyldnerType() == Identifikatortype.PERSON).map(Oppdragstilstand::skyldner).toList();
        List<String> enheter = ventende.stream().filter(o -> o.skyldnerType() == Identifikatortype.ORGANISASJON).map(Oppdragstilstand::skyldner).toList();
        Map<String, Register.PersonOppslag> personOppslag = personer.isEmpty() ? Map.of() : register.personer(personer);
        Map<String, Register.EnhetOppslag> enhetOppslag = enheter.isEmpty() ? Map.of() : register.enheter(enheter);

        List<KravTilBokfoering> bokfoeres = new ArrayList<>();
        List<UUID> godkjent = new ArrayList<>();
        List<UUID> avvist = new ArrayList<>();
        List<Feilrad> feil = new ArrayList<>();
        for (Oppdragstilstand o : ventende) {
            boolean avvisDoed = katalog.kravtype(o.kravtype()).map(Kravtype::avvisDoedSkyldner).orElse(false);
            List<Valideringsfeil> f = o.skyldnerType() == Identifikatortype.PERSON
                    ? AsynkronKontroll.person(o.skyldner(), personOppslag.get(o.skyldner()), avvisDoed)
                    : AsynkronKontroll.organisasjon(o.skyldner(), enhetOppslag.get(o.skyldner()));
            if (f.isEmpty()) {
                godkjent.add(o.kravidentifikator());
                bokfoeres.add(new KravTilBokfoering(o.kravidentifikator(), o.skyldner(), o.skyldnerType().name(), o.oppdragsgiver(),
                        o.kravtype(), o.fastsettelsesdato(),
                        o.foreldelsesfristensUtgangspunkt() != null ? o.foreldelsesfristensUtgangspunkt() : o.fastsettelsesdato(),
                        o.hovedstolOre(), o.renter().stream().map(r -> new Rentelinje(r.beloepOre(), r.renterIlagtDato(), r.rentetype())).toList()));
            } else {
                avvist.add(o.kravidentifikator());
                for (int i = 0; i < f.size(); i++) feil.add(new Feilrad(o.kravidentifikator(), i, f.get(i)));
            }
        }
        Instant naa = clock.instant();
        bokfoering.bokfoer(bokfoeres);
        tables.settStatus(godkjent, Mottaksstatus.RESKONTROFOERT, naa);
        tables.settStatus(avvist, Mottaksstatus.VALIDERINGSFEIL, naa);
        tables.settInnValideringsfeil(feil);
        return ventende.size();
    }

    private void loekke() {
        while (running) {
            try {
                int n = behandleNeste();
                if (n == 0) {
                    signal.tryAcquire(250, TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Mottaksbehandling feilet; venter ett sekund", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        arbeider = Thread.ofPlatform().name("mottaksbehandling").daemon().start(this::loekke);
    }

    @Override
    public void stop() {
        running = false;
        if (arbeider != null) {
            arbeider.interrupt();
            try {
                arbeider.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

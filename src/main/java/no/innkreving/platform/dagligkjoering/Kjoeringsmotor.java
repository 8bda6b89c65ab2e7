package no.innkreving.platform.dagligkjoering;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.platform.parallelt.Parallelt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one engine every daily job runs on (ARCHITECTURE.md, decision 0035). A run is a row for (job, date) with its
 * units (each up to the job's {@link DagligJobb#enhetsstoerrelse} debtors, decision 0070); a worker claims one unit at
 * a time with {@code FOR UPDATE SKIP LOCKED}, does it and marks it done in the same transaction. So a run killed halfway and started again does each unit once, and two instances on one
 * database share a run's units without doing any twice. The last worker to find nothing left closes the run.
 */
@Component
public class Kjoeringsmotor {
    private static final Logger log = LoggerFactory.getLogger(Kjoeringsmotor.class);
    private static final long LOGG_HVERT_MS = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int arbeidere;
    private final ExecutorService hjelpere;

    Kjoeringsmotor(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                   @Value("${innkreving.dagligkjoering.arbeidere:2}") int arbeidere) {
        if (arbeidere < 1) throw new IllegalArgumentException("innkreving.dagligkjoering.arbeidere must be at least 1");
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.arbeidere = arbeidere;
        this.hjelpere = Executors.newFixedThreadPool(Math.max(1, arbeidere - 1), r -> {
            Thread t = new Thread(r, "daglig-kjoering-hjelper");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stopp() {
        hjelpere.shutdownNow();
    }

    /**
     * The job's run for the date, unless one is done already (the nightly trigger, catch-up, the demo clock): resumes
     * an unfinished run (another instance's, or one killed halfway), or starts one. Empty when the date is done.
     */
    public Optional<Kjoering> kjoerOmIkkeGjort(DagligJobb jobb, LocalDate dato) {
        UUID id = aapne(jobb, dato, false);
        if (id == null) return Optional.empty();
        return Optional.of(arbeidSammen(jobb, id));
    }

    /** A run for the date even when one is done (an operator's or a test's rerun: each job's work is idempotent). */
    public Kjoering kjoerPaaNytt(DagligJobb jobb, LocalDate dato) {
        return arbeidSammen(jobb, aapne(jobb, dato, true));
    }

    /**
     * This instance's workers ({@code innkreving.dagligkjoering.arbeidere}, default 2: the app and the database each
     * get a core while the other waits) on the run until no unit is left, as two instances would share it (decision
     * 0072). A unit that fails in one worker is left by all of this instance's workers until the run's next start.
     */
    private Kjoering arbeidSammen(DagligJobb jobb, UUID kjoeringId) {
        Set<Integer> feilet = ConcurrentHashMap.newKeySet();
        int totalt = kjoering(kjoeringId).enheterTotalt();
        int n = Math.max(1, Math.min(arbeidere, totalt));
        // each worker starts in its own stretch of the run: neighbouring units share ledger lock groups (the jobs order
        // their debtors by group), so workers on neighbouring units would wait for each other's locks
        List<Future<Kjoering>> andre = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int fra = 1 + i * totalt / n, til = 1 + (i + 1) * totalt / n;
            andre.add(hjelpere.submit(() -> arbeid(jobb, kjoeringId, Integer.MAX_VALUE, feilet, fra, til)));
        }
        Kjoering k = arbeid(jobb, kjoeringId, Integer.MAX_VALUE, feilet, 1, 1 + totalt / n);
        Parallelt.ventPaaAlle(andre, "waiting for the run's workers");
        // a helper may have closed the run after this worker looked
        return andre.isEmpty() ? k : kjoering(kjoeringId);
    }

    /** How far back a start catches up missed dates; older ones need an operator. */
    static final int INNHENTING_MAKS_DAGER = 31;

    /**
     * Catch-up on start: each job's runs for the dates after its last finished run up to {@code tilOgMed} (only that
     * date for a job never run; at most {@link #INNHENTING_MAKS_DAGER} back), date by date, the jobs of a date in
     * their order. A job whose run fails or is left unfinished runs no later date, so its dates stay in order.
     */
    public List<Kjoering> taIgjen(List<DagligJobb> jobber, LocalDate tilOgMed) {
        LocalDate grense = tilOgMed.minusDays(INNHENTING_MAKS_DAGER - 1);
        java.util.Map<String, LocalDate> fra = new java.util.HashMap<>();
        for (DagligJobb j : jobber) {
            LocalDate f = sisteFullfoerte(j.navn()).map(d -> d.plusDays(1)).orElse(tilOgMed);
            if (f.isBefore(grense)) {
                log.warn("Daily job {}: last done {}, catching up only from {}", j.navn(), f.minusDays(1), grense);
                f = grense;
            }
            fra.put(j.navn(), f);
        }
        LocalDate start = fra.values().stream().min(LocalDate::compareTo).orElse(tilOgMed);
        List<Kjoering> kjoert = new ArrayList<>();
        java.util.Set<String> stanset = new java.util.HashSet<>();
        for (LocalDate d = start; !d.isAfter(tilOgMed); d = d.plusDays(1)) {
            for (DagligJobb j : iRekkefoelge(jobber)) {
                if (stanset.contains(j.navn()) || d.isBefore(fra.get(j.navn()))) continue;
                try {
                    Optional<Kjoering> k = kjoerOmIkkeGjort(j, d);
                    k.ifPresent(kjoert::add);
                    if (k.isPresent() && !k.get().erFerdig()) stanset.add(j.navn());
                } catch (KjoeringNektet e) {
                    log.error("Daily job {} for {} refused; its later dates wait for the next start: {}", j.navn(), d, e.getMessage());
                    stanset.add(j.navn());
                } catch (RuntimeException e) {
                    log.error("Daily job {} for {} failed; its later dates wait for the next start", j.navn(), d, e);
                    stanset.add(j.navn());
                }
            }
        }
        return kjoert;
    }

    /**
     * Every job's run for the date, in their order (the demo clock, day by day). A job that fails is logged and its
     * reason added to {@code feil}; the other jobs of the date still run.
     */
    public List<Kjoering> kjoerDato(List<DagligJobb> jobber, LocalDate dato, List<String> feil) {
        List<Kjoering> kjoert = new ArrayList<>();
        for (DagligJobb j : iRekkefoelge(jobber)) {
            try {
                kjoerOmIkkeGjort(j, dato).ifPresent(kjoert::add);
            } catch (KjoeringNektet e) {
                log.error("Daily job {} for {} refused: {}", j.navn(), dato, e.getMessage());
                feil.add(dato + " " + j.navn() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                log.error("Daily job {} for {} failed", j.navn(), dato, e);
                feil.add(dato + " " + j.navn() + ": " + e.getMessage());
            }
        }
        return kjoert;
    }

    private static List<DagligJobb> iRekkefoelge(List<DagligJobb> jobber) {
        return jobber.stream().sorted(java.util.Comparator.comparingInt(DagligJobb::rekkefoelge).thenComparing(DagligJobb::navn)).toList();
    }

    /** The last date the job has a finished run for. */
    public Optional<LocalDate> sisteFullfoerte(String jobb) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(dato) from daglig_kjoering where jobb = ? and status = 'FERDIG'", LocalDate.class, jobb));
    }

    /** The latest runs, newest first. */
    public List<Kjoering> kjoeringer(int antall) {
        return jdbc.query(SELECT + " order by k.startet desc, k.kjoering_id desc limit ?", (rs, n) -> kjoering(rs), antall);
    }

    public Kjoering kjoering(UUID id) {
        return jdbc.query(SELECT + " where k.kjoering_id = ?", (rs, n) -> kjoering(rs), id).getFirst();
    }

    /**
     * The unfinished run of (job, date) to join, or a new one with its units; null when {@code paaNytt} is false and a
     * finished run exists. Under a lock per job, so two instances starting at once make one run.
     */
    UUID aapne(DagligJobb jobb, LocalDate dato, boolean paaNytt) {
        return tx.execute(s -> {
            jdbc.query("select pg_advisory_xact_lock(hashtext('daglig_kjoering'), hashtext(?))", rs -> null, jobb.navn());
            List<UUID> aapen = jdbc.queryForList("select kjoering_id from daglig_kjoering where jobb = ? and dato = ? and status = 'PAAGAAR'",
                    UUID.class, jobb.navn(), dato);
            if (!aapen.isEmpty()) {
                log.info("Daily run {} for {}: resuming run {}", jobb.navn(), dato, aapen.getFirst());
                return aapen.getFirst();
            }
            if (!paaNytt && Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from daglig_kjoering where jobb = ? and dato = ? and status = 'FERDIG')",
                    Boolean.class, jobb.navn(), dato))) return null;
            List<String> noekler = jobb.enheter(dato);
            int stoerrelse = Math.max(1, jobb.enhetsstoerrelse());
            int enheter = (noekler.size() + stoerrelse - 1) / stoerrelse;
            UUID id = Tidsordnet.uuid();
            jdbc.update("insert into daglig_kjoering (kjoering_id, jobb, dato, status, enheter, startet) values (?, ?, ?, 'PAAGAAR', ?, ?)",
                    id, jobb.navn(), dato, enheter, Timestamp.from(clock.instant()));
            // consecutive keys in the job's order make a unit
            jdbc.update("""
                    insert into daglig_enhet (kjoering_id, nr, noekler)
                    select ?, g + 1, array_agg(k order by n)
                    from (select k, n, (n - 1) / ? g from unnest(?::text[]) with ordinality as u(k, n)) x group by g""",
                    id, stoerrelse, noekler.toArray(new String[0]));
            log.info("Daily run {} for {}: started run {} with {} keys in {} units", jobb.navn(), dato, id, noekler.size(), enheter);
            return id;
        });
    }

    /**
     * Works on the run until no unit is left to claim or {@code maks} units are done (tests stop halfway with it);
     * then closes the run if every unit is done. A unit that fails is rolled back; one of several keys is split into
     * units of one key, done in turn; one of one key keeps its reason and is left for the run's next start; this
     * worker goes on with the others.
     */
    Kjoering arbeid(DagligJobb jobb, UUID kjoeringId, int maks) {
        return arbeid(jobb, kjoeringId, maks, ConcurrentHashMap.newKeySet(), 1, Integer.MAX_VALUE);
    }

    /**
     * Takes the units numbered {@code fra} (inclusive) to {@code til} first, in order; then the others from the end
     * down, away from the workers that go up through theirs.
     */
    private Kjoering arbeid(DagligJobb jobb, UUID kjoeringId, int maks, Set<Integer> feilet, int fra, int til) {
        Kjoering k = kjoering(kjoeringId);
        int gjort = 0;
        long sistLogget = System.currentTimeMillis();
        while (gjort < maks) {
            int[] nr = {-1};
            try {
                Boolean fant = tx.execute(s -> {
                    List<Object[]> enhet = jdbc.query("""
                                    select nr, noekler from daglig_enhet where kjoering_id = ? and not ferdig and nr <> all(?::int[])
                                    order by (nr >= ? and nr < ?) desc, case when nr >= ? and nr < ? then nr else -nr end
                                    limit 1 for update skip locked""",
                            (rs, n) -> new Object[]{rs.getInt(1), List.of((String[]) rs.getArray(2).getArray())},
                            kjoeringId, feilet.toArray(new Integer[0]), fra, til, fra, til);
                    if (enhet.isEmpty()) return false;
                    nr[0] = (Integer) enhet.getFirst()[0];
                    @SuppressWarnings("unchecked")
                    List<String> noekler = (List<String>) enhet.getFirst()[1];
                    int antall;
                    try {
                        antall = jobb.behandle(k.dato(), noekler);
                    } catch (RuntimeException e) {
                        feilet.add(nr[0]); // before the rollback frees the unit, so no other worker here takes it
                        throw e;
                    }
                    jdbc.update("update daglig_enhet set ferdig = true, antall = ?, feil = null where kjoering_id = ? and nr = ?",
                            antall, kjoeringId, nr[0]);
                    return true;
                });
                if (!Boolean.TRUE.equals(fant)) break;
                gjort++;
            } catch (RuntimeException e) {
                if (nr[0] < 0) throw e;
                int enkeltvis = delOpp(kjoeringId, nr[0]);
                if (enkeltvis > 0) {
                    // one debtor's fault must not hold back the unit's others: each is tried again on its own
                    feilet.remove(nr[0]);
                    log.error("Daily run {} for {}: unit {} failed, rolled back and split into {} units of one key each",
                            jobb.navn(), k.dato(), nr[0], enkeltvis, e);
                    continue;
                }
                feilet.add(nr[0]);
                log.error("Daily run {} for {}: unit {} failed, rolled back, left for the run's next start", jobb.navn(), k.dato(), nr[0], e);
                jdbc.update("update daglig_enhet set feil = ? where kjoering_id = ? and nr = ?", String.valueOf(e), kjoeringId, nr[0]);
            }
            if (System.currentTimeMillis() - sistLogget >= LOGG_HVERT_MS) {
                sistLogget = System.currentTimeMillis();
                Kjoering naa = kjoering(kjoeringId);
                log.info("Daily run {} for {}: {}/{} units done", jobb.navn(), k.dato(), naa.enheterFerdig(), naa.enheterTotalt());
            }
        }
        if (gjort < maks) {
            int lukket = jdbc.update("""
                    update daglig_kjoering set status = 'FERDIG', ferdig = ? where kjoering_id = ? and status = 'PAAGAAR'
                    and not exists (select 1 from daglig_enhet where kjoering_id = ? and not ferdig)""",
                    Timestamp.from(clock.instant()), kjoeringId, kjoeringId);
            Kjoering slutt = kjoering(kjoeringId);
            if (lukket == 1) log.info("Daily run {} for {} done: {} units, {} items, in {} ms", jobb.navn(), k.dato(),
                    slutt.enheterTotalt(), slutt.antall(), slutt.varighet(clock.instant()).toMillis());
            else if (!feilet.isEmpty()) log.warn("Daily run {} for {} not done: {} of {} units failed", jobb.navn(), k.dato(),
                    slutt.enheterFeilet(), slutt.enheterTotalt());
            return slutt;
        }
        return kjoering(kjoeringId);
    }

    /**
     * Replaces a failed unit of several keys by units of one key each, numbered after the run's last, so the keys that
     * can be done are done this run and only the failing one waits (decision 0070). Answers how many units it made, 0
     * when the unit has one key, or is done or gone (another instance's worker did or split it meanwhile). Under the
     * run's row lock, so two workers splitting at once number their units apart.
     */
    private int delOpp(UUID kjoeringId, int nr) {
        Integer n = tx.execute(s -> {
            jdbc.query("select 1 from daglig_kjoering where kjoering_id = ? for update", rs -> null, kjoeringId);
            List<String[]> enhet = jdbc.query("select noekler from daglig_enhet where kjoering_id = ? and nr = ? and not ferdig for update",
                    (rs, i) -> (String[]) rs.getArray(1).getArray(), kjoeringId, nr);
            if (enhet.isEmpty() || enhet.getFirst().length < 2) return 0;
            String[] noekler = enhet.getFirst();
            jdbc.update("""
                    insert into daglig_enhet (kjoering_id, nr, noekler)
                    select ?, (select max(nr) from daglig_enhet where kjoering_id = ?) + n, array[k]
                    from unnest(?::text[]) with ordinality as u(k, n)""", kjoeringId, kjoeringId, noekler);
            jdbc.update("delete from daglig_enhet where kjoering_id = ? and nr = ?", kjoeringId, nr);
            jdbc.update("update daglig_kjoering set enheter = enheter + ? where kjoering_id = ?", noekler.length - 1, kjoeringId);
            return noekler.length;
        });
        return n == null ? 0 : n;
    }

    private static final String SELECT = """
            select k.kjoering_id, k.jobb, k.dato, k.status, k.enheter, k.startet, k.ferdig,
                   (select count(*) from daglig_enhet e where e.kjoering_id = k.kjoering_id and e.ferdig),
                   (select count(*) from daglig_enhet e where e.kjoering_id = k.kjoering_id and not e.ferdig and e.feil is not null),
                   (select coalesce(sum(e.antall), 0) from daglig_enhet e where e.kjoering_id = k.kjoering_id),
                   (select coalesce(sum(cardinality(e.noekler)), 0) from daglig_enhet e where e.kjoering_id = k.kjoering_id)
            from daglig_kjoering k""";

    private static Kjoering kjoering(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp ferdig = rs.getTimestamp(7);
        Instant slutt = ferdig == null ? null : ferdig.toInstant();
        return new Kjoering(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getInt(5), rs.getInt(8), rs.getInt(9), rs.getLong(10), rs.getLong(11), rs.getTimestamp(6).toInstant(), slutt);
    }
}

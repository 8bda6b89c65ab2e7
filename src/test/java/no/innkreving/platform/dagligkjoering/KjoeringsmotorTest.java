package no.innkreving.platform.dagligkjoering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.innkreving.InnkrevingApplication;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The daily-run engine against the real database: each unit once, restartable, shared by two workers. */
class KjoeringsmotorTest extends ApiTestBase {
    private static final LocalDate DATO = LocalDate.of(2026, 5, 4);

    @Autowired
    Kjoeringsmotor motor;

    @BeforeEach
    void logg() {
        jdbc.execute("create table if not exists test_daglig_logg (jobb text not null, enhet text not null)");
    }

    /** A job whose units write a row in the unit's transaction: the rows show which units' work was committed. */
    private final class Testjobb implements DagligJobb {
        final String navn = unik("testjobb");
        final List<String> enheter;
        final Set<String> feilEnGang = ConcurrentHashMap.newKeySet();
        final Set<String> feilAlltid = ConcurrentHashMap.newKeySet();
        final int stoerrelse;

        Testjobb(int antall) {
            this(antall, 1);
        }

        Testjobb(int antall, int stoerrelse) {
            enheter = IntStream.rangeClosed(1, antall).mapToObj(i -> "skyldner-" + i).toList();
            this.stoerrelse = stoerrelse;
        }

        @Override
        public int enhetsstoerrelse() {
            return stoerrelse;
        }

        @Override
        public String navn() {
            return navn;
        }

        @Override
        public int rekkefoelge() {
            return 0;
        }

        @Override
        public List<String> enheter(LocalDate dato) {
            return enheter;
        }

        @Override
        public int behandle(LocalDate dato, String enhet) {
            jdbc.update("insert into test_daglig_logg values (?, ?)", navn, enhet);
            // a crash after the unit's work is written, before it commits: the work is rolled back with it
            if (feilEnGang.remove(enhet)) throw new IllegalStateException("killed in " + enhet);
            if (feilAlltid.contains(enhet)) throw new IllegalStateException("bad data in " + enhet);
            return 2;
        }

        Map<String, Integer> gjort() {
            Map<String, Integer> m = new java.util.TreeMap<>();
            jdbc.query("select enhet, count(*) from test_daglig_logg where jobb = ? group by enhet",
                    rs -> { m.put(rs.getString(1), rs.getInt(2)); }, navn);
            return m;
        }

        Map<String, Integer> hverEnGang() {
            Map<String, Integer> m = new java.util.TreeMap<>();
            enheter.forEach(e -> m.put(e, 1));
            return m;
        }
    }

    @Test
    void en_kjoering_gjoer_hver_enhet_en_gang_og_en_dato_bare_en_gang() {
        Testjobb jobb = new Testjobb(25);
        Kjoering k = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow();
        assertThat(k.erFerdig()).isTrue();
        assertThat(k.enheterTotalt()).isEqualTo(25);
        assertThat(k.enheterFerdig()).isEqualTo(25);
        assertThat(k.antall()).isEqualTo(50); // 2 items a unit
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());

        assertThat(motor.kjoerOmIkkeGjort(jobb, DATO)).isEmpty(); // the nightly trigger again, or catch-up: nothing
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
        assertThat(motor.sisteFullfoerte(jobb.navn())).contains(DATO);
    }

    @Test
    void en_avbrutt_kjoering_startet_igjen_gir_det_samme_som_en_ren_kjoering() {
        Testjobb jobb = new Testjobb(20);
        UUID id = motor.aapne(jobb, DATO, false);
        Kjoering halv = motor.arbeid(jobb, id, 7); // the instance dies after 7 units
        assertThat(halv.erFerdig()).isFalse();
        assertThat(halv.enheterFerdig()).isEqualTo(7);

        Kjoering k = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow(); // the next start resumes the same run
        assertThat(k.kjoeringId()).isEqualTo(id);
        assertThat(k.erFerdig()).isTrue();
        assertThat(k.enheterFerdig()).isEqualTo(20);
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
    }

    /**
     * Decision 0070: a unit of many debtors is one transaction: when it fails, none of its debtors' work stays; it is
     * split into units of one debtor each, done in turn, so the one that failed does not hold back the others.
     */
    @Test
    void en_enhet_med_mange_skyldnere_gjoeres_helt_eller_ikke_og_deles_opp_naar_den_feiler() {
        Testjobb jobb = new Testjobb(23, 5);
        jobb.feilEnGang.add("skyldner-14"); // the third unit (11-15) fails after its first three debtors' work
        UUID id = motor.aapne(jobb, DATO, false);
        Kjoering halv = motor.arbeid(jobb, id, 3); // the instance dies after 3 units done: 1, 2 and 4
        assertThat(halv.enheterTotalt()).isEqualTo(9); // 5, less the failed one, plus its 5 debtors one by one
        assertThat(halv.noekler()).isEqualTo(23);
        assertThat(halv.enheterFerdig()).isEqualTo(3);
        assertThat(halv.enheterFeilet()).isZero();
        assertThat(jobb.gjort()).hasSize(15).doesNotContainKeys("skyldner-11", "skyldner-12", "skyldner-13", "skyldner-21");

        Kjoering k = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow(); // the next start, with both workers
        assertThat(k.erFerdig()).isTrue();
        assertThat(k.enheterFerdig()).isEqualTo(9);
        assertThat(k.antall()).isEqualTo(46);
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
    }

    /** A debtor whose work always fails (bad data) stops only itself: the 11 others of its units are done today. */
    @Test
    void en_skyldner_som_alltid_feiler_holder_bare_seg_selv_tilbake() {
        Testjobb jobb = new Testjobb(12, 6);
        jobb.feilAlltid.add("skyldner-8");
        Kjoering k = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow();
        assertThat(k.erFerdig()).isFalse();
        assertThat(k.noekler()).isEqualTo(12);
        assertThat(k.enheterTotalt()).isEqualTo(7); // 1-6, and 7-12 split into six
        assertThat(k.enheterFerdig()).isEqualTo(6);
        assertThat(k.enheterFeilet()).isEqualTo(1);
        Map<String, Integer> uten8 = jobb.hverEnGang();
        uten8.remove("skyldner-8");
        assertThat(jobb.gjort()).isEqualTo(uten8);
        assertThat(jdbc.queryForObject("select feil from daglig_enhet where kjoering_id = ? and noekler = array['skyldner-8']",
                String.class, k.kjoeringId())).contains("bad data in skyldner-8");

        jobb.feilAlltid.clear(); // the data is mended: the run's next start does the one left
        Kjoering igjen = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow();
        assertThat(igjen.erFerdig()).isTrue();
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
    }

    @Test
    void en_enhet_som_feiler_rulles_tilbake_og_gjoeres_naar_kjoeringen_fortsetter() {
        Testjobb jobb = new Testjobb(5);
        jobb.feilEnGang.add("skyldner-3");
        Kjoering k = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow();
        assertThat(k.erFerdig()).isFalse();
        assertThat(k.enheterFerdig()).isEqualTo(4);
        assertThat(k.enheterFeilet()).isEqualTo(1);
        assertThat(jobb.gjort()).doesNotContainKey("skyldner-3"); // its row went with the rollback

        Kjoering igjen = motor.kjoerOmIkkeGjort(jobb, DATO).orElseThrow();
        assertThat(igjen.erFerdig()).isTrue();
        assertThat(igjen.enheterFeilet()).isZero();
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
    }

    @Test
    void to_instanser_deler_en_kjoering_uten_aa_gjoere_noen_enhet_to_ganger() throws Exception {
        Testjobb jobb = new Testjobb(300);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Kjoering>>> svar = new ArrayList<>();
            for (int i = 0; i < 2; i++) svar.add(pool.submit(() -> {
                start.await();
                return motor.kjoerOmIkkeGjort(jobb, DATO);
            }));
            for (Future<Optional<Kjoering>> f : svar) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
        // one run for the date, done, whichever worker closed it
        List<Kjoering> kjoeringer = motor.kjoeringer(1000).stream().filter(k -> k.jobb().equals(jobb.navn())).toList();
        assertThat(kjoeringer).singleElement().satisfies(k -> {
            assertThat(k.erFerdig()).isTrue();
            assertThat(k.enheterFerdig()).isEqualTo(300);
        });
    }

    /** Two application contexts on one database, as two app instances: each unit still once. */
    @Test
    void to_applikasjonskontekster_paa_en_database_deler_en_kjoering() throws Exception {
        Testjobb jobb = new Testjobb(300);
        // the second instance finds the running embedded database of this JVM and the migrations applied
        try (var annen = new SpringApplicationBuilder(InnkrevingApplication.class).profiles("demo", "test")
                .run("--server.port=0")) { // an argument: application.yml's port would win over a default property
            Kjoeringsmotor annenMotor = annen.getBean(Kjoeringsmotor.class);
            assertThat(annenMotor).isNotSameAs(motor);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Optional<Kjoering>>> svar = new ArrayList<>();
                for (Kjoeringsmotor m : List.of(motor, annenMotor)) svar.add(pool.submit(() -> {
                    start.await();
                    return m.kjoerOmIkkeGjort(jobb, DATO);
                }));
                for (Future<Optional<Kjoering>> f : svar) f.get();
            } finally {
                pool.shutdown();
            }
        }
        assertThat(jobb.gjort()).isEqualTo(jobb.hverEnGang());
        assertThat(motor.kjoeringer(1000).stream().filter(k -> k.jobb().equals(jobb.navn())))
                .singleElement().satisfies(k -> assertThat(k.erFerdig()).isTrue());
    }

    @Test
    void innhenting_kjoerer_glemte_datoer_i_rekkefoelge_fra_siste_fullfoerte() {
        Testjobb a = new Testjobb(2);
        Testjobb b = new Testjobb(2);
        List<String> rekkefoelge = new java.util.concurrent.CopyOnWriteArrayList<>();
        DagligJobb bFoerst = new DagligJobb() { // b's order is lower, so it runs first each date
            public String navn() { return b.navn(); }
            public int rekkefoelge() { return -1; }
            public List<String> enheter(LocalDate d) { return b.enheter(d); }
            public int behandle(LocalDate d, String e) { rekkefoelge.add(d + " b"); return b.behandle(d, e); }
        };
        DagligJobb aEtter = new DagligJobb() {
            public String navn() { return a.navn(); }
            public int rekkefoelge() { return 0; }
            public List<String> enheter(LocalDate d) { return a.enheter(d); }
            public int behandle(LocalDate d, String e) { rekkefoelge.add(d + " a"); return a.behandle(d, e); }
        };
        motor.kjoerOmIkkeGjort(aEtter, DATO.minusDays(2)); // a last ran two days ago
        motor.kjoerOmIkkeGjort(bFoerst, DATO.minusDays(1)); // b yesterday
        rekkefoelge.clear();

        List<Kjoering> kjoert = motor.taIgjen(List.of(aEtter, bFoerst), DATO);

        assertThat(kjoert).extracting(k -> k.jobb().equals(a.navn()) ? "a " + k.dato() : "b " + k.dato())
                .containsExactly("a " + DATO.minusDays(1), "b " + DATO, "a " + DATO);
        assertThat(rekkefoelge).containsExactly(DATO.minusDays(1) + " a", DATO.minusDays(1) + " a",
                DATO + " b", DATO + " b", DATO + " a", DATO + " a");
    }
}

package no.innkreving.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.innkreving.InnkrevingApplication;
import no.innkreving.dunning.Purringer.Purresteg;
import no.innkreving.dunning.application.Purreloep;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Issue 18: the dunning run killed halfway and started again gives the same letters and steps as one clean run, and
 * two instances running the same date send no letter and take no step twice. The real {@link Purreloep} does each
 * unit; it is wrapped only to scope the run to this test's debtors (the suite shares one database) under a name of its
 * own, and to kill units. Dates as in PurreFlytTest: claims booked Sunday 25 May 2025 with a 21-day term are due
 * Monday 16 June; the reminder is due 30 June with deadline 14 July.
 */
class PurreloepOmstartTest extends ApiTestBase {
    private static final LocalDate BOKFOERT = LocalDate.of(2025, 5, 25);
    private static final LocalDate PURREDATO = LocalDate.of(2025, 6, 30);
    private static final LocalDate FRIST = LocalDate.of(2025, 7, 14);

    @Autowired
    Purreloep purreloep;
    @Autowired
    Purringer purringer;
    @Autowired
    Kjoeringsmotor motor;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    /**
     * The real dunning job over only the given debtors, under its own name. After {@code levende} units have
     * committed, every later unit does its whole work (letter stored, steps written) and then dies before its commit,
     * as an instance killed mid-unit: the engine rolls the unit back and leaves it for the run's next start.
     */
    private static final class Avgrenset implements DagligJobb {
        final String navn;
        final Purreloep purreloep;
        final Set<String> skyldnere;
        final AtomicInteger levende;

        Avgrenset(String navn, Purreloep purreloep, Set<String> skyldnere, int levende) {
            this.navn = navn;
            this.purreloep = purreloep;
            this.skyldnere = skyldnere;
            this.levende = new AtomicInteger(levende);
        }

        @Override
        public String navn() {
            return navn;
        }

        @Override
        public int rekkefoelge() {
            return purreloep.rekkefoelge();
        }

        @Override
        public List<String> enheter(LocalDate dato) {
            return purreloep.enheter(dato).stream().filter(skyldnere::contains).toList();
        }

        @Override
        public int behandle(LocalDate dato, String enhet) {
            int antall = purreloep.behandle(dato, enhet);
            if (levende.getAndDecrement() <= 0) throw new IllegalStateException("instance killed in unit " + enhet);
            return antall;
        }
    }

    private UUID krav(String org, String ref) {
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"%s","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, ref, unik("OMSTART"));
        return UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
    }

    /** Debtors with 1, 2, 1, 2, ... claims of 10 000,00 each, all due 16 June: debtor to its claims. */
    private Map<String, List<UUID>> skyldnere(int antall) {
        Map<String, List<UUID>> m = new LinkedHashMap<>();
        for (int i = 0; i < antall; i++) {
            String org = Testpersoner.organisasjon(jdbc, "AKTIV");
            List<UUID> krav = new ArrayList<>();
            for (int j = 0; j <= i % 2; j++) krav.add(krav(org, "TVA-OMSTART-" + i + "-" + j));
            m.put(org, krav);
        }
        return m;
    }

    private int brev(String org) {
        return jdbc.queryForObject("select count(*) from brevdokument where mottaker = ?", Integer.class, org);
    }

    private int stegrader(UUID krav) {
        return jdbc.queryForObject("select count(*) from purresteg where krav_id = ?", Integer.class, krav);
    }

    /**
     * What the run left for one debtor, without its identities: letters by kind, and per claim (in order) its steps'
     * kind, date, deadline and amount, and whether they share the debtor's one letter.
     */
    private List<String> utfall(String org, List<UUID> krav) {
        List<String> u = new ArrayList<>();
        jdbc.query("select brevslag, count(*) from brevdokument where mottaker = ? group by brevslag order by brevslag",
                rs -> { u.add("brev " + rs.getString(1) + " x" + rs.getInt(2)); }, org);
        Set<UUID> dokumenter = new java.util.HashSet<>();
        for (UUID k : krav) {
            assertThat(stegrader(k)).as("purresteg rows for claim %s", k).isEqualTo(1);
            for (Purresteg s : purringer.status(k).steg()) {
                u.add(s.type() + " " + s.dato() + " frist " + s.frist() + " " + s.beloepOre());
                dokumenter.add(s.dokumentId());
            }
        }
        u.add("dokumenter " + dokumenter.size());
        return u;
    }

    private static List<String> forventet(int antallKrav) {
        List<String> u = new ArrayList<>(List.of("brev PURRING x1"));
        for (int i = 0; i < antallKrav; i++) u.add("PURRING " + PURREDATO + " frist " + FRIST + " 1000000");
        u.add("dokumenter 1");
        return u;
    }

    @Test
    void en_purrekjoering_drept_halvveis_og_startet_igjen_gir_det_samme_som_en_ren_kjoering() {
        tidsmaskin.reisTil(BOKFOERT);
        Map<String, List<UUID>> avbrutt = skyldnere(6);
        Map<String, List<UUID>> kontroll = skyldnere(6);
        tidsmaskin.reisTil(PURREDATO);

        // the control: one clean run over its debtors
        Avgrenset ren = new Avgrenset(unik("purring-ren"), purreloep, kontroll.keySet(), Integer.MAX_VALUE);
        assertThat(ren.enheter(PURREDATO)).containsExactlyInAnyOrderElementsOf(kontroll.keySet());
        Kjoering k = motor.kjoerOmIkkeGjort(ren, PURREDATO).orElseThrow();
        assertThat(k.erFerdig()).isTrue();

        // killed after 2 of 6 debtors: the other 4 wrote their letters and steps, and lost them with their rollback
        Avgrenset jobb = new Avgrenset(unik("purring-avbrutt"), purreloep, avbrutt.keySet(), 2);
        Kjoering halv = motor.kjoerOmIkkeGjort(jobb, PURREDATO).orElseThrow();
        assertThat(halv.erFerdig()).isFalse();
        assertThat(halv.enheterFerdig()).isEqualTo(2);
        assertThat(halv.enheterFeilet()).isEqualTo(4);
        assertThat(avbrutt.keySet().stream().mapToInt(this::brev).sum()).isEqualTo(2);
        assertThat(avbrutt.values().stream().flatMap(List::stream).mapToInt(this::stegrader).sum())
                .isEqualTo(avbrutt.entrySet().stream().filter(e -> brev(e.getKey()) == 1).mapToInt(e -> e.getValue().size()).sum());

        // the next start resumes the same run and does only the 4 left
        jobb.levende.set(Integer.MAX_VALUE);
        Kjoering igjen = motor.kjoerOmIkkeGjort(jobb, PURREDATO).orElseThrow();
        assertThat(igjen.kjoeringId()).isEqualTo(halv.kjoeringId());
        assertThat(igjen.erFerdig()).isTrue();
        assertThat(igjen.enheterFerdig()).isEqualTo(6);
        assertThat(motor.kjoerOmIkkeGjort(jobb, PURREDATO)).isEmpty(); // the date is done

        // an operator's rerun of the finished date takes no step and sends no letter again
        Kjoering paaNytt = motor.kjoerPaaNytt(jobb, PURREDATO);
        assertThat(paaNytt.erFerdig()).isTrue();
        assertThat(paaNytt.antall()).isZero();

        // every debtor one reminder covering all its claims, one step per claim: the same as the clean run's debtors
        List<List<String>> avbruttUtfall = avbrutt.entrySet().stream().map(e -> utfall(e.getKey(), e.getValue())).toList();
        List<List<String>> rentUtfall = kontroll.entrySet().stream().map(e -> utfall(e.getKey(), e.getValue())).toList();
        assertThat(avbruttUtfall).isEqualTo(rentUtfall);
        // 1, 2, 1, 2, 1, 2 claims: 9 steps and 6 letters in each set
        assertThat(avbruttUtfall).containsExactly(forventet(1), forventet(2), forventet(1), forventet(2), forventet(1), forventet(2));
        assertThat(igjen.antall()).isEqualTo(k.antall()).isEqualTo(9);
    }

    /** Two application contexts on one database, as two app instances, run the same dunning date at once. */
    @Test
    void to_instanser_paa_samme_purredato_sender_ingen_brev_to_ganger() throws Exception {
        tidsmaskin.reisTil(BOKFOERT);
        Map<String, List<UUID>> skyldnere = skyldnere(8);
        tidsmaskin.reisTil(PURREDATO);
        String navn = unik("purring-to");

        // the second instance finds the running embedded database of this JVM and the migrations applied
        try (var annen = new SpringApplicationBuilder(InnkrevingApplication.class).profiles("demo", "test")
                .run("--server.port=0")) {
            Kjoeringsmotor annenMotor = annen.getBean(Kjoeringsmotor.class);
            Purreloep annenPurreloep = annen.getBean(Purreloep.class);
            assertThat(annenPurreloep).isNotSameAs(purreloep);
            record Instans(Kjoeringsmotor motor, DagligJobb jobb) {
            }
            List<Instans> instanser = List.of(
                    new Instans(motor, new Avgrenset(navn, purreloep, skyldnere.keySet(), Integer.MAX_VALUE)),
                    new Instans(annenMotor, new Avgrenset(navn, annenPurreloep, skyldnere.keySet(), Integer.MAX_VALUE)));
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Optional<Kjoering>>> svar = new ArrayList<>();
                for (Instans i : instanser) svar.add(pool.submit(() -> {
                    start.await();
                    return i.motor().kjoerOmIkkeGjort(i.jobb(), PURREDATO);
                }));
                for (Future<Optional<Kjoering>> f : svar) f.get();
            } finally {
                pool.shutdown();
            }
        }

        assertThat(motor.kjoeringer(1000).stream().filter(k -> k.jobb().equals(navn))).singleElement().satisfies(k -> {
            assertThat(k.erFerdig()).isTrue();
            assertThat(k.enheterFerdig()).isEqualTo(8);
            assertThat(k.antall()).isEqualTo(12); // 1, 2, 1, 2, ... claims over 8 debtors: 4 + 8 steps
        });
        int i = 0;
        for (var e : skyldnere.entrySet())
            assertThat(utfall(e.getKey(), e.getValue())).as("debtor %s", e.getKey()).isEqualTo(forventet(i++ % 2 + 1));
    }
}

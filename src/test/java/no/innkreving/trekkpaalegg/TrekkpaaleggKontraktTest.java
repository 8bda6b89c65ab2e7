package no.innkreving.trekkpaalegg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import no.innkreving.support.Api;
import no.innkreving.support.Testpersoner;
import no.innkreving.support.Utleggstrekkdata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Trekkpålegg API v1 contract as a payer's poller (NAV's sokos-utleggstrekk) uses it: paging by sequence number,
 * the latest version of each order only, payer isolation, the shape of every published example, and sequence numbers
 * that become visible strictly in order while decisions commit at the same time.
 */
class TrekkpaaleggKontraktTest extends Utleggstrekkdata {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Trekkpaaleggsregister register;
    @Autowired
    TransactionTemplate tx;

    private List<JsonNode> poll(Api payer, long fra, int maks) {
        Api.Svar s = payer.get(TREKKPAALEGG + "?fraSekvensnummer=" + fra + "&maksAntall=" + maks, "Klientid", "test-poller",
                "Korrelasjonsid", UUID.randomUUID().toString(), "Accept", "application/json");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        rentInnhold(s.body());
        List<JsonNode> liste = new ArrayList<>();
        for (JsonNode n : s.json()) liste.add(n);
        return liste;
    }

    @Test
    void sider_etter_sekvensnummer_bare_siste_versjon_og_bare_egne_paalegg() {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String annen = Testpersoner.organisasjon(jdbc, "AKTIV");
        List<String> personer = List.of(Testpersoner.person(jdbc, "BOSATT"), Testpersoner.person(jdbc, "BOSATT"), Testpersoner.person(jdbc, "BOSATT"));
        List<UUID> krav = klareKrav(LocalDate.of(2025, 3, 3), 7_000, personer);
        LocalDate imorgen = idag().plusDays(1);
        List<String> trekk = new ArrayList<>();
        for (int i = 0; i < 3; i++) trekk.add(beslutt(personer.get(i), org, List.of(krav.get(i)), "\"beloepPerMaaned\":" + (1000 + i), imorgen));
        Api payer = trekkpliktig(org);

        // pages of 2: a client pages until it gets fewer than maksAntall
        List<JsonNode> side1 = poll(payer, 0, 2);
        assertThat(side1).hasSize(2);
        long merke = side1.get(1).get("sekvensnummer").asLong();
        assertThat(side1.get(0).get("sekvensnummer").asLong()).isLessThan(merke);
        List<JsonNode> side2 = poll(payer, merke, 2);
        assertThat(side2).hasSize(1);
        Set<String> sett = new HashSet<>();
        for (JsonNode n : List.of(side1.get(0), side1.get(1), side2.get(0))) sett.add(n.get("trekkid").asString());
        assertThat(sett).containsExactlyInAnyOrderElementsOf(trekk);
        merke = side2.get(0).get("sekvensnummer").asLong();
        assertThat(poll(payer, merke, 2)).isEmpty();
        Api.Svar alle = payer.get(TREKKPAALEGG);
        assertThat(alle.status()).isEqualTo(200);
        assertThat(alle.json().size()).isEqualTo(3);

        // a change: the next poll from the watermark serves exactly the new version; from 0, each order once, as its latest version
        Api.Svar endret = saksbehandler().put(UTLEGGSTREKK + "/" + trekk.get(0), "{\"beloepPerMaaned\":900,\"startdato\":\"" + imorgen.plusDays(5) + "\"}");
        assertThat(endret.status()).as(endret.body()).isEqualTo(200);
        List<JsonNode> ny = poll(payer, merke, 2500);
        assertThat(ny).singleElement().satisfies(n -> {
            assertThat(n.get("trekkid").asString()).isEqualTo(trekk.get(0));
            assertThat(n.get("trekkversjon").asInt()).isEqualTo(2);
        });
        List<JsonNode> fraStart = poll(payer, 0, 2500);
        assertThat(fraStart).hasSize(3);
        assertThat(fraStart.getLast().get("trekkid").asString()).isEqualTo(trekk.get(0));
        assertThat(fraStart.stream().map(n -> n.get("trekkid").asString()).distinct().count()).isEqualTo(3);

        // another payer sees nothing of it; a person's token is no payer
        assertThat(poll(trekkpliktig(annen), 0, 2500)).isEmpty();
        assertThat(trekkpliktig(annen).get(TREKKPAALEGG + "/" + trekk.get(0) + "/1").status()).isEqualTo(404);
        assertThat(new Api(port, issuer.issueForPerson(personer.get(0), TP_SCOPE)).get(TREKKPAALEGG).status()).isEqualTo(403);
        assertThat(new Api(port, null).get(TREKKPAALEGG).status()).isEqualTo(401);
        assertThat(new Api(port, issuer.issue(org, SB_SCOPE)).get(TREKKPAALEGG).status()).isEqualTo(403);

        // parameters: given together, fraSekvensnummer >= 0, maksAntall >= 1; bad ids
        for (String q : List.of("?fraSekvensnummer=0", "?maksAntall=5", "?fraSekvensnummer=-1&maksAntall=5",
                "?fraSekvensnummer=0&maksAntall=0", "?fraSekvensnummer=x&maksAntall=5")) {
            Api.Svar s = payer.get(TREKKPAALEGG + q);
            assertThat(s.status()).as(q).isEqualTo(400);
            assertThat(s.contentType()).startsWith("application/problem+json");
            rentInnhold(s.body());
        }
        assertThat(payer.get(TREKKPAALEGG + "/ikke-uuid/1").status()).isEqualTo(400);
        assertThat(payer.get(TREKKPAALEGG + "/" + trekk.get(0) + "/0").status()).isEqualTo(400);
        assertThat(payer.get(TREKKPAALEGG + "/" + trekk.get(0) + "/3").status()).isEqualTo(404);
    }

    /**
     * Orders made to show each published example's kind (amount, percent, changed, stopped, final amount) have, field
     * for field, the shape of every example: the same field names at every level and the same kinds of values.
     */
    @Test
    void hver_versjon_har_formen_til_de_publiserte_eksemplene() throws Exception {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        List<String> p = new ArrayList<>();
        for (int i = 0; i < 4; i++) p.add(Testpersoner.person(jdbc, "BOSATT"));
        List<UUID> krav = klareKrav(LocalDate.of(2025, 3, 3), 20_000, p);
        LocalDate r = idag();
        // amount, then changed (examples 02, 06, 09)
        String beloep = beslutt(p.get(0), org, List.of(krav.get(0)), "\"beloepPerMaaned\":5000", r.plusDays(1));
        // percent, then a 0 % stop (examples 01, 03, 07)
        String prosent = beslutt(p.get(1), org, List.of(krav.get(1)), "\"prosent\":17", r.plusDays(1));
        // percent, stopped (examples 04, 08)
        String stoppet = beslutt(p.get(2), org, List.of(krav.get(2)), "\"prosent\":17", r.plusDays(1));
        // percent, then a final amount: 12 000,00 came in with the KID, 8 000,00 is left (example 05)
        String rest = beslutt(p.get(3), org, List.of(krav.get(3)), "\"prosent\":17", r.plusDays(1));
        assertThat(saksbehandler().put(UTLEGGSTREKK + "/" + beloep, "{\"beloepPerMaaned\":6000,\"startdato\":\"" + r.plusDays(4) + "\"}").status()).isEqualTo(200);
        assertThat(saksbehandler().put(UTLEGGSTREKK + "/" + prosent, "{\"prosent\":0,\"startdato\":\"" + r.plusDays(4) + "\"}").status()).isEqualTo(200);
        assertThat(saksbehandler().send("DELETE", UTLEGGSTREKK + "/" + stoppet, null).status()).isEqualTo(200);
        tidsmaskin.reisTil(r.plusDays(10));
        betal(jdbc.queryForObject("select kidnummer from utleggstrekk where trekkid = ?::uuid", String.class, rest), 1_200_000);
        assertThat(rest(krav.get(3))).isEqualTo(800_000);

        Set<String> vaare = new TreeSet<>();
        List<JsonNode> versjoner = new ArrayList<>();
        for (String t : List.of(beloep, prosent, stoppet, rest))
            for (int v = 1; ; v++) {
                Api.Svar s = trekkpliktig(org).get(TREKKPAALEGG + "/" + t + "/" + v);
                if (s.status() == 404) break;
                rentInnhold(s.body());
                versjoner.add(s.json());
                vaare.add(form(s.json()));
            }
        assertThat(versjoner).hasSize(8);
        for (JsonNode v : versjoner) {
            assertThat(v.get("opprettet").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{2}Z");
            assertThat(UUID.fromString(v.get("trekkid").asString())).isNotNull();
            for (JsonNode periode : v.get("trekkstoerrelseForPeriode")) {
                assertThat(periode.has("trekkbeloep") ^ periode.has("trekkprosent")).as("exactly one of amount or percent: " + periode).isTrue();
                // NAV's poller refuses a version whose period ends before it starts (decision 0073)
                if (periode.has("sluttdato"))
                    assertThat(LocalDate.parse(periode.get("sluttdato").asString())).as("sluttdato before startdato: " + periode)
                            .isAfterOrEqualTo(LocalDate.parse(periode.get("startdato").asString()));
            }
        }
        PathMatchingResourcePatternResolver r2 = new PathMatchingResourcePatternResolver();
        Resource[] eksempler = r2.getResources("classpath:trekkpaalegg-eksempler/trekkpaalegg-*.json");
        assertThat(eksempler).hasSizeGreaterThanOrEqualTo(19);
        for (Resource e : eksempler) {
            try (InputStream in = e.getInputStream()) {
                JsonNode eksempel = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(vaare).as("a version shaped like " + e.getFilename()).contains(form(eksempel));
            }
        }
    }

    /**
     * The shape of a value: objects by their field names (sorted) and each field's shape, arrays as the set of their
     * elements' shapes, strings by kind (date, timestamp, digits, id, text), numbers as integer or decimal.
     */
    static String form(JsonNode n) {
        if (n.isObject()) {
            Map<String, String> felt = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties())
                felt.put(e.getKey(), e.getKey().equals("trekkid") ? "id" : form(e.getValue()));
            return felt.toString();
        }
        if (n.isArray()) {
            Set<String> el = new TreeSet<>();
            for (JsonNode x : n) el.add(form(x));
            return "[" + String.join("|", el) + "]";
        }
        if (n.isIntegralNumber()) return "heltall";
        if (n.isNumber()) return "desimal";
        String s = n.asString();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return "dato";
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{2}Z")) return "tidspunkt";
        if (s.matches("\\d+")) return "sifre";
        return "tekst";
    }

    /**
     * Two writers: the first takes its sequence number and holds its transaction open; the second must wait for the
     * first's commit before it gets the next number, and a poll meanwhile shows neither. Never a higher number visible
     * while a lower one is in flight (decision 0044).
     */
    @Test
    void neste_sekvensnummer_venter_til_forrige_er_synlig() throws Exception {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        Api payer = trekkpliktig(org);
        LocalDate imorgen = idag().plusDays(1);
        CountDownLatch foersteHarNummer = new CountDownLatch(1);
        CountDownLatch slippFoerste = new CountDownLatch(1);
        AtomicLong foerstesCommit = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Trekkpaalegg> foerste = pool.submit(() -> {
                Trekkpaalegg t = tx.execute(s -> {
                    Trekkpaalegg p = register.opprett(UUID.randomUUID(), unik("TEST"), org, Testpersoner.nyttFoedselsnummer(),
                            unikKid(), imorgen, new Trekkstoerrelse.Beloep(100_000));
                    foersteHarNummer.countDown();
                    try {
                        slippFoerste.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return p;
                });
                foerstesCommit.set(System.nanoTime());
                return t;
            });
            assertThat(foersteHarNummer.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Trekkpaalegg> andre = pool.submit(() -> tx.execute(s -> register.opprett(UUID.randomUUID(), unik("TEST"), org,
                    Testpersoner.nyttFoedselsnummer(), unikKid(), imorgen, new Trekkstoerrelse.Beloep(200_000))));
            Thread.sleep(700);
            assertThat(andre.isDone()).as("the second writer waits for the first's commit").isFalse();
            assertThat(poll(payer, 0, 2500)).as("nothing visible while the first is in flight").isEmpty();
            slippFoerste.countDown();
            Trekkpaalegg a = foerste.get(10, TimeUnit.SECONDS);
            Trekkpaalegg b = andre.get(10, TimeUnit.SECONDS);
            long andresFerdig = System.nanoTime();
            assertThat(b.sekvensnummer()).isGreaterThan(a.sekvensnummer());
            assertThat(andresFerdig).isGreaterThan(foerstesCommit.get());
            List<JsonNode> synlige = poll(payer, 0, 2500);
            assertThat(synlige).extracting(n -> n.get("sekvensnummer").asLong()).containsExactly(a.sekvensnummer(), b.sekvensnummer());
        } finally {
            slippFoerste.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * Six caseworkers decide at the same moment for one payer while its poller runs with a watermark: every answer is
     * ascending and above the watermark, no (trekkid, trekkversjon) is served twice, and in the end all six are served.
     */
    @Test
    void samtidige_vedtak_og_en_poller_som_aldri_ser_et_lavere_nummer() throws Exception {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        List<String> p = new ArrayList<>();
        for (int i = 0; i < 6; i++) p.add(Testpersoner.person(jdbc, "BOSATT"));
        List<UUID> krav = klareKrav(LocalDate.of(2025, 3, 3), 3_000, p);
        LocalDate imorgen = idag().plusDays(1);
        Api payer = trekkpliktig(org);
        AtomicBoolean ferdig = new AtomicBoolean();
        Set<String> sett = ConcurrentHashMap.newKeySet();
        List<String> feil = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            Future<?> poller = pool.submit(() -> {
                long merke = 0;
                while (true) {
                    boolean siste = ferdig.get();
                    for (JsonNode n : poll(payer, merke, 2500)) {
                        long sek = n.get("sekvensnummer").asLong();
                        if (sek <= merke) feil.add("sekvensnummer " + sek + " etter merke " + merke);
                        if (!sett.add(n.get("trekkid").asString() + "/" + n.get("trekkversjon").asInt())) feil.add("to ganger: " + n);
                        merke = sek;
                    }
                    if (siste) return;
                }
            });
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> vedtak = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                vedtak.add(pool.submit(() -> {
                    start.await();
                    return beslutt(p.get(n), org, List.of(krav.get(n)), "\"beloepPerMaaned\":" + (500 + n), imorgen);
                }));
            }
            start.countDown();
            Set<String> besluttet = new HashSet<>();
            for (Future<String> f : vedtak) besluttet.add(f.get(60, TimeUnit.SECONDS) + "/1");
            ferdig.set(true);
            poller.get(60, TimeUnit.SECONDS);
            assertThat(feil).isEmpty();
            assertThat(sett).containsExactlyInAnyOrderElementsOf(besluttet);
        } finally {
            ferdig.set(true);
            pool.shutdownNow();
        }
    }

    private static String unikKid() {
        return "8" + String.format("%012d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }
}

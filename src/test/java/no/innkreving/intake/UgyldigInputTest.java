package no.innkreving.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;

/** Hostile and broken requests: each gets a precise problem answer and leaves stored data as it was. */
class UgyldigInputTest extends ApiTestBase {

    private String tilstand(String id) {
        return jdbc.queryForObject("""
                select o.hovedstol_ore || '|' || o.renter::text || '|' || o.oppdragsgivers_referanse || '|' || coalesce(o.avskrevet::text, '-')
                       || '|' || (select count(*) from postering p where p.krav_id = o.kravidentifikator)
                from innkrevingsoppdrag o where kravidentifikator = ?::uuid""", String.class, id);
    }

    /** Claims stored against this test's own debtor (the whole table is written by every test). */
    private long antallOppdrag(String skyldner) {
        return jdbc.queryForObject("select count(*) from innkrevingsoppdrag where skyldner = ?", Long.class, skyldner);
    }

    /** Requests stored from this test's own client, by the problem type answered. */
    private long antallMeldinger(String klientid, String feiltype) {
        return jdbc.queryForObject("select count(*) from mottatt_melding where klientid = ? and feiltype = ?", Long.class,
                klientid, feiltype);
    }

    private void avvistUtenSpor(Api.Svar s, int status, String type) {
        assertThat(s.status()).as(s.body()).isEqualTo(status);
        assertThat(s.contentType()).startsWith("application/problem+json");
        assertThat(s.feiltype()).isEqualTo(type);
        assertThat(s.tekst("detail")).isNotBlank();
    }

    @Test
    void oedelagtJsonFeilTyperOgUkjenteVerdierPaaOpprett() {
        String klient = unik("UGYLDIG");
        Api nav = nav().med("Klientid", klient);
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        avvistUtenSpor(nav.post(Api.BASE, "{\"kravtype\": \"TILBAKEKREVING_BARNETRYGD\", "), 400, "ugyldig-forespoersel");
        Api.Svar s = nav.post(Api.BASE, "{\"kravtype\": TILBAKEKREVING}");
        avvistUtenSpor(s, 400, "ugyldig-forespoersel");
        assertThat(s.tekst("detail")).contains("linje 1");
        avvistUtenSpor(nav.post(Api.BASE, "[1,2,3]"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.send("POST", Api.BASE, null), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE, ""), 400, "ugyldig-forespoersel");
        String gyldig = navKrav(fnr, unik("UG"));
        s = nav.post(Api.BASE, gyldig.replace("\"beloep\":15000", "\"beloep\":\"15000\""));
        avvistUtenSpor(s, 400, "ugyldig-forespoersel");
        assertThat(s.tekst("detail")).contains("hovedstol.beloep");
        avvistUtenSpor(nav.post(Api.BASE, gyldig.replace("\"beloep\":15000", "\"beloep\":150.5")), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE, gyldig.replace("\"beloep\":15000", "\"beloep\":99999999999999999999999")), 400, "ugyldig-forespoersel");
        s = nav.post(Api.BASE, gyldig.replace("\"identifikatortype\":\"PERSON\"", "\"identifikatortype\":\"FIRMA\""));
        avvistUtenSpor(s, 400, "ugyldig-forespoersel");
        assertThat(s.tekst("detail")).contains("skyldner.identifikatortype").contains("PERSON, ORGANISASJON");
        avvistUtenSpor(nav.post(Api.BASE, gyldig.replace("\"valuta\":\"NOK\",\"beloep\":15000", "\"valuta\":\"SEK\",\"beloep\":15000")), 400,
                "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE, gyldig.replace("STRAFFERENTE", "FORSINKELSESRENTE")), 400, "ugyldig-forespoersel");
        s = nav.post(Api.BASE, gyldig.replace("\"fastsettelsesdato\":\"", "\"fastsettelsesdato\":\"x"));
        avvistUtenSpor(s, 400, "ugyldig-forespoersel");
        assertThat(s.tekst("detail")).contains("fastsettelsesdato");
        avvistUtenSpor(nav.post(Api.BASE, gyldig.replace("\"fastsettelsesdato\":\"" + idag().minusDays(10), "\"fastsettelsesdato\":\"2024-02-30")), 400,
                "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE, "{\"kravtype\":\"A\",\"kravtype\":\"B\"}"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE, "[".repeat(5000)), 400, "ugyldig-forespoersel");
        assertThat(antallOppdrag(fnr)).isZero();
        // every refused request is still stored as received, with the answer given: the 15 above
        assertThat(antallMeldinger(klient, "ugyldig-forespoersel")).isEqualTo(15);
    }

    @Test
    void fientligeTekster() {
        String klient = unik("FIENDTLIG");
        Api nav = nav().med("Klientid", klient);
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        for (String fiendtlig : List.of("x'; drop table innkrevingsoppdrag; --", "<script>alert(1)</script>", "SAK\\u0000NUL",
                "\\u202eSAK", "A".repeat(10_000), "../../etc/passwd", "ÆØÅ-æøå-" + "\\ud83d\\ude00")) {
            String body = navKrav(fnr, unik("F")).replace("\"SAK-2024-001234\"", "\"" + fiendtlig + "\"");
            Api.Svar s = nav.post(Api.BASE, body);
            avvistUtenSpor(s, 422, "ugyldig-oppdragsgivers-referanse");
            assertThat(s.tekst("detail").length()).isLessThan(400);
            assertThat(s.tekst("detail")).doesNotContain("\u0000");
        }
        // a raw NUL byte in invalid JSON is refused and stored escaped
        avvistUtenSpor(nav.post(Api.BASE, "{\"kravtype\":\"\u0000"), 400, "ugyldig-forespoersel");
        // hostile identifiers in the path
        for (String sti : List.of("%27%20or%201%3D1--", "..%2F..%2Fadmin", "%00", "x".repeat(300))) {
            Api.Svar s = nav.get(Api.BASE + "/" + sti + "/mottaksstatus");
            assertThat(s.status()).as(sti + " " + s.body()).isIn(400, 404, 422);
            assertThat(s.contentType()).startsWith("application/problem+json");
        }
        assertThat(nav.get(Api.BASE + "/abc/mottaksstatus?kravidentifikatortype=SQL").feiltype()).isEqualTo("ugyldig-forespoersel");
        assertThat(antallOppdrag(fnr)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mottatt_melding where klientid = ? and feiltype = 'ugyldig-forespoersel' and innhold like '%\\\\u0000%'",
                Long.class, klient)).isEqualTo(1);
    }

    @Test
    void endringerMedOedelagtInnholdLarKravetVaere() {
        Api nav = nav();
        String id = opprettOgVent(nav, navKrav(Testpersoner.person(jdbc, "BOSATT"), unik("E")), "RESKONTROFOERT");
        String foer = tilstand(id);
        String hovedstol = Api.BASE + "/" + id + "/hovedstol";
        avvistUtenSpor(nav.put(hovedstol, "{\"hovedstol\":"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.put(hovedstol, "{}"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.send("PUT", hovedstol, null), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.put(hovedstol, "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":true}}"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.put(Api.BASE + "/" + id + "/renter", "{\"renter\":{}}"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.put(Api.BASE + "/" + id + "/oppdragsgiversreferanse", "{\"nyOppdragsgiversReferanse\":7}"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"BEGGE\",\"kravidentifikator\":\"" + id + "\"}"), 400,
                "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE + "/avskriving", "{\"kravidentifikator\":\"" + id + "\"}"), 400, "ugyldig-forespoersel");
        avvistUtenSpor(nav.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"SKATTEETATENS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"nei\"}"),
                422, "ugyldig-kravidentifikator");
        assertThat(tilstand(id)).isEqualTo(foer);
    }

    @Test
    void enForStorForespoerselAvvisesFoerDenLeses() throws Exception {
        Api nav = nav();
        String fem = "{\"kravtype\":\"" + "A".repeat(5 * 1024 * 1024) + "\"}";
        Api.Svar s = nav.post(Api.BASE, fem);
        assertThat(s.status()).as(s.body()).isEqualTo(413);
        avvistUtenSpor(s, 413, "forespoerselen-er-for-stor");
        // the same without a Content-Length (chunked): counted while read
        HttpRequest req = HttpRequest.newBuilder(URI.create(nav.root() + Api.BASE))
                .header("Authorization", "Bearer " + issuer.issue(NAV, SCOPE)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(fem.getBytes()))).build();
        HttpResponse<String> r = Api.http().send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("forespoerselen-er-for-stor");
        // nothing of it stored: no claim with such a kravtype (the only rows this test could have written)
        assertThat(jdbc.queryForObject("select count(*) from innkrevingsoppdrag where length(kravtype) > 1000", Long.class)).isZero();
    }

    @Test
    void samtidigeLikeOpprettelserGirEttKrav() throws Exception {
        Api nav = nav();
        String kravid = unik("SAMTIDIG");
        String body = navKrav(Testpersoner.person(jdbc, "BOSATT"), kravid);
        List<Callable<Api.Svar>> kall = new ArrayList<>();
        for (int i = 0; i < 16; i++) kall.add(() -> nav.post(Api.BASE, body));
        List<Integer> statuser = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (Future<Api.Svar> f : pool.invokeAll(kall)) {
                Api.Svar s = f.get();
                statuser.add(s.status());
                if (s.status() != 201) assertThat(s.feiltype()).isEqualTo("oppdragsgivers-kravidentifikator-eksisterer-allerede");
            }
        }
        assertThat(statuser.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuser.stream().filter(s -> s == 422).count()).isEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from innkrevingsoppdrag where oppdragsgivers_kravidentifikator = ?", Long.class, kravid))
                .isEqualTo(1);
    }

    @Test
    void tilgang() {
        Api uten = new Api(port, null);
        Api.Svar s = uten.post(Api.BASE, "{}");
        assertThat(s.status()).isEqualTo(401);
        assertThat(s.contentType()).startsWith("application/problem+json");
        Api feilScope = new Api(port, issuer.issue(NAV, "skatteetaten:kravogbetalinger"));
        assertThat(feilScope.get(Api.BASE + "/" + java.util.UUID.randomUUID() + "/mottaksstatus").status()).isEqualTo(403);
        Api forfalsket = new Api(port, issuer.issue(NAV, SCOPE) + "x");
        assertThat(forfalsket.get(Api.BASE + "/" + java.util.UUID.randomUUID() + "/mottaksstatus").status()).isEqualTo(401);
        // a token for an organisation that is no creditor
        Api fremmed = som(Testpersoner.nyttOrganisasjonsnummer());
        Api.Svar f = fremmed.post(Api.BASE, "{}");
        assertThat(f.status()).isEqualTo(403);
        assertThat(f.feiltype()).isEqualTo("ukjent-oppdragsgiver");
    }
}

package no.innkreving.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;

/**
 * The doors, tried as a hostile or careless caller would (issue 17): every bad input gets a 4xx problem answer in
 * our format, never a 500 or Spring's default error body; 401 answers in our words; operator endpoints need the
 * operator scope; a creditor's id with '/' in it is routed; dates and interest lines have limits, the same on create
 * and change.
 */
class DoerTest extends ApiTestBase {

    private static void problem(Api.Svar s, String hva) {
        assertThat(s.status()).as(hva + " " + s.body()).isBetween(400, 499);
        assertThat(s.contentType()).as(hva).startsWith("application/problem+json");
        assertThat(s.json().has("type") && s.json().has("title") && s.json().has("status") && s.json().has("detail")
                && s.json().has("instance")).as(hva + " " + s.body()).isTrue();
    }

    @Test
    void ugyldigeParametreOgUleseligInnholdGir4xxProblem() {
        Api anonym = new Api(port, null);
        problem(anonym.get("/demo/skyldnere?antall=abc"), "antall=abc");
        problem(anonym.get("/demo/samtykke?part=889640782&bank=889640782&sekunder=abc"), "sekunder=abc"); // was 500
        problem(anonym.get("/demo/token?orgnr=abc"), "orgnr=abc");
        problem(anonym.get("/demo/token?orgnr=889640782&scope=%20"), "tomt scope");
        Api bank = new Api(port, issuer.issue(NAV, "innkreving:bankfil"));
        problem(bank.get("/api/innkreving/bankfiler?antall=abc"), "bankfiler antall=abc");
        Api saksbehandler = new Api(port, issuer.issue(NAV, "innkreving:saksbehandling"));
        problem(saksbehandler.post("/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger/" + UUID.randomUUID() + "/plassering", "{\"kid\":"),
                "ødelagt JSON på plassering");
        problem(saksbehandler.post("/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger/abc/plassering", "{\"kid\":\"1\"}"),
                "id som ikke passer typen");
    }

    @Test
    void rarestierOgMetoderGir4xxProblem() {
        Api nav = nav();
        Api anonym = new Api(port, null);
        // refused by the security firewall or Tomcat before any controller: these used to get Spring Boot's own body
        problem(anonym.get("//"), "//");
        problem(anonym.get("/;jsessionid=abc"), ";jsessionid");
        problem(nav.get(Api.BASE + "/x;jsessionid=abc/mottaksstatus"), ";jsessionid i API-sti");
        problem(nav.get(Api.BASE + "//mottaksstatus"), "// i API-sti");
        problem(nav.get(Api.BASE + "/%2e%2e/mottaksstatus"), "kodet punktum");
        problem(anonym.send("TRACE", "/", null), "TRACE /");
        problem(nav.send("TRACE", Api.BASE, null), "TRACE API");
        problem(nav.send("PATCH", Api.BASE, null), "PATCH");
        problem(nav.send("FOO", Api.BASE, null), "ukjent metode");
        problem(nav.get(Api.BASE), "GET på samlingen");
        Api.Svar s = nav.get("/finnes/ikke");
        problem(s, "ukjent sti");
        assertThat(s.tekst("detail")).doesNotContain("static resource");
    }

    @Test
    void klientidMedAeoeaaPaaKreditorApiet() throws Exception {
        String body = navKrav(Testpersoner.person(jdbc, "BOSATT"), unik("KL"));
        String token = issuer.issue(NAV, SCOPE);
        // Java's HTTP client will not send bytes outside ASCII in a header; a creditor's client might: raw socket
        for (byte[] klientid : List.of("NAV/æøå".getBytes(StandardCharsets.UTF_8), "NAV/æøå".getBytes(StandardCharsets.ISO_8859_1),
                new byte[]{'N', 'A', 'V', (byte) 0x80, (byte) 0x01})) {
            String svar = raa("POST", Api.BASE, token, klientid, body);
            int status = Integer.parseInt(svar.substring(9, 12));
            assertThat(status).as(svar).isIn(201, 400, 422);
            svar = raa("GET", Api.BASE + "/" + UUID.randomUUID() + "/mottaksstatus", token, klientid, null);
            assertThat(Integer.parseInt(svar.substring(9, 12))).as(svar).isIn(400, 404);
            assertThat(svar).contains("application/problem+json");
        }
    }

    private String raa(String metode, String sti, String token, byte[] klientid, String body) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            byte[] innhold = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ut.write((metode + " " + sti + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + innhold.length + "\r\nKlientid: ").getBytes(StandardCharsets.ISO_8859_1));
            ut.write(klientid);
            ut.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            ut.write(innhold);
            OutputStream o = s.getOutputStream();
            o.write(ut.toByteArray());
            o.flush();
            InputStream inn = s.getInputStream();
            return new String(inn.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ikkeAutentisertMedVaareOrd() {
        String uuid = UUID.randomUUID().toString();
        List<Api.Svar> svar = new ArrayList<>();
        svar.add(new Api(port, null).get(Api.BASE + "/" + uuid + "/mottaksstatus"));
        svar.add(new Api(port, "søppel").get(Api.BASE + "/" + uuid + "/mottaksstatus"));
        svar.add(new Api(port, "a.b.c").get(Api.BASE + "/" + uuid + "/mottaksstatus"));
        svar.add(new Api(port, issuer.issue(NAV, SCOPE) + "x").get(Api.BASE + "/" + uuid + "/mottaksstatus"));
        // an expired token is tried in ProduksjonsprofilTest, where the test holds the signing key
        assertThat(svar.get(0).tekst("detail")).isEqualTo("Bearer-token mangler");
        for (Api.Svar a : svar) {
            assertThat(a.status()).as(a.body()).isEqualTo(401);
            assertThat(a.contentType()).startsWith("application/problem+json");
            // the library's words (e.g. "An error occurred while attempting to decode the Jwt: Signed JWT rejected")
            assertThat(a.tekst("detail")).doesNotContainIgnoringCase("jwt").doesNotContain("decode").doesNotContain("rejected")
                    .doesNotContain("expired").doesNotContain("Malformed");
        }
    }

    @Test
    void driftsendepunkterKreverDriftsscope() {
        String person = Testpersoner.person(jdbc, "BOSATT");
        for (String token : List.of(issuer.issueForPerson(person, "skatteetaten:kravogbetalinger"), issuer.issue(NAV, SCOPE),
                issuer.issue(NAV, "innkreving:bankfil innkreving:saksbehandling"))) {
            for (String sti : List.of("/actuator/metrics", "/actuator/info", "/actuator/metrics/jvm.memory.used", "/actuator")) {
                Api.Svar s = new Api(port, token).get(sti);
                assertThat(s.status()).as(sti + " " + s.body()).isEqualTo(403);
                assertThat(s.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(new Api(port, null).get("/actuator/metrics").status()).isEqualTo(401);
        Api drift = new Api(port, issuer.issue(NAV, "innkreving:drift"));
        assertThat(drift.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(drift.get("/actuator/info").status()).isEqualTo(200);
        assertThat(new Api(port, null).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void oppdragsgiversKravidentifikatorMedSkraastrekNaasRaattOgKodet() {
        Api nav = nav();
        String kravid = "KRAV/" + UUID.randomUUID().toString().substring(0, 8) + "/1";
        String id = opprettOgVent(nav, navKrav(Testpersoner.person(jdbc, "BOSATT"), kravid), "RESKONTROFOERT");
        String type = "?kravidentifikatortype=OPPDRAGSGIVERS_KRAVIDENTIFIKATOR";
        String kodet = kravid.replace("/", "%2F");
        for (String sti : List.of(kravid, kodet)) {
            Api.Svar s = nav.get(Api.BASE + "/" + sti + "/mottaksstatus" + type);
            assertThat(s.status()).as(sti + " " + s.body()).isEqualTo(200);
            assertThat(s.tekst("kravidentifikator")).isEqualTo(id);
            assertThat(s.tekst("oppdragsgiversKravidentifikator")).isEqualTo(kravid);
            assertThat(nav.get(Api.BASE + "/" + sti + "/valideringsfeil" + type).status()).isEqualTo(200);
            assertThat(nav.get(Api.BASE + "/" + sti + type).status()).isEqualTo(200);
        }
        // NAV's client: a change with the id unencoded in the path, then the encoded form of the same id
        Api.Svar h = nav.put(Api.BASE + "/" + kravid + "/hovedstol" + type, "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":14000}}",
                "kravidentifikator", kravid);
        assertThat(h.status()).as(h.body()).isEqualTo(200);
        Api.Svar r = nav.put(Api.BASE + "/" + kodet + "/renter" + type, "{\"renter\":[]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Api.Svar ref = nav.put(Api.BASE + "/" + kravid + "/oppdragsgiversreferanse" + type, "{\"nyOppdragsgiversReferanse\":\"SAK/2\"}");
        assertThat(ref.status()).as(ref.body()).isEqualTo(200);
        Api.Svar av = nav.get(Api.BASE + "/" + kravid + "/avstemming" + type);
        assertThat(av.status()).as(av.body()).isEqualTo(200);
        assertThat(av.json().path("endringer").path("hovedstol").size()).isEqualTo(1);
        assertThat(av.json().path("endringer").path("renter").size()).isEqualTo(1);
        // 15 000 kr less the change to 14 000 kr: the ledger holds 14 000,00 = 1 400 000 øre
        assertThat(jdbc.queryForObject("select hovedstol_ore from innkrevingsoppdrag where kravidentifikator = ?::uuid", Long.class, id))
                .isEqualTo(1_400_000L);
        // the same path form with our own id type is a malformed UUID, not a lost request
        assertThat(nav.get(Api.BASE + "/" + kravid + "/mottaksstatus").feiltype()).isEqualTo("ugyldig-kravidentifikator");
        assertThat(nav.put(Api.BASE + "/" + kravid + "/ukjent" + type, "{}").status()).isEqualTo(404);
    }

    @Test
    void datoerOgRentelinjerHarGrenserLikeVedOpprettOgEndring() {
        Api nav = nav();
        String person = Testpersoner.person(jdbc, "BOSATT");
        Api.Svar s = nav.post(Api.BASE, navKrav(person, unik("D1")).replace("\"fastsettelsesdato\":\"" + idag().minusDays(10), "\"fastsettelsesdato\":\"0001-01-01"));
        assertThat(s.status()).as(s.body()).isEqualTo(422);
        assertThat(s.feiltype()).isEqualTo("ugyldig-fastsettelsesdato");
        s = nav.post(Api.BASE, navKrav(person, unik("D2")).replace("\"fastsettelsesdato\":\"" + idag().minusDays(10), "\"fastsettelsesdato\":\"1899-12-31"));
        assertThat(s.feiltype()).isEqualTo("ugyldig-fastsettelsesdato");
        // the earliest date itself is taken
        s = nav.post(Api.BASE, navKrav(person, unik("D3")).replace("\"fastsettelsesdato\":\"" + idag().minusDays(10), "\"fastsettelsesdato\":\"1900-01-01"));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        s = nav.post(Api.BASE, navKrav(person, unik("D4")).replace("\"renterIlagtDato\":\"" + idag().minusDays(10), "\"renterIlagtDato\":\"0001-01-01"));
        assertThat(s.feiltype()).isEqualTo("ugyldig-renterilagtdato");
        s = nav.post(Api.BASE, navKrav(person, unik("D5")).replace("\"fraDato\":\"" + idag().minusYears(1), "\"fraDato\":\"0001-01-01"));
        assertThat(s.feiltype()).isEqualTo("ugyldig-tilbakekrevingsperiode");

        String id = opprettOgVent(nav, navKrav(person, unik("RL")), "RESKONTROFOERT");
        String renter = Api.BASE + "/" + id + "/renter";
        // create refuses interest dated in the future; so does change now (it stored 2099 before)
        s = nav.put(renter, "{\"renter\":[" + rente(LocalDate.of(2099, 1, 1)) + "]}");
        assertThat(s.status()).as(s.body()).isEqualTo(422);
        assertThat(s.feiltype()).isEqualTo("ugyldig-renterilagtdato");
        s = nav.put(renter, "{\"renter\":[" + rente(LocalDate.of(1, 1, 1)) + "]}");
        assertThat(s.feiltype()).isEqualTo("ugyldig-renterilagtdato");
        // 21 lines are refused on both doors, 20 are taken
        s = nav.put(renter, "{\"renter\":[" + linjer(21) + "]}");
        assertThat(s.status()).as(s.body()).isEqualTo(400);
        assertThat(s.tekst("detail")).contains("20");
        s = nav.post(Api.BASE, navKrav(person, unik("R21")).replaceFirst("\"renteBeloep\":\\[[^]]*]", "\"renteBeloep\":[" + linjer(21) + "]"));
        assertThat(s.status()).as(s.body()).isEqualTo(400);
        s = nav.put(renter, "{\"renter\":[" + linjer(20) + "]}");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        s = nav.post(Api.BASE, navKrav(person, unik("R20")).replaceFirst("\"renteBeloep\":\\[[^]]*]", "\"renteBeloep\":[" + linjer(20) + "]"));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        // what the refused changes asked was never stored: the claim holds the 20 lines of the accepted change
        assertThat(jdbc.queryForObject("select jsonb_array_length(renter) from innkrevingsoppdrag where kravidentifikator = ?::uuid",
                Integer.class, id)).isEqualTo(20);
    }

    private static String rente(LocalDate dato) {
        return "{\"valuta\":\"NOK\",\"beloep\":10,\"renterIlagtDato\":\"" + dato + "\",\"rentetype\":\"STRAFFERENTE\"}";
    }

    private static String linjer(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(rente(idag().minusDays(10 + i)));
        return String.join(",", l);
    }

    @Test
    void tilbakekrevingsperiodeTilOgMedIdagTasImotIMorgenAvvises() {
        // the authority's rule: "tom kan ikke være i fremtiden" (decision 0032); today is not the future
        Api nav = nav();
        String person = Testpersoner.person(jdbc, "BOSATT");
        String tilIdag = navKrav(person, unik("P0")).replace("\"tilDato\":\"" + idag().minusMonths(2), "\"tilDato\":\"" + idag());
        assertThat(nav.post(Api.BASE, tilIdag).status()).isEqualTo(201);
        String tilImorgen = navKrav(person, unik("P1")).replace("\"tilDato\":\"" + idag().minusMonths(2), "\"tilDato\":\"" + idag().plusDays(1));
        assertThat(nav.post(Api.BASE, tilImorgen).feiltype()).isEqualTo("ugyldig-tilbakekrevingsperiode");
    }
}

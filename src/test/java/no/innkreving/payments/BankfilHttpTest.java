package no.innkreving.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.application.Innboksvakt;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operator's and caseworker's doors as curl and a browser use them: uploads, bad input, amounts in kroner, the inbox. */
class BankfilHttpTest extends ApiTestBase {
    @Autowired
    Fakturering fakturering;
    @Autowired
    Saldoer ledger;
    @Autowired
    Innboksvakt innboks;

    private UUID krav(String fnr) {
        return UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("HTTP")), "RESKONTROFOERT"));
    }

    private String kid(UUID krav) {
        return fakturering.forKrav(List.of(krav)).getFirst().kid();
    }

    private long gjenstaaende(UUID krav) {
        return ledger.saldo(krav, java.time.LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElseThrow();
    }

    private String operatoerToken() {
        return issuer.issue("974761076", "innkreving:bankfil");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return Api.http().send(b.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + operatoerToken()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String fil(UUID krav, long ore) {
        return Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), idag(), ore, kid(krav), "Ola", "12345678903")));
    }

    /**
     * {@code curl --data-binary @fil 'http://…/bankfiler?filnavn=…'} sends the file as
     * application/x-www-form-urlencoded: it must still be taken as the file, not parsed as form fields.
     */
    @Test
    void curl_data_binary_med_skjemainnholdstype_tas_som_fil() throws Exception {
        UUID k = krav(Testpersoner.person(jdbc, "BOSATT"));
        var svar = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/innkreving/bankfiler?filnavn=bank%20fil.xml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fil(k, 120_000))));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(svar.body()).contains("\"filnavn\":\"bank_fil.xml\"").contains("\"antallNye\":1");
        assertThat(gjenstaaende(k)).isEqualTo(1_650_000 - 120_000);
    }

    /** {@code curl -F file=@betaling.xml …}: multipart, the file name taken from the part when filnavn is absent. */
    @Test
    void curl_multipart_fil_med_navn_fra_delen() throws Exception {
        UUID k = krav(Testpersoner.person(jdbc, "BOSATT"));
        String grense = "----grense" + UUID.randomUUID();
        String kropp = "--" + grense + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"betaling.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n"
                + fil(k, 80_000) + "\r\n--" + grense + "--\r\n";
        var svar = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/innkreving/bankfiler"))
                .header("Content-Type", "multipart/form-data; boundary=" + grense)
                .POST(HttpRequest.BodyPublishers.ofString(kropp, StandardCharsets.UTF_8)));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(svar.body()).contains("\"filnavn\":\"betaling.xml\"");
        assertThat(gjenstaaende(k)).isEqualTo(1_650_000 - 80_000);

        // a multipart form without a file part: 400, nothing stored
        String tom = "--" + grense + "\r\nContent-Disposition: form-data; name=\"annet\"\r\n\r\nx\r\n--" + grense + "--\r\n";
        var ingen = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/innkreving/bankfiler"))
                .header("Content-Type", "multipart/form-data; boundary=" + grense).POST(HttpRequest.BodyPublishers.ofString(tom)));
        assertThat(ingen.statusCode()).isEqualTo(400);
    }

    /** A file refused whole (not a bank file; an OCR file whose control totals are wrong) answers 422 with the reason. */
    @Test
    void fil_som_avvises_i_sin_helhet_gir_422() throws Exception {
        var soeppel = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/innkreving/bankfiler?filnavn=x.txt"))
                .POST(HttpRequest.BodyPublishers.ofString("dette er ikke en bankfil " + UUID.randomUUID() + "\n")));
        assertThat(soeppel.statusCode()).as(soeppel.body()).isEqualTo(422);
        assertThat(soeppel.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(soeppel.body()).contains("Ukjent filformat");

        String arkiv = String.format("%09d", System.nanoTime() % 1_000_000_000L);
        String ocr = BankfilerUtenTapTest.ocr(BankfilerUtenTapTest.start(), BankfilerUtenTapTest.oppdragStart("0000903"),
                BankfilerUtenTapTest.post1("10", 1, 10_000, null), BankfilerUtenTapTest.post2("10", 1, arkiv),
                BankfilerUtenTapTest.oppdragSlutt(1, 4, 10_000), BankfilerUtenTapTest.forsendelseSlutt(2, 6, 10_000));
        var feilTotal = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/innkreving/bankfiler?filnavn=giro.ocr"))
                .POST(HttpRequest.BodyPublishers.ofString(ocr)));
        assertThat(feilTotal.statusCode()).as(feilTotal.body()).isEqualTo(422);
        assertThat(feilTotal.body()).contains("kontrollsummene");
    }

    @Test
    void ugyldig_inndata_gir_4xx_problem_aldri_500() {
        Api operatoer = new Api(port, operatoerToken());
        for (String antall : List.of("abc", "99999999999999999999", "0", "-5", "1001")) {
            var svar = operatoer.get("/api/innkreving/bankfiler?antall=" + antall);
            assertThat(svar.status()).as(antall + ": " + svar.body()).isEqualTo(400);
            assertThat(svar.contentType()).contains("application/problem+json");
        }
        assertThat(operatoer.get("/api/innkreving/bankfiler?antall=5").status()).isEqualTo(200);
        assertThat(operatoer.get("/api/innkreving/bankfiler/ikke-en-uuid").status()).isEqualTo(404);

        Api saksbehandler = new Api(port, issuer.issue("974761076", "innkreving:saksbehandling"));
        String sti = "/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger/" + UUID.randomUUID() + "/plassering";
        for (String kropp : List.of("{\"kid\":", "ikke json", "[1,2]", "{\"kid\":{\"a\":1}}")) {
            var svar = saksbehandler.post(sti, kropp);
            assertThat(svar.status()).as(kropp + ": " + svar.body()).isBetween(400, 499);
            assertThat(svar.contentType()).contains("application/problem+json");
        }
        var feilId = saksbehandler.post("/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger/%7Bikke-id%7D/plassering", "{\"kid\":\"1\"}");
        assertThat(feilId.status()).as(feilId.body()).isBetween(400, 499);
        assertThat(feilId.contentType()).contains("application/problem+json");
    }

    /**
     * The caseworker's queue, placement and reconciliation speak kroner with two decimals, as the debtor's view does:
     * 1 234,50 without a KID is in the queue as 1234.50, and placed on a claim of 16 500,00 it leaves 0.00.
     */
    @Test
    void saksbehandlerens_beloep_er_kroner_med_to_desimaler() throws Exception {
        UUID k = krav(Testpersoner.person(jdbc, "BOSATT"));
        String ref = unik("KR");
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(ref, idag(), 123_450, null, "Ola", "12345678903")));
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/innkreving/bankfiler"))
                .POST(HttpRequest.BodyPublishers.ofString(xml))).statusCode()).isEqualTo(201);
        Api saksbehandler = new Api(port, issuer.issue("974761076", "innkreving:saksbehandling"));
        var koe = saksbehandler.get("/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger");
        assertThat(koe.status()).isEqualTo(200);
        var post = java.util.stream.StreamSupport.stream(koe.json().spliterator(), false)
                .filter(n -> ref.equals(n.get("bankreferanse").asString())).findFirst().orElseThrow();
        assertThat(post.get("uplassertBeloep").decimalValue()).isEqualByComparingTo("1234.50");
        // the body as sent (a JSON reader in the test would turn 1234.50 into 1234.5)
        assertThat(koe.body()).contains("\"innbetaltBeloep\":1234.50,\"uplassertBeloep\":1234.50");
        var plassert = saksbehandler.post("/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger/"
                + post.get("innbetalingId").asString() + "/plassering", "{\"kid\":\"" + kid(k) + "\"}");
        assertThat(plassert.status()).as(plassert.body()).isEqualTo(200);
        assertThat(plassert.body()).contains("\"plassertBeloep\":1234.50").contains("\"fortsattUplassertBeloep\":0.00");
        var avstemming = saksbehandler.get("/api/innkreving/saksbehandling/v1/betalingsavstemming");
        assertThat(avstemming.status()).isEqualTo(200);
        assertThat(avstemming.json().get("stemmer").asBoolean()).as(avstemming.body()).isTrue();
        assertThat(avstemming.body()).containsPattern("\"bankBeloep\":\\d+\\.\\d{2},");
    }

    /**
     * A file written into the inbox in two steps under its final name is not taken half-written: the watcher sees
     * it, waits while it changes, and takes it whole once it has stayed the same (bank.inbox-stabil-ms, 400 ms in
     * tests). Polled with deadlines, no blind sleep.
     */
    @Test
    void fil_skrevet_i_to_steg_tas_foerst_naar_den_er_ferdig() throws Exception {
        UUID k = krav(Testpersoner.person(jdbc, "BOSATT"));
        String navn = "to-steg-" + UUID.randomUUID() + ".xml";
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(
                new Camt054.Betaling(unik("REF"), idag(), 100_000, kid(k), "Ola", "12345678903"),
                new Camt054.Betaling(unik("REF"), idag(), 200_000, kid(k), "Ola", "12345678903")));
        int halv = xml.indexOf("</Ntry>") + 7;
        Path fil = innboks.innboks().resolve(navn);
        Files.writeString(fil, xml.substring(0, halv), StandardCharsets.UTF_8);
        long frist = System.currentTimeMillis() + 5_000;
        // the poller does not run on real time in tests: its rounds are driven here
        while (!innboks.harSett(fil) && System.currentTimeMillis() < frist) innboks.sjekkNaa();
        assertThat(innboks.harSett(fil)).as("the watcher has seen the half-written file").isTrue();
        assertThat(fil).exists(); // seen, not taken
        Files.writeString(fil, xml.substring(halv), StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Path behandlet = innboks.innboks().resolveSibling("processed").resolve(navn);
        frist = System.currentTimeMillis() + 10_000;
        while (!Files.exists(behandlet) && System.currentTimeMillis() < frist) {
            innboks.sjekkNaa();
            if (!Files.exists(behandlet)) Thread.sleep(50);
        }
        assertThat(behandlet).exists();
        assertThat(Files.readString(behandlet.resolveSibling(navn + ".rapport.txt"))).contains("Nye innbetalinger bokført: 2");
        assertThat(gjenstaaende(k)).isEqualTo(1_650_000 - 300_000);
    }
}

package no.innkreving.liens;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.innkreving.dunning.application.Purreloep;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.letters.Brevutsending;
import no.innkreving.liens.application.Pantesletting;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.Formuesgodeart;
import no.innkreving.parties.persistence.FormuesgodeTables;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Liens through the real database and HTTP, with the clock moved. Every claim is a Brønnøysund coercive fine of
 * 10 000,00 (TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN) booked Sunday 25.05.2025, so (as PurreFlytTest derives) due
 * Monday 16.06.2025, reminded 30.06 (deadline 14.07), notice of enforcement 15.07 (deadline 29.07, tvangsfullbyrdelsesloven
 * § 4-18), ready for enforcement from 30.07.2025. Liens are taken on Monday 04.08.2025.
 */
class UtleggspantFlytTest extends ApiTestBase {
    private static final String V1 = "/api/innkreving/saksbehandling/v1";
    private static final LocalDate BESLUTTET = LocalDate.of(2025, 8, 4);
    private static final AtomicInteger GNR = new AtomicInteger(100 + (int) (System.nanoTime() % 1000));
    /** A caseworker signs in as a person: their ident is recorded on each decision. */
    private static final String SAKSBEHANDLER = "01838012317";

    @Autowired
    Purreloep purreloep;
    @Autowired
    Pantesletting pantesletting;
    @Autowired
    FormuesgodeTables formuesgoder;
    @Autowired
    Brevutsending brev;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    no.innkreving.suspension.Innkrevingsstanser stanser;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    private Api saksbehandler() {
        return new Api(port, issuer.issueForPerson(SAKSBEHANDLER, "innkreving:saksbehandling"));
    }

    private UUID krav(String org, String ref) {
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"%s","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, ref, unik("UP"));
        return UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
    }

    /** Books the debtor's claims on 25.05.2025 and runs dunning on the days it acts, so they are ready on 30.07.2025. */
    private List<UUID> kravKlareForTvangsinnkreving(String org, int antall) {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        List<UUID> krav = new java.util.ArrayList<>();
        for (int i = 0; i < antall; i++) krav.add(krav(org, "TVA-UP-" + i));
        for (LocalDate d : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 30))) {
            tidsmaskin.reisTil(d);
            purreloep.kjoer();
        }
        return krav;
    }

    private Formuesgode eiendom(String eier) {
        Formuesgode g = new Formuesgode(Formuesgodeart.FAST_EIENDOM, "3403-" + GNR.incrementAndGet() + "/7", eier,
                "Næringseiendom, Hamar (testdata)", 300_000_000L);
        formuesgoder.leggTil(List.of(g));
        return g;
    }

    private static String forespoersel(String skyldner, String art, String identifikator, List<UUID> krav) {
        return """
                {"skyldner":"%s","formuesgode":{"art":"%s","identifikator":"%s"},"krav":[%s]}"""
                .formatted(skyldner, art, identifikator, String.join(",", krav.stream().map(k -> "\"" + k + "\"").toList()));
    }

    private JsonNode kravbilde(UUID krav) {
        Api.Svar s = saksbehandler().get(V1 + "/krav/" + krav);
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        return s.json();
    }

    private static String foreldelse(JsonNode bilde) {
        return bilde.get("kravlinjer").get(0).path("foreldelse").path("dato").asString();
    }

    private String pdfTekst(byte[] pdf) throws Exception {
        try (var d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private void betal(UUID krav, long oere, LocalDate dato) throws Exception {
        String kid = fakturering.forKrav(List.of(krav)).getFirst().kid();
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), dato, oere, kid,
                "Betaler AS", "12345678903")), dato);
        Path fil = Files.createTempFile("up", ".xml");
        Files.writeString(fil, xml, StandardCharsets.UTF_8);
        importen.importer(fil, "up.xml", "OPPLASTING");
    }

    private int antallPant(String skyldner) {
        return jdbc.queryForObject("select count(*) from utleggspant where skyldner = ?", Integer.class, skyldner);
    }

    /*
     * Two claims of 10 000,00 each, a lien on the debtor's property on Monday 04.08.2025: registered (grunnboken), securing
     * 20 000,00. The complaint deadline for the choice of asset is one month on (tvangsfullbyrdelsesloven § 7-26):
     * 04.09.2025, a Thursday (2025-01-01 is a Wednesday; 04.09 is 31+28+31+30+31+30+31+31+3 = 246 days later, 246 = 35·7 + 1),
     * no holiday. Limitation: before, three years from the decision 25.05.2025 (foreldelsesloven §§ 2, 3) is 25.05.2028,
     * Ascension Day (Easter Sunday 16.04.2028 + 39 days), so Friday 26.05.2028 (§ 29 nr. 2). The lien interrupts
     * (§ 17 nr. 2) and a new period of ten years runs from 04.08.2025: 04.08.2035, a Saturday (2035-01-01 is a Monday;
     * 04.08 is 31+28+31+30+31+30+31+3 = 215 days later, 215 = 30·7 + 5), so Monday 06.08.2035.
     * Forced sale may not be requested on 04.09.2025 (the deadline's last day), may on 05.09.2025; after that the
     * lien cannot go back to REGISTRERT.
     */
    @Test
    void pant_i_fast_eiendom_brev_med_klagefrist_foreldelse_avbrutt_og_statusendringer() throws Exception {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        List<UUID> krav = kravKlareForTvangsinnkreving(org, 2);
        Formuesgode eiendom = eiendom(org);
        assertThat(foreldelse(kravbilde(krav.get(0)))).isEqualTo("2028-05-26");

        tidsmaskin.reisTil(BESLUTTET);
        Api.Svar s = saksbehandler().post(V1 + "/utleggspant", forespoersel(org, "FAST_EIENDOM", " " + eiendom.identifikator() + "/0/0", krav));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        JsonNode pant = s.json();
        String id = pant.get("id").asString();
        assertThat(pant.get("status").asString()).isEqualTo("REGISTRERT");
        assertThat(pant.get("rettsvern").asString()).isEqualTo("TINGLYSING_GRUNNBOKEN");
        assertThat(pant.get("formuesgode").get("identifikator").asString()).isEqualTo(eiendom.identifikator());
        assertThat(pant.get("besluttetDato").asString()).isEqualTo("2025-08-04");
        assertThat(pant.get("klagefristValgAvFormuesgode").asString()).isEqualTo("2025-09-04");
        assertThat(pant.get("sikretBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("20000.00"));
        assertThat(pant.get("saksbehandler").asString()).isEqualTo(SAKSBEHANDLER);
        assertThat(pant.hasNonNull("begjaeringTilNamsmannen")).isFalse();
        assertThat(pant.get("historikk")).singleElement().satisfies(h -> {
            assertThat(h.get("status").asString()).isEqualTo("REGISTRERT");
            assertThat(h.get("dato").asString()).isEqualTo("2025-08-04");
            assertThat(h.get("hvem").asString()).isEqualTo(SAKSBEHANDLER);
            assertThat(h.get("dokumentId").asString()).isEqualTo(pant.get("brevDokumentId").asString());
        });
        assertThat(s.contentType()).startsWith("application/json");

        // the letter, as the debtor got it
        String tekst = pdfTekst(brev.dokument(UUID.fromString(pant.get("brevDokumentId").asString())).orElseThrow().innhold());
        assertThat(tekst).contains("Melding om utleggspant", eiendom.identifikator(), "04.09.2025", "§ 7-26", "tinglysing i",
                "20 000,00", "UP-");
        assertThat(jdbc.queryForObject("select brevslag from brevdokument where dokument_id = ?", String.class,
                UUID.fromString(pant.get("brevDokumentId").asString()))).isEqualTo("UTLEGGSPANT");

        // limitation interrupted: the caseworker's view shows the new date and the lien
        JsonNode bilde = kravbilde(krav.get(0));
        assertThat(foreldelse(bilde)).isEqualTo("2035-08-06");
        assertThat(bilde.get("kravlinjer").get(0).path("foreldelse").path("forklaring").toString()).contains("04.08.2025", "§ 17 nr. 2");
        assertThat(bilde.get("hendelser").toString()).contains("\"UTLEGGSPANT\"", pant.get("brevDokumentId").asString());
        assertThat(foreldelse(kravbilde(krav.get(1)))).isEqualTo("2035-08-06");
        // a second lien the same day (the debtor's van, via namsmannen) is the same interruption, told once
        String regnr = "ZT" + (10_000 + GNR.incrementAndGet());
        formuesgoder.leggTil(List.of(new Formuesgode(Formuesgodeart.KJOERETOEY, regnr, org, "Varebil, 2020", 20_000_000L)));
        assertThat(saksbehandler().post(V1 + "/utleggspant", forespoersel(org, "KJOERETOEY", regnr, List.of(krav.get(0)))).status()).isEqualTo(201);
        String forklaring = kravbilde(krav.get(0)).get("kravlinjer").get(0).path("foreldelse").path("forklaring").toString();
        assertThat(forklaring.split("04\\.08\\.2025 avbryter", -1)).hasSize(2);
        assertThat(foreldelse(kravbilde(krav.get(0)))).isEqualTo("2035-08-06");

        // forced sale: not while the month to complain of the choice runs
        tidsmaskin.reisTil(LocalDate.of(2025, 9, 4));
        Api.Svar tidlig = saksbehandler().post(V1 + "/utleggspant/" + id + "/status",
                "{\"status\":\"TVANGSSALG_BEGJAERT\",\"begrunnelse\":\"Ikke betalt\"}");
        assertThat(tidlig.status()).as(tidlig.body()).isEqualTo(422);
        assertThat(tidlig.tekst("felt")).isEqualTo("status");
        assertThat(tidlig.tekst("detail")).contains("2025-09-04");
        Api.Svar utenGrunn = saksbehandler().post(V1 + "/utleggspant/" + id + "/status", "{\"status\":\"TVANGSSALG_BEGJAERT\"}");
        assertThat(utenGrunn.status()).isEqualTo(422);
        assertThat(utenGrunn.tekst("felt")).isEqualTo("begrunnelse");

        tidsmaskin.reisTil(LocalDate.of(2025, 9, 5));
        Api.Svar salg = saksbehandler().post(V1 + "/utleggspant/" + id + "/status",
                "{\"status\":\"TVANGSSALG_BEGJAERT\",\"begrunnelse\":\"Ikke betalt; begjæring om tvangssalg sendt tingretten\"}");
        assertThat(salg.status()).as(salg.body()).isEqualTo(200);
        assertThat(salg.json().get("status").asString()).isEqualTo("TVANGSSALG_BEGJAERT");
        assertThat(salg.json().get("historikk")).hasSize(2);
        JsonNode siste = salg.json().get("historikk").get(1);
        assertThat(siste.get("dato").asString()).isEqualTo("2025-09-05");
        assertThat(siste.get("hvem").asString()).isEqualTo(SAKSBEHANDLER);
        assertThat(siste.get("begrunnelse").asString()).contains("tvangssalg sendt tingretten");
        Api.Svar tilbake = saksbehandler().post(V1 + "/utleggspant/" + id + "/status", "{\"status\":\"REGISTRERT\",\"begrunnelse\":\"x\"}");
        assertThat(tilbake.status()).isEqualTo(422);
        Api.Svar lest = saksbehandler().get(V1 + "/utleggspant/" + id);
        assertThat(lest.status()).isEqualTo(200);
        assertThat(lest.json().get("status").asString()).isEqualTo("TVANGSSALG_BEGJAERT");
        assertThat(kravbilde(krav.get(0)).get("hendelser").toString()).contains("\"TVANGSSALG_BEGJAERT\"");
    }

    /*
     * A lien on the debtor's van goes as a request to namsmannen: status BEGJAERT_HOS_NAMSMANNEN, the request a PDF
     * naming the vehicle, the claim and the notice of 15.07.2025; not a lien of ours until the caseworker records that
     * namsmannen took it. The claim is then paid in full on 11.08.2025: the daily run that day deletes the lien
     * (§ 7-27), recorded as the run's act with why, and the debtor gets a letter. A second lien whose claim is only
     * partly paid (4 000,00 of 10 000,00) stays.
     */
    @Test
    void pant_i_kjoeretoey_begjaeres_hos_namsmannen_og_slettes_naar_kravet_er_betalt() throws Exception {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        List<UUID> krav = kravKlareForTvangsinnkreving(org, 2);
        String regnr = "ZX" + (10_000 + GNR.incrementAndGet());
        formuesgoder.leggTil(List.of(new Formuesgode(Formuesgodeart.KJOERETOEY, regnr, org, "Varebil Ford Transit, 2021", 28_000_000L)));
        Formuesgode eiendom = eiendom(org);

        tidsmaskin.reisTil(BESLUTTET);
        // "bil" for KJOERETOEY, and the reg.nr as people write it
        Api.Svar s = saksbehandler().post(V1 + "/utleggspant", forespoersel(org, "bil",
                regnr.substring(0, 2).toLowerCase() + " " + regnr.substring(2), List.of(krav.get(0))));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        String id = s.json().get("id").asString();
        assertThat(s.json().get("status").asString()).isEqualTo("BEGJAERT_HOS_NAMSMANNEN");
        assertThat(s.json().get("formuesgode").get("art").asString()).isEqualTo("KJOERETOEY");
        assertThat(s.json().get("rettsvern").asString()).isEqualTo("BEGJAERING_NAMSMANNEN");
        String sti = s.json().get("begjaeringTilNamsmannen").asString();
        Api.Svar pdf = saksbehandler().get(sti);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        byte[] begjaering = jdbc.queryForObject("select begjaering_pdf from utleggspant where id = ?", byte[].class, UUID.fromString(id));
        assertThat(pdfTekst(begjaering)).contains("Begjæring om utlegg", "Namsmannen i", regnr, krav.get(0).toString(), "10 000,00",
                "15.07.2025", org, "tvangsfullbyrdelsesloven kapittel 7");
        assertThat(pdfTekst(brev.dokument(UUID.fromString(s.json().get("brevDokumentId").asString())).orElseThrow().innhold()))
                .contains("Melding om begjæring om utlegg", "namsmannen", "04.09.2025");
        Api.Svar tatt = saksbehandler().post(V1 + "/utleggspant/" + id + "/status",
                "{\"status\":\"REGISTRERT\",\"begrunnelse\":\"Namsmannen tok utlegg 08.08.2025, registrert i Løsøreregisteret\"}");
        assertThat(tatt.status()).as(tatt.body()).isEqualTo(200);
        Api.Svar annet = saksbehandler().post(V1 + "/utleggspant", forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(1))));
        assertThat(annet.status()).as(annet.body()).isEqualTo(201);
        String annetId = annet.json().get("id").asString();

        tidsmaskin.reisTil(LocalDate.of(2025, 8, 11));
        betal(krav.get(0), 1_000_000, LocalDate.of(2025, 8, 11));
        betal(krav.get(1), 400_000, LocalDate.of(2025, 8, 11));
        pantesletting.kjoer();

        JsonNode slettet = saksbehandler().get(V1 + "/utleggspant/" + id).json();
        assertThat(slettet.get("status").asString()).isEqualTo("SLETTET");
        JsonNode h = slettet.get("historikk").get(slettet.get("historikk").size() - 1);
        assertThat(h.get("dato").asString()).isEqualTo("2025-08-11");
        assertThat(h.get("hvem").asString()).isEqualTo("daglig kjøring utleggspant-sletting");
        assertThat(h.get("begrunnelse").asString()).contains("betalt", "§ 7-27");
        String slettebrev = pdfTekst(brev.dokument(UUID.fromString(h.get("dokumentId").asString())).orElseThrow().innhold());
        assertThat(slettebrev).contains("Melding om sletting av utleggspant", regnr, "11.08.2025", "§ 7-27");
        assertThat(slettebrev.replaceAll("\\s+", " ")).contains("er betalt (tvangsfullbyrdelsesloven § 7-27).").doesNotContain("betalt. (");
        assertThat(kravbilde(krav.get(0)).get("hendelser").toString()).contains(h.get("dokumentId").asString());
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'UTLEGGSPANT_SLETTET'",
                Integer.class, org)).isEqualTo(1);
        assertThat(saksbehandler().get(V1 + "/utleggspant/" + annetId).json().get("status").asString()).isEqualTo("REGISTRERT");
        assertThat(kravbilde(krav.get(0)).get("hendelser").toString()).contains("\"UTLEGGSPANT_SLETTET\"");

        pantesletting.kjoer(); // a rerun deletes nothing more and sends no second letter
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'UTLEGGSPANT_SLETTET'",
                Integer.class, org)).isEqualTo(1);
    }

    /**
     * Refused, each with 422 naming the field, and nothing stored: someone else's asset, an unknown asset, another
     * debtor's claim, a claim not yet past the notice of enforcement, a claim on hold; bad input 400/422.
     */
    @Test
    void avslag_skriver_ingenting() {
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String annen = Testpersoner.organisasjon(jdbc, "AKTIV");
        List<UUID> krav = kravKlareForTvangsinnkreving(org, 2);
        UUID annensKrav = krav(annen, "TVA-UP-ANNEN");
        Formuesgode eiendom = eiendom(org);
        tidsmaskin.reisTil(BESLUTTET);
        UUID ikkeKlart = krav(org, "TVA-UP-NY");
        stanser.stans(krav.get(1), no.innkreving.suspension.Stansgrunn.BETALINGSAVTALE, LocalDate.of(2025, 8, 1), null, "betalingsavtale:UP-T");

        record Tilfelle(String body, int status, String type, String felt) {
        }
        List<Tilfelle> tilfeller = List.of(
                // Ola Normann's house in the demo data: not this debtor's
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", "0301-208/153", List.of(krav.get(0))), 422, "formuesgode-tilhoerer-ikke-skyldner", "formuesgode.identifikator"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", "9999-1/1", List.of(krav.get(0))), 422, "ukjent-formuesgode", "formuesgode.identifikator"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(0), annensKrav)), 422, "krav-tilhoerer-ikke-skyldner", "krav[1]"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(ikkeKlart)), 422, "krav-ikke-klart-for-tvangsinnkreving", "krav[0]"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(0), krav.get(1))), 422, "krav-er-stanset", "krav[1]"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(UUID.randomUUID())), 422, "ukjent-krav", "krav[0]"),
                new Tilfelle(forespoersel(org, "HUS", eiendom.identifikator(), List.of(krav.get(0))), 422, "ugyldig-art", "formuesgode.art"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", "Storgata 1", List.of(krav.get(0))), 422, "ugyldig-identifikator", "formuesgode.identifikator"),
                new Tilfelle(forespoersel("12345678901", "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(0))), 422, "ugyldig-skyldner", "skyldner"),
                new Tilfelle(forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of()), 422, "ugyldig-antall-krav", "krav"),
                new Tilfelle("{\"skyldner\":\"" + org + "\",\"formuesgode\":{\"art\":\"FAST_EIENDOM\",\"identifikator\":\"" + eiendom.identifikator()
                        + "\"},\"krav\":[\"ikke-en-uuid\"]}", 422, "ugyldig-kravidentifikator", "krav[0]"),
                new Tilfelle("{\"formuesgode\":{\"art\":\"FAST_EIENDOM\",\"identifikator\":\"x\"},\"krav\":[]}", 422, "mangler-felt", "skyldner"),
                new Tilfelle("{\"skyldner\":", 400, "ugyldig-innhold", null),
                new Tilfelle("{\"skyldner\":\"" + org + "\",\"formuesgode\":\"hus\",\"krav\":[]}", 400, "ugyldig-innhold", "formuesgode"));
        for (Tilfelle t : tilfeller) {
            Api.Svar s = saksbehandler().post(V1 + "/utleggspant", t.body());
            assertThat(s.status()).as(t.body() + " -> " + s.body()).isEqualTo(t.status());
            assertThat(s.contentType()).startsWith("application/problem+json");
            assertThat(s.feiltype()).as(s.body()).isEqualTo(t.type());
            assertThat(s.tekst("felt")).as(s.body()).isEqualTo(t.felt());
        }
        // a lien is a person's decision: a token naming no caseworker may not take one, nor a caseworker in their own case
        Api.Svar klientAlene = new Api(port, issuer.issue("974761076", "innkreving:saksbehandling"))
                .post(V1 + "/utleggspant", forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(0))));
        assertThat(klientAlene.status()).as(klientAlene.body()).isEqualTo(403);
        assertThat(klientAlene.feiltype()).isEqualTo("saksbehandler-mangler");
        Api.Svar egenSak = saksbehandler().post(V1 + "/utleggspant", forespoersel(SAKSBEHANDLER, "FAST_EIENDOM", "0301-208/153", List.of(krav.get(0))));
        assertThat(egenSak.status()).as(egenSak.body()).isEqualTo(403);
        assertThat(egenSak.feiltype()).isEqualTo("inhabil");
        assertThat(antallPant(org)).isZero();
        assertThat(antallPant(SAKSBEHANDLER)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from fristavbrudd where krav_id = any(?)", Integer.class,
                (Object) krav.toArray(UUID[]::new))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'UTLEGGSPANT'",
                Integer.class, org)).isZero();

        // the same claim on the same asset twice is one lien
        Api.Svar en = saksbehandler().post(V1 + "/utleggspant", forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(0))));
        assertThat(en.status()).as(en.body()).isEqualTo(201);
        Api.Svar to = saksbehandler().post(V1 + "/utleggspant", forespoersel(org, "FAST_EIENDOM", eiendom.identifikator(), List.of(krav.get(0))));
        assertThat(to.status()).isEqualTo(422);
        assertThat(to.feiltype()).isEqualTo("formuesgode-har-utleggspant-for-kravet");
        assertThat(antallPant(org)).isEqualTo(1);
    }

    /** The demo asset register: Ola Normann's house, account, VPS account, car and boat; only for caseworkers. */
    @Test
    void formuesgoder_for_saksbehandler_og_tilgang() {
        Api.Svar s = saksbehandler().get(V1 + "/skyldnere/01838012317/formuesgoder");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        assertThat(s.json().get("formuesgoder").toString()).contains("\"FAST_EIENDOM\"", "0301-208/153", "\"KJOERETOEY\"", "EK12345",
                "\"BAAT\"", "\"BANKKONTO\"", "\"VERDIPAPIR\"", "Grunnboken (Kartverket)");
        assertThat(saksbehandler().get(V1 + "/skyldnere/123/formuesgoder").status()).isEqualTo(400);
        assertThat(saksbehandler().get(V1 + "/utleggspant/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(saksbehandler().get(V1 + "/utleggspant/x").status()).isEqualTo(400);

        Api ingen = new Api(port, null);
        Api kreditor = som(NAV);
        String body = forespoersel("310000000", "FAST_EIENDOM", "4601-12/34", List.of(UUID.randomUUID()));
        assertThat(ingen.get(V1 + "/skyldnere/01838012317/formuesgoder").status()).isEqualTo(401);
        assertThat(ingen.post(V1 + "/utleggspant", body).status()).isEqualTo(401);
        assertThat(kreditor.get(V1 + "/skyldnere/01838012317/formuesgoder").status()).isEqualTo(403);
        assertThat(kreditor.post(V1 + "/utleggspant", body).status()).isEqualTo(403);
        assertThat(kreditor.post(V1 + "/utleggspant/" + UUID.randomUUID() + "/status", "{\"status\":\"SLETTET\",\"begrunnelse\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(antallPant("310000000")).isZero();
    }
}

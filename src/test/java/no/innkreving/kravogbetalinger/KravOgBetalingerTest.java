package no.innkreving.kravogbetalinger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.platform.demoissuer.DemoSamtykkeUtsteder;
import no.innkreving.platform.time.Virkedager;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Krav og betalinger v1 over HTTP: the shapes of the published examples, and who may see what. */
class KravOgBetalingerTest extends ApiTestBase {
    static final String SCOPE_KB = "skatteetaten:kravogbetalinger";
    static final String REGNSKAPSSYSTEM = "310000000"; // the accounting system's own organisation
    static final String BANK = "310000108";

    @Autowired
    Fakturering fakturering;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    DemoSamtykkeUtsteder samtykker;
    @Autowired
    no.innkreving.suspension.Innkrevingsstanser stanser;
    @TempDir
    Path tmp;

    String org;
    UUID krav;
    String kid;

    @BeforeEach
    void kravMedDelbetaling() throws Exception {
        org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String body = """
                {"kravtype":"RETTSGEBYR_UTLEGGSBEGJAERING",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":1277},
                 "oppdragsgiversReferanse":"SRF-77","oppdragsgiversKravidentifikator":"%s",
                 "fastsettelsesdato":"%s"}""".formatted(org, unik("KB"), idag().minusDays(5));
        krav = UUID.fromString(opprettOgVent(som(SRF), body, "RESKONTROFOERT"));
        kid = fakturering.forKrav(List.of(krav)).stream().filter(f -> f.type() == Faktura.Type.FAKTURA).findFirst().orElseThrow().kid();
        Path fil = tmp.resolve("b.xml");
        Files.writeString(fil, Camt054.fil(unik("MSG"), "76940500121",
                List.of(new Camt054.Betaling(unik("REF"), idag(), 50_000, kid, "TESTFIRMA AS", "15030100007"))));
        importen.importer(fil, "b.xml", "OPPLASTING");
    }

    private Api regnskapssystemFor(String part) {
        return new Api(port, issuer.issueForSystemUser(REGNSKAPSSYSTEM, SCOPE_KB, part));
    }

    private static String sti(String pakke, String part, String endepunkt) {
        return "/api/innkreving/kravogbetalinger/v1/" + pakke + "/" + part + "/" + endepunkt;
    }

    /* 1 277,00 invoiced, 500,00 paid with its KID: 777,00 left, not yet due (due in 21 days). */
    @Test
    void aapnekrav_i_publisert_form_med_kid_og_plassert_innbetaling() {
        var svar = regnskapssystemFor(org).get(sti("regnskapssystem", org, "aapnekrav"));
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonNode j = svar.json();
        assertThat(j.get("partIdentifikator").asString()).isEqualTo(org);
        assertThat(j.get("skjermet").asBoolean()).isFalse();
        JsonNode k = j.get("aapentKravMedGjenstaaendeBeloep").get(0);
        assertThat(k.get("kravidentifikator").asString()).isEqualTo(krav.toString());
        assertThat(k.get("kravtype").asString()).isEqualTo("RETTSGEBYR_UTLEGGSBEGJAERING");
        assertThat(k.get("opprinneligBeloep").decimalValue()).isEqualByComparingTo("1277.00");
        assertThat(k.get("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo("777.00");
        assertThat(k.get("kravbeskrivelse").get("spraakTekst").get(0).get("tekst").asString()).isEqualTo("Rettsgebyr for utleggsbegjæring");
        assertThat(k.get("kravgruppe").asString()).isEqualTo("Øvrige offentlige krav");
        assertThat(k.has("kravperiode")).as("the creditor stated no period").isFalse();
        JsonNode forfall = k.get("kravforfall").get(0);
        assertThat(forfall.get("forfallsdato").asString()).isEqualTo(Virkedager.virkedagFraOgMed(idag().plusDays(21)).toString());
        assertThat(forfall.get("betalingsinformasjon").get("kidnummer").asString()).isEqualTo(kid);
        assertThat(forfall.get("betalingsinformasjon").get("konto").get("kontonummer").asString()).isEqualTo("76940500121");
        assertThat(forfall.get("betalingsinformasjon").get("konto").get("iban").asString()).isEqualTo("NO3976940500121");
        JsonNode plassert = forfall.get("plassertInnbetaling").get(0);
        assertThat(plassert.get("plassertBeloep").decimalValue()).isEqualByComparingTo("-500.00");
        assertThat(plassert.get("innbetaltFra").get("konto").get("kontonummer").asString()).isEqualTo("******00007");
        assertThat(j.get("innbetalingMedUplassertBeloep")).isEmpty();
        JsonNode total = j.get("totalOversikt");
        assertThat(total.get("sumForfalteKrav").decimalValue()).isEqualByComparingTo("0");
        assertThat(total.get("sumIkkeForfalteKrav").decimalValue()).isEqualByComparingTo("777.00");
        assertThat(total.get("saldo").decimalValue()).isEqualByComparingTo("777.00");
        assertThat(j.get("oversiktPerKravgruppe").get(0).get("kravgruppe").asString()).isEqualTo("Øvrige offentlige krav");
    }

    /* A complaint that suspended enforcement holds the claim from today: utsattIverksettelse is true on its due date. */
    @Test
    void utsatt_iverksettelse_vises_paa_forfallet_mens_stansen_varer() {
        var foer = regnskapssystemFor(org).get(sti("regnskapssystem", org, "aapnekrav")).json();
        assertThat(foer.get("aapentKravMedGjenstaaendeBeloep").get(0).get("kravforfall").get(0).get("utsattIverksettelse")
                .asBoolean()).isFalse();
        stanser.stans(krav, no.innkreving.suspension.Stansgrunn.UTSATT_IVERKSETTELSE, idag(), null, "klage:test-" + krav);
        var etter = regnskapssystemFor(org).get(sti("regnskapssystem", org, "aapnekrav")).json();
        assertThat(etter.get("aapentKravMedGjenstaaendeBeloep").get(0).get("kravforfall").get(0).get("utsattIverksettelse")
                .asBoolean()).isTrue();
    }

    @Test
    void innbetalinger_og_krav_for_en_periode() {
        Api api = regnskapssystemFor(org);
        var inn = api.get(sti("regnskapssystem", org, "innbetalinger") + "?fraOgMed=" + idag().minusDays(30) + "&tilOgMed=" + idag());
        assertThat(inn.status()).as(inn.body()).isEqualTo(200);
        JsonNode b = inn.json().get("innbetaling").get(0);
        assertThat(b.get("innbetaltBeloep").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(b.get("uplassertBeloep").decimalValue()).isEqualByComparingTo("0");
        assertThat(b.get("innbetalingstype").asString()).isEqualTo("bankoverføring");
        var k = api.get(sti("regnskapssystem", org, "krav") + "?fraOgMed=" + idag().minusDays(30) + "&tilOgMed=" + idag());
        assertThat(k.json().get("krav").get(0).get("kravidentifikator").asString()).isEqualTo(krav.toString());
        assertThat(k.json().get("periode").get("fraOgMed").asString()).isEqualTo(idag().minusDays(30).toString());

        var forLang = api.get(sti("regnskapssystem", org, "krav") + "?fraOgMed=2024-01-01&tilOgMed=2025-06-01");
        assertKb(forLang, 400, "KB-006");
        var ingenting = api.get(sti("regnskapssystem", org, "utbetalinger") + "?fraOgMed=" + idag().minusDays(30) + "&tilOgMed=" + idag());
        assertKb(ingenting, 404, "KB-007");
    }

    @Test
    void bank_med_samtykke_fra_parten_faar_se_og_ingen_andre() {
        String samtykke = samtykker.utsted(org, BANK, Duration.ofMinutes(5));
        Api bank = new Api(port, issuer.issue(BANK, SCOPE_KB));
        assertThat(bank.get(sti("finans", org, "aapnekrav"), "AltinnSamtykke", samtykke).status()).isEqualTo(200);
        assertKb(bank.get(sti("finans", org, "aapnekrav")), 403, "KB-005");
        Api annenBank = new Api(port, issuer.issue("310000205", SCOPE_KB));
        assertKb(annenBank.get(sti("finans", org, "aapnekrav"), "AltinnSamtykke", samtykke), 403, "KB-005");
        String annenPart = Testpersoner.organisasjon(jdbc, "AKTIV");
        assertKb(bank.get(sti("finans", annenPart, "aapnekrav"), "AltinnSamtykke", samtykke), 403, "KB-005");
        String utloept = samtykker.utsted(org, BANK, Duration.ofSeconds(-120));
        assertKb(bank.get(sti("finans", org, "aapnekrav"), "AltinnSamtykke", utloept), 403, "KB-005");
        assertKb(bank.get(sti("finans", org, "aapnekrav"), "AltinnSamtykke", samtykke.substring(0, samtykke.length() - 4) + "AAAA"), 403, "KB-005");
    }

    @Test
    void alle_andre_faar_kb_feil_og_faar_ikke_vite_om_parten_finnes() {
        String annen = Testpersoner.organisasjon(jdbc, "AKTIV");
        var feilOrg = regnskapssystemFor(annen).get(sti("regnskapssystem", org, "aapnekrav"));
        var finnesIkke = regnskapssystemFor(annen).get(sti("regnskapssystem", "310000302", "aapnekrav"));
        assertKb(feilOrg, 403, "KB-005");
        assertKb(finnesIkke, 403, "KB-005");
        assertThat(feilOrg.json().get("melding")).isEqualTo(finnesIkke.json().get("melding"));

        assertKb(new Api(port, null).get(sti("regnskapssystem", org, "aapnekrav")), 401, "KB-004");
        assertKb(new Api(port, issuer.issueForSystemUser(REGNSKAPSSYSTEM, "skatteetaten:innkrevingsoppdrag", org))
                .get(sti("regnskapssystem", org, "aapnekrav")), 403, "KB-005");
        assertKb(new Api(port, issuer.issueForPerson("01838012317", SCOPE_KB)).get(sti("regnskapssystem", org, "aapnekrav")), 403, "KB-005");
        assertKb(regnskapssystemFor(org).get(sti("regnskapssystem", "123", "aapnekrav")), 400, "KB-006");
        assertKb(regnskapssystemFor(org).get(sti("regnskapssystem", org, "finnesikke")), 404, "KB-003");
        assertKb(regnskapssystemFor(org).get(sti("ukjentpakke", org, "aapnekrav")), 404, "KB-003");
        assertKb(regnskapssystemFor(org).get(sti("regnskapssystem", org, "aapnekrav"), "Accept", "application/xml"), 406, "KB-008");
        String korr = UUID.randomUUID().toString();
        var medKorr = regnskapssystemFor(annen).get(sti("regnskapssystem", org, "aapnekrav"), "Korrelasjonsid", korr);
        assertThat(medKorr.json().get("korrelasjonsid").asString()).isEqualTo(korr);
    }

    private static void assertKb(Api.Svar s, int status, String kode) {
        assertThat(s.status()).as(s.body()).isEqualTo(status);
        assertThat(s.contentType()).startsWith("application/json");
        JsonNode j = s.json();
        assertThat(j.get("kode").asString()).isEqualTo(kode);
        assertThat(j.get("melding").asString()).isNotBlank();
        assertThat(UUID.fromString(j.get("korrelasjonsid").asString())).isNotNull();
        assertThat(j.size()).isEqualTo(3);
    }
}

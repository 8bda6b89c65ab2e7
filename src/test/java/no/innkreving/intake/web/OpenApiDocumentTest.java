package no.innkreving.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.innkreving.intake.domain.Feil;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI document against the contract, against our controllers, and against our response records. */
class OpenApiDocumentTest extends ApiTestBase {
    private static final String BASE = "/api/innkreving/innkrevingsoppdrag/v1";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dokument() throws Exception {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(OpenApiDocumentController.RESSURS)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> skjema(Map<String, Object> doc, String navn) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas")).get(navn);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> egenskaper(Map<String, Object> doc, String navn) {
        return ((Map<String, Object>) skjema(doc, navn).get("properties")).keySet();
    }

    @Test
    @SuppressWarnings("unchecked")
    void stierOgMetoderErKontraktensOgVaare() throws Exception {
        Map<String, Object> paths = (Map<String, Object>) dokument().get("paths");
        Set<String> idok = new TreeSet<>();
        paths.forEach((sti, ops) -> ((Map<String, Object>) ops).keySet().forEach(m -> idok.add(m.toUpperCase() + " " + BASE + sti)));
        // the spec's endpoint table, typed in
        Set<String> kontrakt = new TreeSet<>(List.of(
                "POST " + BASE + "/innkrevingsoppdrag",
                "GET " + BASE + "/innkrevingsoppdrag/{kravidentifikator}/mottaksstatus",
                "GET " + BASE + "/innkrevingsoppdrag/{kravidentifikator}/valideringsfeil",
                "PUT " + BASE + "/innkrevingsoppdrag/{kravidentifikator}/hovedstol",
                "PUT " + BASE + "/innkrevingsoppdrag/{kravidentifikator}/renter",
                "PUT " + BASE + "/innkrevingsoppdrag/{kravidentifikator}/oppdragsgiversreferanse",
                "POST " + BASE + "/innkrevingsoppdrag/avskriving",
                "GET " + BASE + "/innkrevingsoppdrag/{kravidentifikator}/avstemming",
                "POST " + BASE + "/innkrevingsoppdrag/kravoversikt",
                "GET " + BASE + "/innkrevingsoppdrag/{kravidentifikator}"));
        assertThat(idok).isEqualTo(kontrakt);
        Set<String> iAppen = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, metode) -> info.getPatternValues().forEach(p -> {
            if (p.startsWith(BASE + "/innkrevingsoppdrag")) info.getMethodsCondition().getMethods().forEach(m -> iAppen.add(m.name() + " " + p));
        }));
        // besides the contract's paths, one GET and one PUT fallback that route a creditor's id holding a raw '/' to
        // the same endpoints (NAV's client puts it in the path unencoded); they are not paths of their own
        Set<String> fallback = new TreeSet<>(List.of("GET " + BASE + "/innkrevingsoppdrag/{*sti}", "PUT " + BASE + "/innkrevingsoppdrag/{*sti}"));
        assertThat(iAppen).containsAll(fallback);
        iAppen.removeAll(fallback);
        assertThat(iAppen).isEqualTo(kontrakt);
    }

    @Test
    void hverFeiltypeOgHvertEnumErMed() throws Exception {
        String yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenApiDocumentController.RESSURS)) {
            yaml = new String(in.readAllBytes());
        }
        for (Feil f : Feil.values()) assertThat(yaml).as(f.suffix()).contains("`" + f.suffix() + "`");
        Map<String, Object> doc = dokument();
        assertThat(skjema(doc, "Mottaksstatus").get("enum")).isEqualTo(List.of("MOTTATT_IKKE_BEHANDLET", "MOTTATT_UNDER_BEHANDLING",
                "VALIDERINGSFEIL", "RESKONTROFOERT", "MIGRERT", "SKAL_IKKE_RESKONTROFOERES"));
        assertThat(skjema(doc, "Kravidentifikatortype").get("enum")).isEqualTo(List.of("SKATTEETATENS_KRAVIDENTIFIKATOR", "OPPDRAGSGIVERS_KRAVIDENTIFIKATOR"));
        @SuppressWarnings("unchecked")
        List<String> kravtyper = (List<String>) skjema(doc, "Kravtype").get("enum");
        assertThat(kravtyper).hasSize(48).contains("TILBAKEKREVING_UNGDOMSPROGRAMYTELSEN", "TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                "RETTSGEBYR_UTLEGGSBEGJAERING");
        List<String> iKatalogen = jdbc.queryForList("select kode from kravtype where kilde <> 'test'", String.class);
        assertThat(new TreeSet<>(kravtyper)).isEqualTo(new TreeSet<>(iKatalogen));
    }

    @Test
    void svarskjemaeneHarFelteneViSender() throws Exception {
        Map<String, Object> doc = dokument();
        Map<String, Class<?>> par = Map.of(
                "MottaksstatusResponse", Svar.MottaksstatusResponse.class,
                "ValideringsfeilDTO", Svar.ValideringsfeilDTO.class,
                "OpprettInnkrevingsoppdragResponse", Svar.OpprettInnkrevingsoppdragResponse.class,
                "MottakskvitteringEndring", Svar.Mottakskvittering.class,
                "GrensesnittavstemmingResponse", Svar.GrensesnittavstemmingResponse.class,
                "MottatteEndringer", Svar.MottatteEndringer.class,
                "KravoversiktResponse", Svar.KravoversiktResponse.class,
                "KravoversiktKrav", Svar.Krav.class,
                "KravdetaljerResponse", Svar.KravdetaljerResponse.class,
                "Problem", no.innkreving.platform.web.Problem.class);
        par.forEach((navn, type) -> {
            Set<String> felter = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(egenskaper(doc, navn))).as(navn).isEqualTo(felter);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void dePubliserteEksempleneHarAllePaakrevdeFelt() throws Exception {
        Map<String, Object> doc = dokument();
        JsonMapper json = JsonMapper.builder().build();
        // the spec's two examples, as published
        for (String eksempel : List.of("""
                {"kravtype":"TILBAKEKREVING_BARNETRYGD","skyldner":{"identifikatortype":"PERSON","identifikator":"12345678901"},
                 "hovedstol":{"valuta":"NOK","beloep":15000},"oppdragsgiversReferanse":"SAK-2024-001234",
                 "oppdragsgiversKravidentifikator":"KRAV-2024-001234","fastsettelsesdato":"2024-03-15",
                 "tilleggsinformasjon":{"tilbakekrevingsperiode":{"fraDato":"2023-01-01","tilDato":"2023-12-31"},
                                        "ytelserForAvregning":{"valuta":"NOK","beloep":5000}}}""", """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN","skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"987654321"},
                 "hovedstol":{"valuta":"NOK","beloep":25000},"oppdragsgiversReferanse":"TVA-2024-000456",
                 "oppdragsgiversKravidentifikator":"KRAV-2024-000456","fastsettelsesdato":"2024-02-01",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2024-01-01","tilDato":"2024-01-31"},"stoppdatoForLøpendeMulkt":"2024-01-31"}}""")) {
            JsonNode e = json.readTree(eksempel);
            for (String felt : (List<String>) skjema(doc, "OpprettInnkrevingsoppdragRequest").get("required")) assertThat(e.has(felt)).as(felt).isTrue();
            for (String felt : e.propertyNames()) assertThat(egenskaper(doc, "OpprettInnkrevingsoppdragRequest")).contains(felt);
            for (String felt : (List<String>) skjema(doc, "HovedstolBeloep").get("required")) assertThat(e.get("hovedstol").has(felt)).isTrue();
            assertThat((List<String>) skjema(doc, "Kravtype").get("enum")).contains(e.get("kravtype").asString());
        }
    }

    @Test
    void dokumentetServeresUtenToken() {
        Api uten = new Api(port, null);
        Api.Svar yaml = uten.get(BASE + "/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.0.3");
        Api.Svar json = uten.get(BASE + "/openapi.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("paths").size()).isEqualTo(10);
    }
}

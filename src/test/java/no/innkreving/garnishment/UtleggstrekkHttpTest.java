package no.innkreving.garnishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The calculator and the income register over HTTP on the running app, and the module's public API as the
 * garnishment decisions call it. Figures derived by hand from dekningsloven § 2-7 and the subsistence rates.
 */
class UtleggstrekkHttpTest extends ApiTestBase {
    private static final String BEREGNING = "/api/innkreving/saksbehandling/v1/utleggstrekk/beregning";
    private static final String INNTEKTER = "/api/innkreving/saksbehandling/v1/skyldnere/%s/inntekter";
    /** The issue's example, with the single-debtor household. */
    private static final String EKSEMPEL = """
            {"beregningsdato": "2024-03-01",
             "utbetaling": {"art": "LOENN", "bruttoPerMaaned": 38000, "forskuddstrekkPerMaaned": 9500},
             "trekkMedBedrePrioritet": [{"id": "B1", "prioritetsgruppe": "A", "besluttet": "2023-09-01", "beloepPerMaaned": 2500}],
             "husstand": {"skyldner": "ENSLIG", "barn": [{"alder": 12}], "annenInntektPerMaaned": 0, "inntektenErRommelig": false},
             "boutgifterPerMaaned": 9000, "andreGodkjenteUtgifterPerMaaned": 0,
             "paalegg": [{"id": "O1", "prioritetsgruppe": "E", "besluttet": "2024-01-10", "beloepPerMaaned": 12000, "gjenstaaendeKrav": 80000}%s]}""";

    @Autowired
    Trekkromberegning trekkromberegning;
    @Autowired
    Inntektsregister inntektsregister;

    private Api saksbehandler() {
        return new Api(port, issuer.issue(NAV, "innkreving:saksbehandling"));
    }

    @Test
    void eksempelet_fra_saken() {
        // Net 38 000 - 9 500 = 28 500; B1 (group a, decided) 2 500 first: 26 000 left.
        // Need (rates from 1 July 2023): single 10 412 + child 12 years 5 580 + housing 9 000 = 24 992.
        // Room 26 000 - 24 992 = 1 008; the 60 % cap is off (it would not bind: 22 800 - 9 500 - 2 500 = 10 800).
        Api.Svar s = saksbehandler().post(BEREGNING, EKSEMPEL.formatted(""));
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        JsonNode j = s.json();
        assertThat(j.get("nettoinntekt").asLong()).isEqualTo(28_500);
        assertThat(j.get("livsoppholdsbehov").asLong()).isEqualTo(24_992);
        assertThat(j.get("trekkrom").asLong()).isEqualTo(1_008);
        assertThat(j.get("trekk")).hasSize(1);
        assertThat(j.get("trekk").get(0).get("id").asString()).isEqualTo("O1");
        assertThat(j.get("trekk").get(0).get("beloep").asLong()).isEqualTo(1_008);
        assertThat(j.get("forklaring").size()).isGreaterThan(4);
        List<String> regler = new ArrayList<>();
        for (JsonNode r : j.get("regler")) {
            assertThat(r.get("kilde").asString()).isNotBlank();
            assertThat(LocalDate.parse(r.get("gyldigFra").asString())).isBefore(LocalDate.of(2024, 3, 2));
            assertThat(r.get("anvendt").isBoolean()).isTrue();
            regler.add(r.get("regel").asString());
        }
        assertThat(regler).anySatisfy(r -> assertThat(r).contains("60 %"));

        // a second order of group e decided later gets nothing, and is listed with 0
        Api.Svar to = saksbehandler().post(BEREGNING, EKSEMPEL.formatted(
                ", {\"id\": \"O2\", \"prioritetsgruppe\": \"E\", \"besluttet\": \"2024-02-01\", \"beloepPerMaaned\": 500, \"gjenstaaendeKrav\": 3000}"));
        assertThat(to.status()).as(to.body()).isEqualTo(200);
        assertThat(to.json().get("trekk").get(1).get("id").asString()).isEqualTo("O2");
        assertThat(to.json().get("trekk").get(1).get("beloep").asLong()).isZero();
    }

    @Test
    void uleselig_json_gir_400_og_ugyldig_verdi_422_med_feltnavn() {
        Api.Svar s = saksbehandler().post(BEREGNING, "{\"beregningsdato\": \"2024-03-01\", \"utbetaling\": {\"art\": ");
        assertThat(s.status()).as(s.body()).isEqualTo(400);
        assertThat(s.contentType()).startsWith("application/problem+json");
        assertThat(s.feiltype()).isEqualTo("ugyldig-json");
        assertThat(s.tekst("felt")).isEqualTo("utbetaling.art");

        Api.Svar neg = saksbehandler().post(BEREGNING, EKSEMPEL.formatted("").replace("\"bruttoPerMaaned\": 38000", "\"bruttoPerMaaned\": -5"));
        assertThat(neg.status()).as(neg.body()).isEqualTo(422);
        assertThat(neg.contentType()).startsWith("application/problem+json");
        assertThat(neg.tekst("felt")).isEqualTo("utbetaling.bruttoPerMaaned");
        assertThat(neg.tekst("detail")).contains("utbetaling.bruttoPerMaaned");
        assertThat(neg.json().get("status").asInt()).isEqualTo(422);

        Api.Svar gruppe = saksbehandler().post(BEREGNING, EKSEMPEL.formatted("").replace("\"prioritetsgruppe\": \"E\"", "\"prioritetsgruppe\": \"F\""));
        assertThat(gruppe.status()).isEqualTo(422);
        assertThat(gruppe.tekst("felt")).isEqualTo("paalegg[0].prioritetsgruppe");

        Api.Svar oere = saksbehandler().post(BEREGNING, EKSEMPEL.formatted("").replace("\"boutgifterPerMaaned\": 9000", "\"boutgifterPerMaaned\": 9000.5"));
        assertThat(oere.status()).isEqualTo(422);
        assertThat(oere.tekst("felt")).isEqualTo("boutgifterPerMaaned");

        // a date with no registered subsistence rates (1 July 2017 - 30 June 2019 is a gap in the table)
        Api.Svar dato = saksbehandler().post(BEREGNING, EKSEMPEL.formatted("").replace("2024-03-01", "2018-03-01"));
        assertThat(dato.status()).isEqualTo(422);
        assertThat(dato.tekst("felt")).isEqualTo("beregningsdato");
    }

    @Test
    void beregningen_krever_saksbehandlerscope() {
        Api.Svar uten = new Api(port, null).post(BEREGNING, EKSEMPEL.formatted(""));
        assertThat(uten.status()).isEqualTo(401);
        Api.Svar feil = new Api(port, issuer.issue(NAV, SCOPE)).post(BEREGNING, EKSEMPEL.formatted(""));
        assertThat(feil.status()).isEqualTo(403);
    }

    @Test
    void inntekter_fra_inntektsregisteret() {
        // Ola Normann, fixed demo person: wage from Fjordlys Bygg AS
        Api.Svar ola = saksbehandler().get(INNTEKTER.formatted("01838012317"));
        assertThat(ola.status()).as(ola.body()).isEqualTo(200);
        JsonNode i = ola.json();
        assertThat(i).hasSize(1);
        assertThat(i.get(0).get("trekkpliktig").asString()).isEqualTo("310000000");
        assertThat(i.get(0).get("art").asString()).isEqualTo("LOENN");
        assertThat(i.get(0).get("bruttoPerMaaned").asLong()).isEqualTo(52_000);
        assertThat(i.get(0).get("forskuddstrekkPerMaaned").asLong()).isEqualTo(14_500);

        // Randi Hagen: a wage and a side income, largest first
        JsonNode randi = saksbehandler().get(INNTEKTER.formatted("20848732290")).json();
        assertThat(randi).hasSize(2);
        assertThat(randi.get(0).get("art").asString()).isEqualTo("LOENN");
        assertThat(randi.get(1).get("art").asString()).isEqualTo("BIINNTEKT");

        // the synthetic population: Knut Strand has two payers, Øystein Jensen none; before 2020 the fixed rows did not run
        assertThat(saksbehandler().get(INNTEKTER.formatted("30839716296")).json()).hasSize(2);
        assertThat(saksbehandler().get(INNTEKTER.formatted("08820058500")).json()).isEmpty();
        assertThat(saksbehandler().get(INNTEKTER.formatted("01838012317") + "?maaned=2019-12").json()).isEmpty();

        Api.Svar ugyldig = saksbehandler().get(INNTEKTER.formatted("01838012318"));
        assertThat(ugyldig.status()).isEqualTo(400);
        assertThat(ugyldig.tekst("felt")).isEqualTo("foedselsnummer");
        Api.Svar maaned = saksbehandler().get(INNTEKTER.formatted("01838012317") + "?maaned=desember");
        assertThat(maaned.status()).isEqualTo(400);
        assertThat(maaned.tekst("felt")).isEqualTo("maaned");
    }

    @Test
    void inntekter_krever_saksbehandlerscope() {
        assertThat(new Api(port, null).get(INNTEKTER.formatted("01838012317")).status()).isEqualTo(401);
        assertThat(new Api(port, issuer.issue(NAV, SCOPE)).get(INNTEKTER.formatted("01838012317")).status()).isEqualTo(403);
        assertThat(new Api(port, issuer.issue(NAV, "skatteetaten:kravogbetalinger")).get(INNTEKTER.formatted("01838012317")).status()).isEqualTo(403);
    }

    @Test
    void offentlig_api_med_inntekt_fra_registeret() {
        // Ola Normann in December 2026: 52 000 - 14 500 = 37 500 net. Rates: the newest registered (from 1 July 2025),
        // single 11 046 + housing 9 000 = 20 046; room 37 500 - 20 046 = 17 454. A proposed 20 000 a month is above it.
        YearMonth m = YearMonth.of(2026, 12);
        Inntektsregister.Inntekt inntekt = inntektsregister.inntekt("01838012317", "310000000", m).orElseThrow();
        Trekkberegning b = trekkromberegning.beregn(new Trekkgrunnlag(m.atDay(1), inntekt.somUtbetaling(), List.of(), Husstand.enslig(),
                900_000, 0, List.of(new Paalegg("forslag", Prioritetsgruppe.E, m.atDay(1), 2_000_000, 5_000_000L))));
        assertThat(b.trekkromOre()).isEqualTo(1_745_400);
        assertThat(b.beloepFor("forslag")).isEqualTo(1_745_400);
    }

    @Test
    void forslag_fra_inntektsregisteret() {
        // Randi Hagen, December 2026, a proposal for her employer 698735201: 46 000 - 12 400 = 33 600 net; her side
        // income from 673167101 nets 4 000 - 600 = 3 400 and counts as other income. Household unknown: single, no
        // children, standard housing 9 000; rates from 1 July 2025 (newest registered): need 11 046 + 9 000 = 20 046.
        // Room 33 600 + 3 400 - 20 046 = 16 954 (below the payment's 33 600). An order asking 100 000 gets 16 954.
        LocalDate dato = LocalDate.of(2026, 12, 1);
        Trekkberegning b = trekkromberegning.forslag("20848732290", "698735201", dato, List.of(),
                List.of(new Paalegg("ny", Prioritetsgruppe.E, dato, 10_000_000, 10_000_000L))).orElseThrow();
        assertThat(b.nettoinntektOre()).isEqualTo(3_360_000);
        assertThat(b.livsoppholdsbehovOre()).isEqualTo(2_004_600);
        assertThat(b.trekkromOre()).isEqualTo(1_695_400);
        assertThat(b.beloepFor("ny")).isEqualTo(1_695_400);
        assertThat(b.forklaring().getFirst()).startsWith("Forslag fra inntektsregisteret").contains("enslig uten barn");
        // a payer that pays her nothing gives no proposal
        assertThat(trekkromberegning.forslag("20848732290", "310000000", dato, List.of(), List.of())).isEmpty();
    }
}

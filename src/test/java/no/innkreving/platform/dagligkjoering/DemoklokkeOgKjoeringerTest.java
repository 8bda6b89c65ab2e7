package no.innkreving.platform.dagligkjoering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo clock over HTTP (forward runs the daily jobs; back 409; bad date 400) and the operators' runs endpoint. */
class DemoklokkeOgKjoeringerTest extends ApiTestBase {
    private static final String KLOKKE = "/demo/klokke";
    private static final String KJOERINGER = "/api/innkreving/drift/v1/kjoeringer";

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    @Test
    void klokken_flyttes_fremover_og_kjoerer_hver_daglige_jobb_for_hver_dato() {
        tidsmaskin.reisTil(LocalDate.of(2026, 4, 9));
        Api aapen = new Api(port, null);
        assertThat(aapen.get(KLOKKE).tekst("dato")).isEqualTo("2026-04-09");

        Api.Svar s = aapen.post(KLOKKE, "{\"dato\":\"2026-04-11\"}");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        assertThat(s.tekst("dato")).isEqualTo("2026-04-11");
        assertThat(idag()).isEqualTo(LocalDate.of(2026, 4, 11)); // the app's clock moved, not a copy of it
        assertThat(aapen.get(KLOKKE).tekst("dato")).isEqualTo("2026-04-11");

        // both jobs have a finished run for each date passed (10 and 11 April), whether this move or an earlier test made it
        Api drift = new Api(port, issuer.issue(NAV, "innkreving:drift"));
        Api.Svar runs = drift.get(KJOERINGER + "?antall=1000");
        assertThat(runs.status()).as(runs.body()).isEqualTo(200);
        for (String jobb : new String[]{"forsinkelsesrenter", "plassering-av-holdte-penger"})
            for (String dato : new String[]{"2026-04-10", "2026-04-11"}) {
                boolean ferdig = false;
                for (JsonNode k : runs.json())
                    if (k.get("jobb").asString().equals(jobb) && k.get("dato").asString().equals(dato)
                            && k.get("status").asString().equals("FERDIG")) {
                        ferdig = true;
                        assertThat(k.get("enheterFerdig").asInt()).isEqualTo(k.get("enheterTotalt").asInt());
                        assertThat(k.has("varighetMs")).isTrue();
                        assertThat(k.has("antall")).isTrue();
                    }
                assertThat(ferdig).as(jobb + " " + dato).isTrue();
            }
        // the move's own answer lists only runs it made, each of a date passed
        for (JsonNode k : s.json().get("kjoeringer"))
            assertThat(k.get("dato").asString()).isIn("2026-04-10", "2026-04-11");

        Api.Svar igjen = aapen.post(KLOKKE, "{\"dato\":\"2026-04-11\"}"); // to today: nothing passes, nothing runs
        assertThat(igjen.status()).isEqualTo(200);
        assertThat(igjen.json().get("kjoeringer").size()).isZero();
    }

    /**
     * A claim created and the clock moved at once, as a user's script does: the claim is booked and invoiced on the day
     * it came, before the clock leaves it. Thursday 9 April 2026 + the invoice's 21 days = Thursday 30 April 2026, a
     * business day. (Before, the background sender could wake in the middle of the move and date the invoice weeks
     * later.)
     */
    @Test
    void et_krav_opprettet_rett_foer_klokken_flyttes_faktureres_samme_dag() {
        tidsmaskin.reisTil(LocalDate.of(2026, 4, 9));
        Api.Svar ny = nav().post(Api.BASE, navKrav(no.innkreving.support.Testpersoner.person(jdbc, "BOSATT"), unik("KLOKKE")));
        assertThat(ny.status()).as(ny.body()).isEqualTo(201);
        String id = ny.tekst("kravidentifikator");
        Api.Svar s = new Api(port, null).post(KLOKKE, "{\"dato\":\"2026-04-11\"}");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select forfallsdato from kravforfall where krav_id = ?::uuid and nummer = 1",
                LocalDate.class, id)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(jdbc.queryForObject("select count(*) from faktura where krav_id = ?::uuid and type = 'FAKTURA' and status = 'SENDT' and fakturadato = '2026-04-09'", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void klokken_gaar_ikke_tilbake_og_en_ugyldig_dato_avvises() {
        tidsmaskin.reisTil(LocalDate.of(2026, 4, 9));
        Api aapen = new Api(port, null);
        Api.Svar tilbake = aapen.post(KLOKKE, "{\"dato\":\"2026-04-08\"}");
        assertThat(tilbake.status()).isEqualTo(409);
        assertThat(tilbake.contentType()).startsWith("application/problem+json");
        assertThat(idag()).isEqualTo(LocalDate.of(2026, 4, 9));

        for (String feil : new String[]{"{\"dato\":\"2026-02-30\"}", "{\"dato\":\"9.4.2026\"}", "{\"dato\":20260410}", "{}", "ikke json"}) {
            Api.Svar s = aapen.post(KLOKKE, feil);
            assertThat(s.status()).as(feil).isEqualTo(400);
            assertThat(s.contentType()).as(feil).startsWith("application/problem+json");
        }
        assertThat(idag()).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void kjoeringene_krever_driftsscope() {
        assertThat(new Api(port, null).get(KJOERINGER).status()).isEqualTo(401);
        assertThat(new Api(port, issuer.issue(NAV, "innkreving:saksbehandling")).get(KJOERINGER).status()).isEqualTo(403);
        assertThat(new Api(port, issuer.issue(NAV, "innkreving:drift")).get(KJOERINGER).status()).isEqualTo(200);
    }
}

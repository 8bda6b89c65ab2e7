package no.innkreving.kravogbetalinger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.innkreving.interest.application.Renteloep;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The debtor view's kravperiode (the creditor's own period) and stipulerteRenter (all late-payment interest owed). */
class KravperiodeOgRenterTest extends ApiTestBase {
    @Autowired
    Renteloep renteloep;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    private JsonNode aapnekrav(String part) {
        var svar = new Api(port, issuer.issueForSystemUser(KravOgBetalingerTest.REGNSKAPSSYSTEM, KravOgBetalingerTest.SCOPE_KB, part))
                .get("/api/innkreving/kravogbetalinger/v1/regnskapssystem/" + part + "/aapnekrav");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        return svar.json();
    }

    /*
     * A coercive fine of 3 650,00 for January 2026 (Brønnøysundregistrene's periode), booked Monday 2 February 2026,
     * due 21 days later, Monday 23 February. On 5 March it is unpaid: interest runs from 24 February to 5 March,
     * 10 days at 12,00 % (first half of 2026): 365 000 × 1200 × 10 / 3 650 000 = 1 200 øre, 120 øre a day exactly.
     * The view shows the claim as 3 650,00 and the interest as stipulerteRenter 12,00; saldo 3 662,00. The nightly run
     * then books 24 February - 4 March (9 days, 1 080 øre) on the claim's interest line: the view must not change,
     * since the interest is still the interest (before the fix, 10,80 moved into the claim and stipulerteRenter
     * dropped to 1,20).
     */
    @Test
    void kravperiode_er_oppdragsgiverens_og_stipulerte_renter_er_alle_forsinkelsesrentene() {
        tidsmaskin.reisTil(LocalDate.of(2026, 2, 2));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2026-000017","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":3650},"fastsettelsesdato":"2026-02-02",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2026-01-01","tilDato":"2026-01-31"},"stoppdatoForLøpendeMulkt":"2026-01-31"}}"""
                .formatted(org, unik("PERIODE"));
        String krav = opprettOgVent(som(BRREG), body, "RESKONTROFOERT");

        tidsmaskin.reisTil(LocalDate.of(2026, 3, 5));
        for (int gang = 0; gang < 2; gang++) {
            JsonNode j = aapnekrav(org);
            JsonNode k = j.get("aapentKravMedGjenstaaendeBeloep").get(0);
            assertThat(k.get("kravidentifikator").asString()).isEqualTo(krav);
            JsonNode periode = k.get("kravperiode");
            assertThat(periode.get("fraDato").asString()).isEqualTo("2026-01-01");
            assertThat(periode.get("tilDato").asString()).isEqualTo("2026-01-31");
            assertThat(periode.get("aar").asString()).isEqualTo("2026");
            assertThat(periode.get("periodeBeskrivelse").get("spraakTekst").get(0).get("tekst").asString())
                    .isEqualTo("01.01.2026 - 31.01.2026");
            assertThat(k.get("kravforfall").get(0).get("forfallsdato").asString()).isEqualTo("2026-02-23");
            assertThat(k.get("opprinneligBeloep").decimalValue()).isEqualByComparingTo("3650.00");
            assertThat(k.get("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo("3650.00");
            assertThat(k.get("kravforfall").get(0).get("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo("3650.00");
            assertThat(k.get("stipulerteRenter").decimalValue()).isEqualByComparingTo("12.00");
            JsonNode total = j.get("totalOversikt");
            assertThat(total.get("sumStipulerteRenter").decimalValue()).isEqualByComparingTo("12.00");
            assertThat(total.get("sumForfalteKrav").decimalValue()).isEqualByComparingTo("3650.00");
            assertThat(total.get("sumIkkeForfalteKrav").decimalValue()).isEqualByComparingTo("0");
            assertThat(total.get("sumUplasserteInnbetalinger").decimalValue()).isEqualByComparingTo("0");
            assertThat(total.get("saldo").decimalValue()).isEqualByComparingTo("3662.00");
            renteloep.kjoer(); // books 24 Feb - 4 Mar; the second round reads the view after it
        }
    }

    /* NAV's tilbakekrevingsperiode spans two years: no single aar, the dates say it. */
    @Test
    void navs_tilbakekrevingsperiode_vises_som_kravperiode() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        String krav = opprettOgVent(nav(), navKrav(fnr, unik("NAVPER")), "RESKONTROFOERT");
        var svar = new Api(port, issuer.issueForPerson(fnr, KravOgBetalingerTest.SCOPE_KB))
                .get("/api/innkreving/kravogbetalinger/v1/regnskapssystem/" + fnr + "/aapnekrav");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonNode k = svar.json().get("aapentKravMedGjenstaaendeBeloep").get(0);
        assertThat(k.get("kravidentifikator").asString()).isEqualTo(krav);
        JsonNode periode = k.get("kravperiode");
        assertThat(periode.get("fraDato").asString()).isEqualTo(idag().minusYears(1).toString());
        assertThat(periode.get("tilDato").asString()).isEqualTo(idag().minusMonths(2).toString());
        assertThat(periode.has("aar")).isEqualTo(idag().minusYears(1).getYear() == idag().minusMonths(2).getYear());
    }
}

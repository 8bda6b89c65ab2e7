package no.innkreving.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A claim's life through the creditor API, with the ledger's figures worked out by hand in the comments. */
class InnkrevingsoppdragFlytTest extends ApiTestBase {
    @Autowired
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Reskontroavstemming reskontro;

    private long posteringer(String kravid) {
        return jdbc.queryForObject("select count(*) from postering where krav_id = ?::uuid", Long.class, kravid);
    }

    private long sumKonto(String kravid, String konto) {
        return jdbc.queryForObject("select coalesce(sum(beloep_ore), 0) from postering where krav_id = ?::uuid and konto = ?",
                Long.class, kravid, konto);
    }

    private static BigDecimal gjenstaaende(JsonNode detaljer, int linje) {
        return detaljer.get("kravlinjer").get(linje).get("gjenstaaendeBeloep").decimalValue();
    }

    @Test
    void kravetsLivFraOpprettelseTilAvskriving() {
        Api nav = nav();
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        String kravid = unik("LIV");
        String opprett = navKrav(fnr, kravid);
        String id = opprettOgVent(nav, opprett, "RESKONTROFOERT");

        // Booked: principal 15 000 kr and interest 1 500 kr, as sent.
        JsonNode d = nav.get(Api.BASE + "/" + id).json();
        assertThat(d.get("kravgrunnlag").get("datoNaarKravVarBesluttetHosOppdragsgiver").asString()).isEqualTo(idag().minusDays(10).toString());
        assertThat(d.get("kravlinjer").get(0).get("kravlinjetype").asString()).isEqualTo("HOVEDSTOL");
        assertThat(d.get("kravlinjer").get(0).get("opprinneligBeloep").decimalValue()).isEqualByComparingTo("15000");
        assertThat(gjenstaaende(d, 0)).isEqualByComparingTo("15000");
        assertThat(d.get("kravlinjer").get(1).get("kravlinjetype").asString()).isEqualTo("RENTER");
        assertThat(gjenstaaende(d, 1)).isEqualByComparingTo("1500");
        // Double entry: the debtor owes 1 650 000 øre, the creditors' side holds -1 650 000 øre.
        assertThat(sumKonto(id, "SKYLDNER_FORDRING")).isEqualTo(1_650_000);
        assertThat(sumKonto(id, "OPPDRAGSGIVER_OVERTATT")).isEqualTo(-1_650_000);

        // Principal lowered to 12 000: the line drops by 3 000 kr.
        Api.Svar h1 = nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":12000}}",
                "kravidentifikator", id);
        assertThat(h1.status()).as(h1.body()).isEqualTo(200);
        String t1 = h1.tekst("transaksjonsid");
        assertThat(UUID.fromString(t1)).isNotNull();
        long etterForsteEndring = posteringer(id);
        // The same change again: 200, the same transaksjonsid, no new posting.
        Api.Svar h1igjen = nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":12000}}");
        assertThat(h1igjen.status()).isEqualTo(200);
        assertThat(h1igjen.tekst("transaksjonsid")).isEqualTo(t1);
        assertThat(posteringer(id)).isEqualTo(etterForsteEndring);

        // Lowered to 10 000 with a Korrelasjonsid; a retry with the same id has no second effect.
        String korr = UUID.randomUUID().toString();
        Api.Svar h2 = nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":10000}}", "Korrelasjonsid", korr);
        assertThat(h2.status()).isEqualTo(200);
        long etterAndre = posteringer(id);
        Api.Svar h2igjen = nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":10000}}", "Korrelasjonsid", korr);
        assertThat(h2igjen.tekst("transaksjonsid")).isEqualTo(h2.tekst("transaksjonsid"));
        assertThat(posteringer(id)).isEqualTo(etterAndre);
        // Raising the principal is refused.
        assertThat(nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":11000}}").feiltype())
                .isEqualTo("ny-hovedstol-er-ikke-lavere-enn-gjeldende");

        // Interest replaced: the existing line (same date and type) 1 500 -> 1 000, a new line of 200.
        String ilagt = idag().minusDays(10).toString();
        Api.Svar r = nav.put(Api.BASE + "/" + id + "/renter", """
                {"renter":[{"valuta":"NOK","beloep":1000,"renterIlagtDato":"%s","rentetype":"STRAFFERENTE"},
                           {"valuta":"NOK","beloep":200,"renterIlagtDato":"%s","rentetype":"STRAFFERENTE"}]}"""
                .formatted(ilagt, idag().minusDays(1)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        d = nav.get(Api.BASE + "/" + id).json();
        assertThat(d.get("kravlinjer")).hasSize(3);
        assertThat(gjenstaaende(d, 0)).isEqualByComparingTo("10000");
        assertThat(d.get("kravlinjer").get(0).get("opprinneligBeloep").decimalValue()).isEqualByComparingTo("15000");
        assertThat(gjenstaaende(d, 1)).isEqualByComparingTo("1000");
        assertThat(gjenstaaende(d, 2)).isEqualByComparingTo("200");

        // New reference, visible in the overview; 10 000 + 1 000 + 200 = 11 200 remains.
        assertThat(nav.put(Api.BASE + "/" + id + "/oppdragsgiversreferanse", "{\"nyOppdragsgiversReferanse\":\"SAK-NY/1\"}").status()).isEqualTo(200);
        JsonNode oversikt = nav.post(Api.BASE + "/kravoversikt", "{\"skyldner\":{\"foedselsnummer\":\"" + fnr + "\"},\"kravfilter\":\"alle\"}").json();
        assertThat(oversikt.get("krav")).hasSize(1);
        assertThat(oversikt.get("krav").get(0).get("skatteetatensKravidentifikator").asString()).isEqualTo(id);
        assertThat(oversikt.get("krav").get(0).get("kravgrunnlag").get("oppdragsgiversReferanse").asString()).isEqualTo("SAK-NY/1");
        assertThat(oversikt.get("krav").get(0).get("kravbeskrivelse").get("spraakTekst").get(0).get("tekst").asString())
                .isEqualTo("Tilbakekreving av feilutbetalt barnetrygd");
        assertThat(oversikt.get("gjenstaaendeBeloepForSkyldner").decimalValue()).isEqualByComparingTo("11200");
        assertThat(oversikt.get("oppdragsgiver").get("organisasjonsnummer").asString()).isEqualTo(NAV);

        // Reconciliation: every accepted request as received, with its transaksjonsid.
        JsonNode av = nav.get(Api.BASE + "/" + id + "/avstemming").json();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(av.get("opprinneligInnkrevingsoppdrag").get("innkrevingsoppdrag")).isEqualTo(json.readTree(opprett));
        assertThat(av.get("oppdragsgiversKravidentifikator").asString()).isEqualTo(kravid);
        assertThat(av.get("endringer").get("hovedstol")).hasSize(2);
        assertThat(av.get("endringer").get("hovedstol").get(0).get("transaksjonsid").asString()).isEqualTo(t1);
        assertThat(av.get("endringer").get("hovedstol").get(1).get("endring").get("hovedstol").get("beloep").asInt()).isEqualTo(10000);
        assertThat(av.get("endringer").get("renter")).hasSize(1);
        assertThat(av.get("endringer").get("oppdragsgiversReferanse")).hasSize(1);

        // Write-off by the creditor's own identifier: nothing remains, the status still answers.
        Api.Svar a = nav.post(Api.BASE + "/avskriving",
                "{\"kravidentifikatortype\":\"OPPDRAGSGIVERS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"" + kravid + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        d = nav.get(Api.BASE + "/" + id).json();
        for (JsonNode l : d.get("kravlinjer")) assertThat(l.get("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo("0");
        // By hand: -1 650 000 + 300 000 + 200 000 + 50 000 - 20 000 = -1 120 000, then +1 120 000 at write-off.
        assertThat(sumKonto(id, "OPPDRAGSGIVER_OVERTATT")).isZero();
        assertThat(sumKonto(id, "SKYLDNER_FORDRING")).isZero();
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
        assertThat(reskontro.posteringerUtenOpphav()).isZero();
        JsonNode status = nav.get(Api.BASE + "/" + kravid + "/mottaksstatus?kravidentifikatortype=OPPDRAGSGIVERS_KRAVIDENTIFIKATOR").json();
        assertThat(status.get("mottaksstatus").asString()).isEqualTo("RESKONTROFOERT");
        assertThat(status.get("kravidentifikator").asString()).isEqualTo(id);
        assertThat(status.get("oppdragsgiversKravidentifikator").asString()).isEqualTo(kravid);
        assertThat(status.get("statusOppdatert").asString()).endsWith("Z");
        assertThat(nav.get(Api.BASE + "/" + id + "/avstemming").json().get("avskriving").get("transaksjonsid").asString())
                .isEqualTo(a.tekst("transaksjonsid"));
        // A resent write-off with the same Korrelasjonsid would be answered 200; a new one is refused as documented.
        assertThat(nav.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"SKATTEETATENS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"" + id + "\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void asynkroneKontrollerMotRegistrene() {
        Api nav = nav();
        String levende = Testpersoner.person(jdbc, "BOSATT");
        String doed = Testpersoner.person(jdbc, "DOED");
        String slettet = Testpersoner.person(jdbc, "SLETTET");
        String ukjent = Testpersoner.nyttFoedselsnummer();

        assertThat(asynkronFeil(nav, navKrav(levende, unik("A1")), "RESKONTROFOERT")).isEmpty();
        // A dead debtor is refused only for forskutterte dagpenger; other claims go against the estate.
        assertThat(asynkronFeil(nav, navKrav(doed, unik("A2")), "RESKONTROFOERT")).isEmpty();
        String dagpenger = navKrav(doed, unik("A3")).replace("TILBAKEKREVING_BARNETRYGD", "TILBAKEKREVING_FORSKUTTERTE_DAGPENGER");
        assertThat(asynkronFeil(nav, dagpenger, "VALIDERINGSFEIL"))
                .isEqualTo("PERSON_ER_DOED:Person med fødselsnummer=" + doed.substring(0, 6) + " er død");
        assertThat(asynkronFeil(nav, navKrav(slettet, unik("A4")), "VALIDERINGSFEIL"))
                .isEqualTo("PERSON_ER_SLETTET:Person med fødselsnummer=" + slettet.substring(0, 6) + " er slettet");
        assertThat(asynkronFeil(nav, navKrav(ukjent, unik("A5")), "VALIDERINGSFEIL"))
                .isEqualTo("PERSON_EKSISTERER_IKKE:Person med fødselsnummer=" + ukjent.substring(0, 6) + " eksisterer ikke");

        String aktiv = Testpersoner.organisasjon(jdbc, "AKTIV");
        String opphoert = Testpersoner.organisasjon(jdbc, "OPPHOERT");
        String borte = Testpersoner.organisasjon(jdbc, "SLETTET");
        String finnesIkke = Testpersoner.nyttOrganisasjonsnummer();
        assertThat(asynkronFeil(nav, lonnskompensasjon(aktiv), "RESKONTROFOERT")).isEmpty();
        assertThat(asynkronFeil(nav, lonnskompensasjon(opphoert), "VALIDERINGSFEIL"))
                .isEqualTo("ORGANISASJON_ER_OPPHOERT:Organisasjon med organisasjonsnummer=" + opphoert + " er opphørt. ");
        assertThat(asynkronFeil(nav, lonnskompensasjon(borte), "VALIDERINGSFEIL"))
                .isEqualTo("ORGANISASJON_ER_SLETTET:Organisasjon med organisasjonsnummer=" + borte + " er slettet");
        assertThat(asynkronFeil(nav, lonnskompensasjon(finnesIkke), "VALIDERINGSFEIL"))
                .isEqualTo("ORGANISASJONSNUMMER_FINNES_IKKE:Organisasjon med organisasjonsnummer=" + finnesIkke + " finnes ikke. ");
    }

    private String lonnskompensasjon(String orgnr) {
        return """
                {"kravtype":"TILBAKEKREVING_LOENNSKOMPENSASJON",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":40000},
                 "oppdragsgiversReferanse":"LK-1","oppdragsgiversKravidentifikator":"%s",
                 "fastsettelsesdato":"%s",
                 "tilleggsinformasjon":{"tilbakekrevingsperiode":{"fom":"%s","tom":"%s"}}}"""
                .formatted(orgnr, unik("LK"), idag().minusDays(3), idag().minusYears(2), idag().minusYears(1));
    }

    /** The claim's errors as "ERROR:message", or "" when none, after waiting for the expected status. */
    private String asynkronFeil(Api api, String body, String forventetStatus) {
        String id = opprettOgVent(api, body, forventetStatus);
        JsonNode feil = api.get(Api.BASE + "/" + id + "/valideringsfeil").json().get("valideringsfeil");
        if (feil.isEmpty()) return "";
        assertThat(feil).hasSize(1);
        return feil.get(0).get("error").asString() + ":" + feil.get(0).get("message").asString();
    }

    @Test
    void kravoversiktenViserBareEgneKrav() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        opprettOgVent(nav(), navKrav(fnr, unik("EGEN")), "RESKONTROFOERT");
        String srfKrav = """
                {"kravtype":"EGENANDEL_FRITT_RETTSRAAD","skyldner":{"identifikatortype":"PERSON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":1234},"oppdragsgiversReferanse":"SRF-1","fastsettelsesdato":"%s"}"""
                .formatted(fnr, idag().minusDays(1));
        opprettOgVent(som(SRF), srfKrav, "RESKONTROFOERT");
        JsonNode navs = nav().post(Api.BASE + "/kravoversikt", "{\"skyldner\":\"" + fnr + "\"}").json();
        assertThat(navs.get("krav")).hasSize(1);
        assertThat(navs.get("gjenstaaendeBeloepForSkyldner").decimalValue()).isEqualByComparingTo("16500");
        JsonNode srfs = som(SRF).post(Api.BASE + "/kravoversikt",
                "{\"identifikatortype\":\"PERSON\",\"verdi\":\"" + fnr + "\",\"landkode\":\"NO\"}").json();
        assertThat(srfs.get("krav")).hasSize(1);
        assertThat(srfs.get("gjenstaaendeBeloepForSkyldner").decimalValue()).isEqualByComparingTo("1234");
        assertThat(srfs.get("skyldner").get("skyldnersNavn").asString()).startsWith("Test Testesen");
        // A creditor with no claim on the debtor learns nothing, not even the name.
        JsonNode brreg = som(BRREG).post(Api.BASE + "/kravoversikt", "{\"skyldner\":\"" + fnr + "\"}").json();
        assertThat(brreg.get("krav")).isEmpty();
        assertThat(brreg.get("skyldner").has("skyldnersNavn")).isFalse();
    }
}

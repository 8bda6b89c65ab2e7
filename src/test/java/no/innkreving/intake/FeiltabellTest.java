package no.innkreving.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.intake.domain.Feil;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule of the contract's error table: the offending request is sent over HTTP and the answer's type, title
 * and status are checked against the table, with all five problem fields present.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeiltabellTest extends ApiTestBase {
    @Autowired
    ClaimTypeCatalogue katalog;

    String person;
    String organisasjon;

    @BeforeAll
    void registre() {
        person = Testpersoner.person(jdbc, "BOSATT");
        organisasjon = Testpersoner.organisasjon(jdbc, "AKTIV");
        jdbc.update("""
                insert into kravtype (kode, oppdragsgiver, navn_for_skyldner, aktiv, gjelder_person, gjelder_organisasjon,
                    prioritetsgruppe, trekkperiode_maaneder, kilde, betalingsfrist_dager, betalingsfrist_kilde)
                values ('TILBAKEKREVING_TEST_INAKTIV', '889640782', 'Test', false, true, false, 'e', 24, 'test', 21, 'test')
                on conflict do nothing""");
        katalog.reload();
    }

    /** A NAV claim with one field replaced (JSON fragment substituted for the named field's value). */
    private String nav(String felt, String verdi) {
        String gyldig = navKrav(person, unik("FT"));
        return erstatt(gyldig, felt, verdi);
    }

    private static String erstatt(String json, String felt, String verdi) {
        var node = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        if (verdi == null) node.remove(felt);
        else node.set(felt, tools.jackson.databind.json.JsonMapper.builder().build().readTree(verdi));
        return node.toString();
    }

    private String brreg(String hovedstolOgMer) {
        return """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2024-000456","oppdragsgiversKravidentifikator":"%s",
                 %s}""".formatted(organisasjon, unik("BR"), hovedstolOgMer);
    }

    private String brregGyldig(String fastsatt, String periodeTil, String stopp, String ekstra) {
        return brreg("""
                "hovedstol":{"valuta":"NOK","beloep":25000},"fastsettelsesdato":"%s",
                "tilleggsinformasjon":{"periode":{"fraDato":"%s","tilDato":"%s"},"stoppdatoForLøpendeMulkt":"%s"}%s"""
                .formatted(fastsatt, idag().minusMonths(3), periodeTil, stopp, ekstra));
    }

    /** What the contract's error table says for a rule: typed in from the spec, not read from our enum. */
    record Ventet(String suffix, String tittel, int status) {
    }

    private static Ventet ventet(String suffix, String tittel, int status) {
        return new Ventet(suffix, tittel, status);
    }

    record Tilfelle(String navn, Ventet feil, Supplier<Api.Svar> kall) {
    }

    @TestFactory
    Stream<DynamicTest> hverRegelITabellen() {
        String d = idag().toString();
        String imorgen = idag().plusDays(1).toString();
        List<Tilfelle> t = new ArrayList<>();
        Api nav = nav();
        Api brreg = som(BRREG);
        t.add(new Tilfelle("ukjent kravtype", ventet("kravtype-eksisterer-ikke", "Kravtype eksisterer ikke", 422), () -> nav.post(Api.BASE, nav("kravtype", "\"FINNES_IKKE\""))));
        t.add(new Tilfelle("inaktiv kravtype", ventet("kravtype-er-inaktiv", "Kravtype er inaktiv", 422), () -> nav.post(Api.BASE, nav("kravtype", "\"TILBAKEKREVING_TEST_INAKTIV\""))));
        t.add(new Tilfelle("annen oppdragsgivers kravtype", ventet("ugyldig-kravtype", "Ugyldig kravtype", 422),
                () -> nav.post(Api.BASE, nav("kravtype", "\"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN\""))));
        t.add(new Tilfelle("hovedstol 0", ventet("beloep-er-ikke-over-0", "Beloep er ikke over 0", 422), () -> nav.post(Api.BASE, nav("hovedstol", "{\"valuta\":\"NOK\",\"beloep\":0}"))));
        t.add(new Tilfelle("tom referanse", ventet("tom-oppdragsgivers-referanse", "Tom oppdragsgivers referanse", 422), () -> nav.post(Api.BASE, nav("oppdragsgiversReferanse", "\"\""))));
        t.add(new Tilfelle("manglende referanse", ventet("tom-oppdragsgivers-referanse", "Tom oppdragsgivers referanse", 422), () -> nav.post(Api.BASE, nav("oppdragsgiversReferanse", null))));
        t.add(new Tilfelle("referanse med mellomrom", ventet("ugyldig-oppdragsgivers-referanse", "Ugyldig oppdragsgivers referanse", 422),
                () -> nav.post(Api.BASE, nav("oppdragsgiversReferanse", "\"SAK 2024\""))));
        t.add(new Tilfelle("referanse over 40 tegn", ventet("ugyldig-oppdragsgivers-referanse", "Ugyldig oppdragsgivers referanse", 422),
                () -> nav.post(Api.BASE, nav("oppdragsgiversReferanse", "\"" + "A".repeat(41) + "\""))));
        t.add(new Tilfelle("kravidentifikator med #", ventet("ugyldig-oppdragsgivers-kravidentifikator", "Ugyldig oppdragsgivers kravidentifikator", 422),
                () -> nav.post(Api.BASE, nav("oppdragsgiversKravidentifikator", "\"KRAV#1\""))));
        t.add(new Tilfelle("kravidentifikator finnes", ventet("oppdragsgivers-kravidentifikator-eksisterer-allerede", "Oppdragsgivers kravidentifikator eksisterer allerede", 422), () -> {
            String body = navKrav(person, unik("DUP"));
            assertThat(nav.post(Api.BASE, body).status()).isEqualTo(201);
            return nav.post(Api.BASE, body);
        }));
        t.add(new Tilfelle("fastsettelsesdato i morgen", ventet("ugyldig-fastsettelsesdato", "Ugyldig fastsettelsesdato", 422),
                () -> nav.post(Api.BASE, nav("fastsettelsesdato", "\"" + imorgen + "\""))));
        t.add(new Tilfelle("utgangspunkt lik fastsettelsesdato", ventet("ugyldig-foreldelsesfristens-utgangspunkt", "Ugyldig foreldelsesfristens utgangspunkt", 422),
                () -> nav.post(Api.BASE, nav("foreldelsesfristensUtgangspunkt", "\"" + idag().minusDays(10) + "\""))));
        t.add(new Tilfelle("tilleggsfrist sammen med utgangspunkt", ventet("ugyldig-tilleggsfrist-etter-foreldelsesloven", "Ugyldig tilleggsfrist etter foreldelsesloven", 422), () -> nav.post(Api.BASE,
                erstatt(nav("foreldelsesfristensUtgangspunkt", "\"" + idag().minusYears(1) + "\""), "tilleggsfristEtterForeldelsesloven",
                        "\"" + idag().minusMonths(1) + "\""))));
        t.add(new Tilfelle("tilleggsfrist 11 måneder tilbake", ventet("tilleggsfrist-etter-foreldelsesloven-eldre-enn-10-maaneder", "Tilleggsfrist etter foreldelsesloven eldre enn 10 måneder", 422),
                () -> nav.post(Api.BASE, nav("tilleggsfristEtterForeldelsesloven", "\"" + idag().minusMonths(11) + "\""))));
        t.add(new Tilfelle("tilleggsfrist 12 måneder tilbake, forskutterte dagpenger", ventet("tilleggsfrist-etter-foreldelsesloven-eldre-enn-11-maaneder", "Tilleggsfrist etter foreldelsesloven eldre enn 11 måneder", 422),
                () -> nav.post(Api.BASE, erstatt(nav("tilleggsfristEtterForeldelsesloven", "\"" + idag().minusMonths(12) + "\""),
                        "kravtype", "\"TILBAKEKREVING_FORSKUTTERTE_DAGPENGER\""))));
        t.add(new Tilfelle("fødselsnummer med feil kontrollsiffer", ventet("ugyldig-skyldners-identifikator", "Ugyldig skyldners identifikator", 422),
                () -> nav.post(Api.BASE, nav("skyldner", "{\"identifikatortype\":\"PERSON\",\"identifikator\":\"12345678901\"}"))));
        t.add(new Tilfelle("organisasjonsnummer med 8 siffer", ventet("ugyldig-skyldners-identifikator", "Ugyldig skyldners identifikator", 422),
                () -> nav.post(Api.BASE, nav("skyldner", "{\"identifikatortype\":\"ORGANISASJON\",\"identifikator\":\"98765432\"}"))));
        t.add(new Tilfelle("rentebeløp 0", ventet("rentebeloep-er-ikke-over-0", "Rentebeloep er ikke over 0", 422), () -> nav.post(Api.BASE,
                nav("renteBeloep", "[{\"valuta\":\"NOK\",\"beloep\":0,\"renterIlagtDato\":\"" + d + "\",\"rentetype\":\"STRAFFERENTE\"}]"))));
        t.add(new Tilfelle("renter ilagt i morgen", ventet("ugyldig-renterilagtdato", "Ugyldig renterilagtdato", 422), () -> nav.post(Api.BASE,
                nav("renteBeloep", "[{\"valuta\":\"NOK\",\"beloep\":10,\"renterIlagtDato\":\"" + imorgen + "\",\"rentetype\":\"STRAFFERENTE\"}]"))));
        t.add(new Tilfelle("NAV uten tilleggsinformasjon", ventet("ugyldig-tilleggsinformasjon", "Ugyldig tilleggsinformasjon", 400), () -> nav.post(Api.BASE, nav("tilleggsinformasjon", null))));
        t.add(new Tilfelle("NAV med periode som ikke er dato", ventet("ugyldig-tilleggsinformasjon", "Ugyldig tilleggsinformasjon", 400), () -> nav.post(Api.BASE,
                nav("tilleggsinformasjon", "{\"tilbakekrevingsperiode\":{\"fraDato\":\"i fjor\",\"tilDato\":\"" + d + "\"}}"))));
        t.add(new Tilfelle("barnetrygd mot organisasjon", ventet("kravtype-gjelder-kun-for-person", "Kravtype gjelder kun for person", 422), () -> nav.post(Api.BASE,
                nav("skyldner", "{\"identifikatortype\":\"ORGANISASJON\",\"identifikator\":\"" + organisasjon + "\"}"))));
        t.add(new Tilfelle("lønnskompensasjon mot person", ventet("kravtype-gjelder-kun-for-organisasjon", "Kravtype gjelder kun for organisasjon", 422),
                () -> nav.post(Api.BASE, nav("kravtype", "\"TILBAKEKREVING_LOENNSKOMPENSASJON\""))));
        t.add(new Tilfelle("ytelser for avregning 0", ventet("ytelser-for-avregning-er-ikke-over-0", "Ytelser for avregning er ikke over 0", 422), () -> nav.post(Api.BASE,
                nav("tilleggsinformasjon", "{\"tilbakekrevingsperiode\":{\"fraDato\":\"" + idag().minusYears(1) + "\",\"tilDato\":\"" + d
                        + "\"},\"ytelserForAvregning\":{\"valuta\":\"NOK\",\"beloep\":0}}"))));
        t.add(new Tilfelle("tilbakekrevingsperiode til i morgen", ventet("ugyldig-tilbakekrevingsperiode", "Ugyldig tilbakekrevingsperiode", 422), () -> nav.post(Api.BASE,
                nav("tilleggsinformasjon", "{\"tilbakekrevingsperiode\":{\"fom\":\"" + idag().minusYears(1) + "\",\"tom\":\"" + imorgen + "\"}}"))));
        t.add(new Tilfelle("tilbakekrevingsperiode fra etter til", ventet("ugyldig-tilbakekrevingsperiode", "Ugyldig tilbakekrevingsperiode", 422), () -> nav.post(Api.BASE,
                nav("tilleggsinformasjon", "{\"tilbakekrevingsperiode\":{\"fraDato\":\"" + d + "\",\"tilDato\":\"" + idag().minusDays(1) + "\"}}"))));
        t.add(new Tilfelle("Brønnøysund mot person", ventet("kravtype-gjelder-kun-for-organisasjon", "Kravtype gjelder kun for organisasjon", 422), () -> brreg.post(Api.BASE,
                erstatt(brregGyldig(idag().minusMonths(1).toString(), idag().minusDays(5).toString(), d, ""), "skyldner",
                        "{\"identifikatortype\":\"PERSON\",\"identifikator\":\"" + person + "\"}"))));
        t.add(new Tilfelle("Brønnøysund uten periode", ventet("ugyldig-tilleggsinformasjon", "Ugyldig tilleggsinformasjon", 400), () -> brreg.post(Api.BASE,
                erstatt(brregGyldig(idag().minusMonths(1).toString(), d, d, ""), "tilleggsinformasjon", "{\"stoppdatoForLøpendeMulkt\":\"" + d + "\"}"))));
        t.add(new Tilfelle("Brønnøysund periode til i morgen", ventet("ugyldig-periode", "Ugyldig periode", 422),
                () -> brreg.post(Api.BASE, brregGyldig(idag().minusMonths(1).toString(), imorgen, d, ""))));
        t.add(new Tilfelle("stoppdato i morgen", ventet("ugyldig-stoppdato-for-løpende-mulkt", "Ugyldig stoppdato for løpende mulkt", 422),
                () -> brreg.post(Api.BASE, brregGyldig(idag().minusMonths(1).toString(), d, imorgen, ""))));
        t.add(new Tilfelle("utgangspunkt 3 år tilbake", ventet("foreldelsesfristens-utgangspunkt-eldre-enn-2-aar-og-10-maaneder", "Foreldelsesfristens utgangspunkt eldre enn 2 år og 10 måneder", 422),
                () -> brreg.post(Api.BASE, brregGyldig(idag().minusYears(3).toString(), d, d, ""))));
        t.add(new Tilfelle("renter på tvangsmulkt", ventet("rentebeloep-er-ikke-tillatt-for-kravtype", "Rentebeloep er ikke tillatt for kravtype", 422), () -> brreg.post(Api.BASE,
                brregGyldig(idag().minusMonths(1).toString(), d, d,
                        ",\"renteBeloep\":[{\"valuta\":\"NOK\",\"beloep\":10,\"renterIlagtDato\":\"" + d + "\",\"rentetype\":\"STRAFFERENTE\"}]"))));
        t.add(new Tilfelle("kravidentifikator som ikke er UUID", ventet("ugyldig-kravidentifikator", "Ugyldig kravidentifikator", 422),
                () -> nav.get(Api.BASE + "/ikke-en-uuid/mottaksstatus")));
        t.add(new Tilfelle("oppdragsgivers kravidentifikator med mellomrom", ventet("ugyldig-oppdragsgivers-kravidentifikator", "Ugyldig oppdragsgivers kravidentifikator", 422),
                () -> nav.get(Api.BASE + "/KRAV%201/mottaksstatus?kravidentifikatortype=OPPDRAGSGIVERS_KRAVIDENTIFIKATOR")));
        t.add(new Tilfelle("ukjent kravidentifikator", ventet("innkrevingsoppdrag-eksisterer-ikke", "Innkrevingsoppdrag eksisterer ikke", 404),
                () -> nav.get(Api.BASE + "/" + java.util.UUID.randomUUID() + "/mottaksstatus")));
        t.add(new Tilfelle("annen oppdragsgivers krav", ventet("innkrevingsoppdrag-eksisterer-ikke", "Innkrevingsoppdrag eksisterer ikke", 404), () -> {
            String id = opprettOgVent(nav, navKrav(person, unik("NAVS")), "RESKONTROFOERT");
            return som(SRF).get(Api.BASE + "/" + id);
        }));
        t.add(new Tilfelle("ny hovedstol 0", ventet("hovedstol-er-ikke-over-0", "Hovedstol er ikke over 0", 422), () -> {
            String id = opprettOgVent(nav, navKrav(person, unik("H0")), "RESKONTROFOERT");
            return nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":0}}");
        }));
        t.add(new Tilfelle("negativt rentebeløp ved endring", ventet("rentebeloep-er-under-0", "Rentebeloep er under 0", 422), () -> {
            String id = opprettOgVent(nav, navKrav(person, unik("R0")), "RESKONTROFOERT");
            return nav.put(Api.BASE + "/" + id + "/renter",
                    "{\"renter\":[{\"valuta\":\"NOK\",\"beloep\":-1,\"renterIlagtDato\":\"" + d + "\",\"rentetype\":\"STRAFFERENTE\"}]}");
        }));
        t.add(new Tilfelle("endring av krav med valideringsfeil (blir aldri reskontroført)", ventet("innkrevingsoppdrag-er-ikke-reskontrofoert", "Innkrevingsoppdrag er ikke reskontrofoert", 404), () -> {
            String ukjent = Testpersoner.nyttFoedselsnummer();
            String id = opprettOgVent(nav, navKrav(ukjent, unik("IR")), "VALIDERINGSFEIL");
            return nav.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":100}}");
        }));
        t.add(new Tilfelle("avskriving av krav med valideringsfeil (blir aldri reskontroført)", ventet("innkrevingsoppdrag-er-ikke-reskontrofoert", "Innkrevingsoppdrag er ikke reskontrofoert", 404), () -> {
            String id = opprettOgVent(nav, navKrav(Testpersoner.nyttFoedselsnummer(), unik("IA")), "VALIDERINGSFEIL");
            return nav.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"SKATTEETATENS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"" + id + "\"}");
        }));
        t.add(new Tilfelle("avstemming av krav som ikke er reskontroført", ventet("innkrevingsoppdrag-er-ikke-reskontrofoert", "Innkrevingsoppdrag er ikke reskontrofoert", 404), () -> {
            String id = opprettOgVent(nav, navKrav(Testpersoner.nyttFoedselsnummer(), unik("IV")), "VALIDERINGSFEIL");
            return nav.get(Api.BASE + "/" + id + "/avstemming");
        }));
        t.add(new Tilfelle("endring av avskrevet krav", ventet("avskrevet-innkrevingsoppdrag-kan-ikke-endres", "Avskrevet innkrevingsoppdrag kan ikke endres", 409), () -> {
            String id = avskrevet(nav);
            return nav.put(Api.BASE + "/" + id + "/renter", "{\"renter\":[]}");
        }));
        t.add(new Tilfelle("ny referanse på avskrevet krav", ventet("avskrevet-innkrevingsoppdrag-kan-ikke-endres", "Avskrevet innkrevingsoppdrag kan ikke endres", 409), () -> {
            String id = avskrevet(nav);
            return nav.put(Api.BASE + "/" + id + "/oppdragsgiversreferanse", "{\"nyOppdragsgiversReferanse\":\"NY-1\"}");
        }));
        t.add(new Tilfelle("avskriving av avskrevet krav", ventet("avskrevet-innkrevingsoppdrag-kan-ikke-avskrives", "Avskrevet innkrevingsoppdrag kan ikke avskrives", 409), () -> {
            String id = avskrevet(nav);
            return nav.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"SKATTEETATENS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"" + id + "\"}");
        }));
        t.add(new Tilfelle("endring av tvangsmulkt", ventet("kravtypen-kan-ikke-endres", "Kravtypen kan ikke endres", 403), () -> {
            String id = opprettOgVent(brreg, brregGyldig(idag().minusMonths(1).toString(), d, d, ""), "RESKONTROFOERT");
            return brreg.put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":100}}");
        }));
        t.add(new Tilfelle("avskriving av tvangsmulkt", ventet("kravtypen-kan-ikke-avskrives", "Kravtypen kan ikke avskrives", 403), () -> {
            String id = opprettOgVent(brreg, brregGyldig(idag().minusMonths(1).toString(), d, d, ""), "RESKONTROFOERT");
            return brreg.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"SKATTEETATENS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"" + id + "\"}");
        }));
        return t.stream().map(c -> DynamicTest.dynamicTest(c.navn() + " -> " + c.feil().suffix(), () -> {
            Api.Svar s = c.kall().get();
            assertThat(s.status()).as(s.body()).isEqualTo(c.feil().status());
            assertThat(s.contentType()).startsWith("application/problem+json");
            assertThat(s.tekst("type")).isEqualTo("tag:skatteetaten.no,2024:innkreving:innkrevingsoppdrag:" + c.feil().suffix());
            assertThat(s.tekst("title")).isEqualTo(c.feil().tittel());
            assertThat(s.json().get("status").asInt()).isEqualTo(c.feil().status());
            assertThat(s.tekst("detail")).isNotBlank();
            assertThat(s.tekst("instance")).startsWith("/api/innkreving/innkrevingsoppdrag/v1/innkrevingsoppdrag");
        }));
    }

    private String avskrevet(Api nav) {
        String id = opprettOgVent(nav, navKrav(person, unik("AV")), "RESKONTROFOERT");
        Api.Svar s = nav.post(Api.BASE + "/avskriving", "{\"kravidentifikatortype\":\"SKATTEETATENS_KRAVIDENTIFIKATOR\",\"kravidentifikator\":\"" + id + "\"}");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        return id;
    }

    @Test
    void titlerOgStatuserErSomITabellen() {
        // The table's constant columns, typed in from the spec rather than read from our own enum.
        assertThat(Feil.KRAVTYPE_EKSISTERER_IKKE.tittel()).isEqualTo("Kravtype eksisterer ikke");
        assertThat(Feil.UGYLDIG_TILLEGGSINFORMASJON.status()).isEqualTo(400);
        assertThat(Feil.INNKREVINGSOPPDRAG_EKSISTERER_IKKE.status()).isEqualTo(404);
        assertThat(Feil.AVSKREVET_KAN_IKKE_AVSKRIVES.status()).isEqualTo(409);
        assertThat(Feil.KRAVTYPEN_KAN_IKKE_ENDRES.status()).isEqualTo(403);
        assertThat(Feil.INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT_AVSTEMMING.status()).isEqualTo(404);
    }

    @Test
    void foersteFeilIRekkefoelgenVinner() {
        Api nav = nav();
        // both an unknown claim type and a future date: the claim type is checked first
        String body = erstatt(nav("kravtype", "\"FINNES_IKKE\""), "fastsettelsesdato", "\"" + idag().plusDays(3) + "\"");
        assertThat(nav.post(Api.BASE, body).feiltype()).isEqualTo("kravtype-eksisterer-ikke");
        // a bad reference and a bad debtor id: the reference comes first in the table
        body = erstatt(nav("oppdragsgiversReferanse", "\"SAK 1\""), "skyldner", "{\"identifikatortype\":\"PERSON\",\"identifikator\":\"00000000000\"}");
        assertThat(nav.post(Api.BASE, body).feiltype()).isEqualTo("ugyldig-oppdragsgivers-referanse");
        // a used kravidentifikator and a future date: the duplicate is reported (rule 8 before rule 9)
        String kravid = unik("ORD");
        assertThat(nav.post(Api.BASE, navKrav(person, kravid)).status()).isEqualTo(201);
        body = erstatt(navKrav(person, kravid), "fastsettelsesdato", "\"" + idag().plusDays(3) + "\"");
        assertThat(nav.post(Api.BASE, body).feiltype()).isEqualTo("oppdragsgivers-kravidentifikator-eksisterer-allerede");
    }
}

package no.innkreving.offset;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.offset.application.Motregningsimport;
import no.innkreving.offset.application.Motregningsinnboks;
import no.innkreving.offset.application.Motregningskjoering;
import no.innkreving.payments.Betalingsavstemming;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Offset (motregning) through the real database, as files arrive: worked examples whose figures are derived by hand in
 * the comments (amounts in kroner unless øre is said). A claim is booked and invoiced today, so it falls due about three
 * weeks on; the amounts in the files fall due to the debtor 40 days from today, so every claim booked is due by then
 * (the offset takes effect on the amount's date when that is later than today, decision 0047).
 */
class MotregningTest extends ApiTestBase {
    static final String HODE = "referanse;skyldner;beloepOere;art;dato;kontonummer\n";
    static final String KONTO = "12345678903";

    @Autowired
    Motregningsinnboks innboks;
    @Autowired
    Motregningsimport importen;
    @Autowired
    Motregningskjoering kjoering;
    @Autowired
    Motregninger motregninger;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Innkrevingsstanser stanser;
    @Autowired
    Fristavbruddsregister fristavbrudd;
    @Autowired
    Betalingsavstemming avstemming;
    @Autowired
    no.innkreving.ledger.Bokfoering bokfoering;

    static LocalDate dato() {
        return idag().plusDays(40);
    }

    /** A NAV claim: principal and creditor's interest in kroner, optional ytelserForAvregning (kroner, 0 = none). */
    UUID navKrav(String fnr, String kravtype, long hovedstol, long renter, long ytelserForAvregning) {
        String rente = renter == 0 ? "" : """
                "renteBeloep":[{"valuta":"NOK","beloep":%d,"renterIlagtDato":"%s","rentetype":"STRAFFERENTE"}],"""
                .formatted(renter, idag().minusDays(10));
        String avregning = ytelserForAvregning == 0 ? "" : """
                ,"ytelserForAvregning":{"valuta":"NOK","beloep":%d}""".formatted(ytelserForAvregning);
        String body = """
                {"kravtype":"%s","skyldner":{"identifikatortype":"PERSON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":%d},%s
                 "oppdragsgiversReferanse":"SAK-MOT-1","oppdragsgiversKravidentifikator":"%s",
                 "fastsettelsesdato":"%s",
                 "tilleggsinformasjon":{"tilbakekrevingsperiode":{"fraDato":"%s","tilDato":"%s"}%s}}"""
                .formatted(kravtype, fnr, hovedstol, rente, unik("MOT"), idag().minusDays(10), idag().minusYears(1),
                        idag().minusMonths(2), avregning);
        return UUID.fromString(opprettOgVent(nav(), body, "RESKONTROFOERT"));
    }

    /** Books a claim as if on an earlier day (its due date then lies earlier too). */
    UUID navKravDen(LocalDate dag, String fnr, String kravtype, long hovedstol, long renter, long ytelser) {
        tidsmaskin.reisTil(dag);
        try {
            return navKrav(fnr, kravtype, hovedstol, renter, ytelser);
        } finally {
            tidsmaskin.hjem();
        }
    }

    long gjenstaaende(UUID krav) {
        return saldoer.saldo(krav, LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElseThrow();
    }

    static String linje(String ref, String fnr, long ore, String art) {
        return ref + ";" + fnr + ";" + ore + ";" + art + ";" + dato() + ";" + KONTO + "\n";
    }

    Path fil(String innhold) throws Exception {
        Path p = Files.createTempFile("motregning", ".csv");
        Files.writeString(p, innhold, StandardCharsets.UTF_8);
        return p;
    }

    /** Drops the file in the inbox (written under a '.part' name, then renamed) and waits until it is taken. */
    Path leggIInnboksen(String navn, String innhold, String mappe) throws Exception {
        Path part = innboks.innboks().resolve(navn + ".part");
        Files.writeString(part, innhold, StandardCharsets.UTF_8);
        innboks.sjekkNaa();
        assertThat(part).exists(); // still being written: left alone
        // where it will go: the inbox keeps a file of the same name already there and takes the next free one
        Path maal = innboks.innboks().resolveSibling(mappe).resolve(navn);
        for (int i = 1; Files.exists(maal); i++) maal = innboks.innboks().resolveSibling(mappe).resolve(navn + "." + i);
        Files.move(part, innboks.innboks().resolve(navn));
        long frist = System.currentTimeMillis() + 10_000;
        while (!Files.exists(maal) && System.currentTimeMillis() < frist) {
            innboks.sjekkNaa();
            if (!Files.exists(maal)) Thread.sleep(50);
        }
        assertThat(maal).exists();
        return maal;
    }

    Motkrav motkrav(String fnr, String ref) {
        return motregninger.forSkyldner(fnr).stream().filter(m -> m.referanse().equals(ref)).findFirst().orElseThrow();
    }

    long antall(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void skatt_til_gode_dekker_to_krav_i_lovlig_rekkefoelge_og_resten_utbetales() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        // A booked 30 days ago (due about 9 days ago): 4 000 + 400 interest; B booked today (due in about 3 weeks): 10 000
        UUID a = navKravDen(idag().minusDays(30), fnr, "TILBAKEKREVING_BARNETRYGD", 4_000, 400, 0);
        UUID b = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 10_000, 0, 0);
        Kravforfall forfallA = saldoer.forfall(List.of(a)).getFirst();
        Kravforfall forfallB = saldoer.forfall(List.of(b)).getFirst();
        assertThat(forfallA.forfallsdato()).isBefore(forfallB.forfallsdato());

        String r1 = unik("SKATT"), r2 = unik("SKATT");
        // Refund 1, 12 000: A first (oldest due date): interest 400, principal 4 000 = 4 400; B gets 12 000 - 4 400 = 7 600,
        // 10 000 - 7 600 = 2 400 left. Nothing paid out.
        // Refund 2, 10 000: B's 2 400; 10 000 - 2 400 = 7 600 paid out.
        Path behandlet = leggIInnboksen(unik("skatt") + ".csv",
                HODE + linje(r1, fnr, 1_200_000, "SKATTEOPPGJOER") + linje(r2, fnr, 1_000_000, "SKATTEOPPGJOER"), "processed");
        assertThat(Files.readString(behandlet.resolveSibling(behandlet.getFileName() + ".rapport.txt")))
                .contains("Beløp lest: 2").contains("Nye beløp tatt til motregning: 2").contains("Linjer som ikke kunne leses: 0");

        assertThat(gjenstaaende(a)).isZero();
        assertThat(gjenstaaende(b)).isZero();
        Motkrav m1 = motkrav(fnr, r1), m2 = motkrav(fnr, r2);
        assertThat(m1.status()).isEqualTo("MOTREGNET");
        assertThat(m1.motregnetOre()).isEqualTo(1_200_000);
        assertThat(m1.utbetaltOre()).isZero();
        assertThat(m1.virkningsdato()).isEqualTo(dato());
        assertThat(m2.motregnetOre()).isEqualTo(240_000);
        assertThat(m2.utbetaltOre()).isEqualTo(760_000);
        // the ledger: refund 1 placed 440 000 øre on A, 760 000 on B; refund 2 placed 240 000 on B
        assertThat(saldoer.motregnet(List.of(a, b))).extracting(x -> x.kravId() + ":" + x.motkravId() + ":" + x.beloepOre())
                .containsExactly(a + ":" + m1.motkravId() + ":40000", a + ":" + m1.motkravId() + ":400000",
                        b + ":" + m1.motkravId() + ":760000", b + ":" + m2.motkravId() + ":240000");
        // one payout instruction, for the rest of refund 2, to the account in the file
        assertThat(jdbc.queryForList("select beloep_ore from utbetaling where skyldner = ? and motkrav_id is not null", Long.class, fnr))
                .containsExactly(760_000L);
        // every krone accounted for
        assertThat(avstemming.kontroller().stemmer()).isTrue();
        // a letter for each, readable as a PDF
        assertThat(m1.dokumentId()).isNotNull();
        Api sb = new Api(port, issuer.issue(NAV, "innkreving:saksbehandling"));
        HttpResponse<byte[]> pdf = Api.http().send(HttpRequest.newBuilder(URI.create(sb.root()
                        + "/api/innkreving/saksbehandling/v1/dokumenter/" + m2.dokumentId()))
                .header("Authorization", "Bearer " + issuer.issue(NAV, "innkreving:saksbehandling")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the caseworker's claim view lists the offset with its letter
        JsonNode bilde = sb.get("/api/innkreving/saksbehandling/v1/krav/" + b).json();
        List<String> motregninger = new ArrayList<>();
        for (JsonNode h : bilde.get("hendelser"))
            if (h.get("type").asText().equals("MOTREGNING")) motregninger.add(h.get("dokumentId").asText());
        assertThat(motregninger).containsExactlyInAnyOrder(m1.dokumentId().toString(), m2.dokumentId().toString());
        assertThat(bilde.get("innkrevingssteg").asText()).isEqualTo("BETALT");
        // offset is no interruption of limitation (decision 0049): nothing recorded for B, whose rest was offset by parts
        assertThat(fristavbrudd.avbrudd(List.of(a, b))).isEmpty();

        // the debtor's view: the offsets under the due dates as plassertMotkrav, the payout under utbetalinger
        Api person = new Api(port, issuer.issueForPerson(fnr, "skatteetaten:kravogbetalinger"));
        String kb = "/api/innkreving/kravogbetalinger/v1/regnskapssystem/" + fnr;
        JsonNode krav = person.get(kb + "/krav?fraOgMed=" + idag().minusDays(60) + "&tilOgMed=" + idag()).json().get("krav");
        JsonNode bForfall = null;
        for (JsonNode k : krav) if (k.get("kravidentifikator").asText().equals(b.toString())) bForfall = k.get("kravforfall").get(0);
        assertThat(bForfall).isNotNull();
        assertThat(bForfall.get("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo("0");
        JsonNode mk = bForfall.get("plassertMotkrav");
        assertThat(mk).hasSize(2);
        assertThat(mk.get(0).get("kravforfallsIdentifikator").asText()).isEqualTo(m1.motkravId().toString());
        assertThat(mk.get(0).get("plassertBeloep").decimalValue()).isEqualByComparingTo("-7600.00");
        assertThat(mk.get(0).get("kravtype").asText()).isEqualTo("SKATTEOPPGJOER");
        assertThat(mk.get(0).get("plassertDato").asText()).isEqualTo(dato().toString());
        assertThat(mk.get(0).get("forfallsdato").asText()).isEqualTo(dato().toString());
        assertThat(mk.get(0).get("kravbeskrivelse").get("spraakTekst").get(0).get("tekst").asText()).contains("Skatt til gode");
        assertThat(mk.get(1).get("plassertBeloep").decimalValue()).isEqualByComparingTo("-2400.00");
        JsonNode ut = person.get(kb + "/utbetalinger?fraOgMed=" + idag() + "&tilOgMed=" + dato()).json().get("utbetaling");
        assertThat(ut).hasSize(1);
        assertThat(ut.get(0).get("utbetaltBeloep").decimalValue()).isEqualByComparingTo("7600.00");
        assertThat(ut.get(0).get("utbetaltdato").asText()).isEqualTo(dato().toString());
        JsonNode kreditt = ut.get(0).get("grunnlagForUtbetaling").get("kreditKrav").get(0);
        assertThat(kreditt.get("kravforfallidentifikator").asText()).isEqualTo(m2.motkravId().toString());
        assertThat(kreditt.get("opprinneligBeloep").decimalValue()).isEqualByComparingTo("-10000.00");
        assertThat(kreditt.get("utbetaltBeloep").decimalValue()).isEqualByComparingTo("7600.00");
        assertThat(kreditt.get("kravtype").asText()).isEqualTo("SKATTEOPPGJOER");
    }

    @Test
    void til_gode_mindre_enn_ett_krav() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        // 15 000 + 1 500 interest; refund 3 000: interest 1 500 first, then 1 500 of the principal; 16 500 - 3 000 = 13 500 left
        UUID a = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 15_000, 1_500, 0);
        String ref = unik("SKATT");
        var r = importen.importer(fil(HODE + linje(ref, fnr, 300_000, "SKATTEOPPGJOER")), "liten.csv", "OPPLASTING");
        assertThat(r.nye()).isEqualTo(1);
        assertThat(gjenstaaende(a)).isEqualTo(1_350_000);
        Map<String, Long> perLinje = new java.util.HashMap<>();
        for (var l : saldoer.saldo(a, LocalDate.MAX).orElseThrow().linjer()) perLinje.put(l.linjetype().name(), l.gjenstaaendeOre());
        assertThat(perLinje).containsEntry("RENTER", 0L).containsEntry("HOVEDSTOL", 1_350_000L);
        Motkrav m = motkrav(fnr, ref);
        assertThat(m.motregnetOre()).isEqualTo(300_000);
        assertThat(m.utbetaltOre()).isZero();
        assertThat(antall("select count(*) from utbetaling where motkrav_id = ?", m.motkravId())).isZero();
    }

    /**
     * Money offset on a claim is the debtor's again when the claim goes: A (15 000 + 1 500 interest) took 3 000 of a
     * refund (interest 1 500, principal 1 500; 13 500 left); a complaint upheld deletes A: 13 500 is written off and
     * the 3 000 offset is paid out to the refund's account, so the amount stands at 0 offset, 3 000 paid out. B
     * (10 000) took 8 000 of another refund (2 000 left); the creditor lowers B's principal to 5 000: the line would
     * stand at 5 000 - 8 000 = -3 000, so 3 000 of the offset is paid back and B ends at 0; that amount stands at
     * 5 000 offset, 3 000 paid out. The ledger reconciles throughout (TIL_UTBETALING = payout instructions).
     */
    @Test
    void motregnet_paa_krav_som_slettes_eller_settes_ned_betales_tilbake() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID a = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 15_000, 1_500, 0);
        String refA = unik("SKATT");
        importen.importer(fil(HODE + linje(refA, fnr, 300_000, "SKATTEOPPGJOER")), "a.csv", "OPPLASTING");
        assertThat(gjenstaaende(a)).isEqualTo(1_350_000);

        var sletting = bokfoering.forKrav(a, e -> e.slettEtterKlage(a));
        assertThat(sletting.avskrevetOre()).isEqualTo(1_350_000);
        assertThat(sletting.tilbakebetaltOre()).isEqualTo(300_000);
        assertThat(gjenstaaende(a)).isZero();
        Motkrav ma = motkrav(fnr, refA);
        assertThat(ma.motregnetOre()).isZero();
        assertThat(ma.utbetaltOre()).isEqualTo(300_000);
        // paid out on the day the amount itself falls due to the debtor (dato(), 40 days ahead), not before
        assertThat(jdbc.queryForList("select beloep_ore || ' ' || opprettet from utbetaling where motkrav_id = ? and til_konto = ?",
                String.class, ma.motkravId(), KONTO)).containsExactly("300000 " + dato());
        assertThat(saldoer.motregnet(List.of(a))).isEmpty(); // nothing of the amount stands on A any more
        assertThat(avstemming.kontroller().stemmer()).as(avstemming.kontroller().toString()).isTrue();
        // the debtor is told: a letter saying why and how much, to which account, laid out as a PDF
        String tilbake = "select dokument_id from brevdokument where mottaker = ? and brevslag = 'MOTREGNING_TILBAKEBETALT' order by sendt";
        List<UUID> brev = jdbc.queryForList(tilbake, UUID.class, fnr);
        assertThat(brev).hasSize(1);
        assertThat(jdbc.queryForObject("select grunnlag from brevdokument where dokument_id = ?", String.class, brev.getFirst()))
                .contains("Klagen din er tatt til følge, og kravet er slettet.").contains("Derfor betaler vi tilbake 3 000,00 kr")
                .contains(refA).contains("**** ** 8903");
        Api sb = new Api(port, issuer.issue(NAV, "innkreving:saksbehandling"));
        // the claim's caseworker view lists the payback with its letter
        List<String> hendelser = new ArrayList<>();
        for (JsonNode h : sb.get("/api/innkreving/saksbehandling/v1/krav/" + a).json().get("hendelser"))
            hendelser.add(h.get("type").asText() + " " + h.get("dato").asText() + " " + h.path("dokumentId").asText());
        assertThat(hendelser).contains("MOTREGNING_TILBAKEBETALT " + dato() + " " + brev.getFirst());
        HttpResponse<byte[]> pdf = Api.http().send(HttpRequest.newBuilder(URI.create(sb.root()
                        + "/api/innkreving/saksbehandling/v1/dokumenter/" + brev.getFirst()))
                .header("Authorization", "Bearer " + issuer.issue(NAV, "innkreving:saksbehandling")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        UUID b = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 10_000, 0, 0);
        String refB = unik("SKATT");
        importen.importer(fil(HODE + linje(refB, fnr, 800_000, "SKATTEOPPGJOER")), "b.csv", "OPPLASTING");
        assertThat(gjenstaaende(b)).isEqualTo(200_000);
        Api.Svar ned = nav().put(Api.BASE + "/" + b + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":5000}}");
        assertThat(ned.status()).as(ned.body()).isEqualTo(200);
        assertThat(gjenstaaende(b)).isZero();
        Motkrav mb = motkrav(fnr, refB);
        assertThat(mb.motregnetOre()).isEqualTo(500_000);
        assertThat(mb.utbetaltOre()).isEqualTo(300_000);
        assertThat(saldoer.motregnet(List.of(b))).singleElement().satisfies(m -> assertThat(m.beloepOre()).isEqualTo(500_000));
        assertThat(jdbc.queryForList("select beloep_ore from utbetaling where motkrav_id = ?", Long.class, mb.motkravId()))
                .containsExactly(300_000L);
        brev = jdbc.queryForList(tilbake, UUID.class, fnr);
        assertThat(brev).hasSize(2);
        assertThat(jdbc.queryForObject("select grunnlag from brevdokument where dokument_id = ?", String.class, brev.getLast()))
                .contains("Oppdragsgiveren har satt ned kravet.").contains("Derfor betaler vi tilbake 3 000,00 kr").contains(refB);
        assertThat(avstemming.kontroller().stemmer()).as(avstemming.kontroller().toString()).isTrue();
    }

    @Test
    void krav_under_klage_hoppes_over() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        // A (older, 5 000) is under a complaint that suspended enforcement; B (3 000) is not.
        // Refund 6 000: A skipped, B 3 000; 6 000 - 3 000 = 3 000 paid out.
        UUID a = navKravDen(idag().minusDays(30), fnr, "TILBAKEKREVING_BARNETRYGD", 5_000, 0, 0);
        UUID b = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 3_000, 0, 0);
        stanser.stans(a, Stansgrunn.UTSATT_IVERKSETTELSE, idag(), null, "klage:" + UUID.randomUUID());
        String ref = unik("SKATT");
        importen.importer(fil(HODE + linje(ref, fnr, 600_000, "SKATTEOPPGJOER")), "klage.csv", "OPPLASTING");
        assertThat(gjenstaaende(a)).isEqualTo(500_000);
        assertThat(gjenstaaende(b)).isZero();
        assertThat(motkrav(fnr, ref).utbetaltOre()).isEqualTo(300_000);

        // an instalment plan does not stop offset (the authority offsets under a plan too): C under a plan, 2 000;
        // refund 500 covers 500 of it, nothing paid out
        UUID c = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 2_000, 0, 0);
        stanser.stans(c, Stansgrunn.BETALINGSAVTALE, idag(), null, "betalingsavtale:" + UUID.randomUUID());
        String planRef = unik("SKATT");
        importen.importer(fil(HODE + linje(planRef, fnr, 50_000, "SKATTEOPPGJOER")), "plan.csv", "OPPLASTING");
        assertThat(gjenstaaende(c)).isEqualTo(150_000);
        assertThat(gjenstaaende(a)).isEqualTo(500_000);
        assertThat(motkrav(fnr, planRef).utbetaltOre()).isZero();

        // an amount due to the debtor today, when neither claim is due yet (invoiced with three weeks to pay: A about
        // 9 days ago... A is due, but on hold; B is not due): nothing is offset, all of it (1 000) is paid out, no letter
        String idag = unik("SKATT");
        importen.importer(fil(HODE + idag + ";" + fnr + ";100000;SKATTEOPPGJOER;" + idag() + ";" + KONTO + "\n"), "idag.csv", "OPPLASTING");
        Motkrav m = motkrav(fnr, idag);
        assertThat(m.motregnetOre()).isZero();
        assertThat(m.utbetaltOre()).isEqualTo(100_000);
        assertThat(m.dokumentId()).isNull();
    }

    @Test
    void avregning_av_etterbetaling_fra_nav_mot_nav_krav() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        // A (older, TILBAKEKREVING_BARNETRYGD 8 000, no ytelserForAvregning); B (newer, TILBAKEKREVING_DAGPENGER 6 000,
        // ytelserForAvregning 5 000). NAV back-payment 9 000: avregning first, B up to 5 000; then oldest due first,
        // A 4 000 of 8 000. Left: A 4 000, B 1 000; nothing paid out.
        UUID a = navKravDen(idag().minusDays(30), fnr, "TILBAKEKREVING_BARNETRYGD", 8_000, 0, 0);
        UUID b = navKrav(fnr, "TILBAKEKREVING_DAGPENGER", 6_000, 0, 5_000);
        String r1 = unik("NAV");
        importen.importer(fil(HODE + linje(r1, fnr, 900_000, "NAV_ETTERBETALING")), "nav.csv", "OPPLASTING");
        assertThat(gjenstaaende(a)).isEqualTo(400_000);
        assertThat(gjenstaaende(b)).isEqualTo(100_000);
        assertThat(jdbc.queryForList("select beloep_ore from motregning_avregning where krav_id = ?", Long.class, b))
                .containsExactly(500_000L);
        // A second back-payment of 2 000: B's 5 000 for avregning is used up, so the oldest due date goes first again:
        // A 2 000 of its 4 000. Left: A 2 000, B 1 000.
        importen.importer(fil(HODE + linje(unik("NAV"), fnr, 200_000, "NAV_ETTERBETALING")), "nav2.csv", "OPPLASTING");
        assertThat(gjenstaaende(a)).isEqualTo(200_000);
        assertThat(gjenstaaende(b)).isEqualTo(100_000);

        // NAV lowers B's principal to 3 000: of the 5 000 avregnet, 2 000 is paid back and 3 000 stands; 3 000 counts
        // as avregning, so 2 000 of NAV's statement is free again (decision 0082)
        Api.Svar ned = nav().put(Api.BASE + "/" + b + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":3000}}");
        assertThat(ned.status()).as(ned.body()).isEqualTo(200);
        assertThat(motkrav(fnr, r1).utbetaltOre()).isEqualTo(200_000);
        assertThat(jdbc.queryForList("select beloep_ore from motregning_avregning where krav_id = ?", Long.class, b))
                .containsExactly(300_000L);
        // B deleted after an upheld complaint: all of it paid back, nothing of the statement used
        bokfoering.forKrav(b, e -> e.slettEtterKlage(b));
        assertThat(motkrav(fnr, r1).utbetaltOre()).isEqualTo(500_000);
        assertThat(antall("select count(*) from motregning_avregning where krav_id = ?", b)).isZero();
        assertThat(avstemming.kontroller().stemmer()).as(avstemming.kontroller().toString()).isTrue();
    }

    @Test
    void samme_fil_to_ganger_har_en_virkning() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        // 2 000 against 500: 500 offset, 1 500 paid out, once
        UUID a = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 500, 0, 0);
        String ref = unik("SKATT");
        String innhold = HODE + linje(ref, fnr, 200_000, "SKATTEOPPGJOER");
        String navn = unik("dobbel") + ".csv";
        leggIInnboksen(navn, innhold, "processed");
        long transaksjoner = antall("select count(*) from transaksjon where type = 'MOTREGNING' and skyldner = ?", fnr);
        long dokumenter = antall("select count(*) from brevdokument where mottaker = ? and brevslag = 'MOTREGNING'", fnr);
        // the same file again, under the same name and as an upload
        Path igjen = leggIInnboksen(navn, innhold, "processed");
        assertThat(igjen.getFileName().toString()).isEqualTo(navn + ".1");
        var svar = new Api(port, issuer.issue(NAV, "innkreving:saksbehandling")).send("POST",
                "/api/innkreving/saksbehandling/v1/motregning/filer?filnavn=" + navn, innhold, "Content-Type", "text/csv");
        assertThat(svar.status()).isEqualTo(201);
        assertThat(svar.json().get("alleredeMottatt").asInt()).isEqualTo(1);
        assertThat(svar.json().get("nye").asInt()).isZero();
        assertThat(Files.readString(igjen.resolveSibling(navn + ".1.rapport.txt"))).contains("Allerede mottatt (samme referanse og innhold), ikke behandlet på nytt: 1");
        assertThat(transaksjoner).isEqualTo(1);
        assertThat(antall("select count(*) from transaksjon where type = 'MOTREGNING' and skyldner = ?", fnr)).isEqualTo(1);
        assertThat(antall("select count(*) from brevdokument where mottaker = ? and brevslag = 'MOTREGNING'", fnr)).isEqualTo(dokumenter);
        assertThat(antall("select count(*) from utbetaling where skyldner = ? and motkrav_id is not null", fnr)).isEqualTo(1);
        assertThat(gjenstaaende(a)).isZero();
        assertThat(motkrav(fnr, ref).utbetaltOre()).isEqualTo(150_000);
    }

    @Test
    void kjoering_avbrutt_halvveis_og_kjoert_igjen_blir_som_en_ren_kjoering() throws Exception {
        // Four debtors, each a claim of 1 000 and a refund of 1 500: 1 000 offset, 500 paid out each, one letter each.
        List<String> fnr = new ArrayList<>();
        List<UUID> krav = new ArrayList<>();
        StringBuilder innhold = new StringBuilder(HODE);
        for (int i = 0; i < 4; i++) {
            String f = Testpersoner.person(jdbc, "BOSATT");
            fnr.add(f);
            krav.add(navKrav(f, "TILBAKEKREVING_BARNETRYGD", 1_000, 0, 0));
            innhold.append(linje(unik("SKATT"), f, 150_000, "SKATTEOPPGJOER"));
        }
        // the file is read and stored, then the run is cut after one debtor (the process is killed)
        var lest = importen.lesInn(fil(innhold.toString()), "avbrutt.csv", "INNBOKS");
        assertThat(lest.nye()).isEqualTo(4);
        assertThat(kjoering.behandleUbehandlede(1)).isEqualTo(1);
        assertThat(krav.stream().filter(k -> gjenstaaende(k) == 0).count()).isEqualTo(1);
        // then a debtor's unit fails halfway through (its payout cannot be written after its ledger transaction was):
        // that debtor is rolled back whole, the others go on, and the run reports the failure
        String blokkert = fnr.stream().filter(f -> gjenstaaende(krav.get(fnr.indexOf(f))) > 0).findFirst().orElseThrow();
        UUID blokkertMotkrav = motregninger.forSkyldner(blokkert).getFirst().motkravId();
        jdbc.update("alter table utbetaling add constraint test_krasj check (motkrav_id is distinct from '" + blokkertMotkrav + "')");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kjoering.behandleUbehandlede())
                    .hasMessageContaining("1 debtor(s) could not be offset now");
        } finally {
            jdbc.update("alter table utbetaling drop constraint test_krasj");
        }
        assertThat(gjenstaaende(krav.get(fnr.indexOf(blokkert)))).isEqualTo(100_000);
        assertThat(antall("select count(*) from transaksjon where type = 'MOTREGNING' and skyldner = ?", blokkert)).isZero();
        assertThat(motkrav(blokkert, motregninger.forSkyldner(blokkert).getFirst().referanse()).status()).isEqualTo("MOTTATT");
        assertThat(krav.stream().filter(k -> gjenstaaende(k) == 0).count()).isEqualTo(3);
        // after the restart the file is still in the inbox: taken again, the rest is done, nothing twice
        leggIInnboksen(unik("avbrutt") + ".csv", innhold.toString(), "processed");
        for (int i = 0; i < 4; i++) {
            assertThat(gjenstaaende(krav.get(i))).isZero();
            assertThat(antall("select count(*) from transaksjon where type = 'MOTREGNING' and skyldner = ?", fnr.get(i))).isEqualTo(1);
            assertThat(jdbc.queryForList("select beloep_ore from utbetaling where skyldner = ? and motkrav_id is not null", Long.class,
                    fnr.get(i))).containsExactly(50_000L);
            assertThat(antall("select count(*) from brevdokument where mottaker = ? and brevslag = 'MOTREGNING'", fnr.get(i))).isEqualTo(1);
        }
        assertThat(antall("select count(*) from motkrav where status = 'MOTTATT'")).isZero();
        assertThat(avstemming.kontroller().stemmer()).isTrue();
    }

    @Test
    void mange_skyldnere_i_en_fil_kjente_referanser_og_en_skyldner_som_feiler() throws Exception {
        // Three debtors A, B, C, a claim of 1 000 each. A first file: A1 1 500 for A: 1 000 offset, 500 paid out.
        String a = Testpersoner.person(jdbc, "BOSATT"), b = Testpersoner.person(jdbc, "BOSATT"), c = Testpersoner.person(jdbc, "BOSATT");
        UUID ka = navKrav(a, "TILBAKEKREVING_BARNETRYGD", 1_000, 0, 0);
        UUID kb = navKrav(b, "TILBAKEKREVING_BARNETRYGD", 1_000, 0, 0);
        UUID kc = navKrav(c, "TILBAKEKREVING_BARNETRYGD", 1_000, 0, 0);
        String a1 = unik("SKATT"), a2 = unik("SKATT"), rb = unik("SKATT"), rc = unik("SKATT");
        importen.importer(fil(HODE + linje(a1, a, 150_000, "SKATTEOPPGJOER")), "foerste.csv", "OPPLASTING");
        assertThat(gjenstaaende(ka)).isZero();
        // The second file: A1 again (received before: no effect), A2 200 (A owes nothing now: all paid out, no letter),
        // B 1 500 twice under one reference (once: 1 000 offset, 500 paid out), C 1 500, whose payout cannot be written
        // now: C's amount waits, stored, the others are done, and the import says a debtor could not be offset.
        jdbc.update("alter table utbetaling add constraint test_krasj_c check (skyldner is distinct from '" + c + "')");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> importen.importer(fil(HODE + linje(a1, a, 150_000, "SKATTEOPPGJOER")
                            + linje(a2, a, 20_000, "SKATTEOPPGJOER") + linje(rb, b, 150_000, "SKATTEOPPGJOER")
                            + linje(rb, b, 150_000, "SKATTEOPPGJOER") + linje(rc, c, 150_000, "SKATTEOPPGJOER")), "andre.csv", "OPPLASTING"))
                    .hasMessageContaining("1 debtor(s) could not be offset now");
        } finally {
            jdbc.update("alter table utbetaling drop constraint test_krasj_c");
        }
        String rapport = jdbc.queryForObject("select rapport from motregningsfil where filnavn = 'andre.csv'", String.class);
        assertThat(rapport).contains("Nye beløp tatt til motregning: 3")
                .contains("Allerede mottatt (samme referanse og innhold), ikke behandlet på nytt: 2");
        assertThat(motkrav(a, a2).utbetaltOre()).isEqualTo(20_000);
        assertThat(motkrav(a, a2).dokumentId()).isNull();
        assertThat(gjenstaaende(kb)).isZero();
        assertThat(motkrav(b, rb).utbetaltOre()).isEqualTo(50_000);
        assertThat(motkrav(c, rc).status()).isEqualTo("MOTTATT");
        assertThat(gjenstaaende(kc)).isEqualTo(100_000);
        // the next run takes C: 1 000 offset, 500 paid out; every amount once
        assertThat(kjoering.behandleUbehandlede()).isEqualTo(1);
        assertThat(gjenstaaende(kc)).isZero();
        assertThat(motkrav(c, rc).utbetaltOre()).isEqualTo(50_000);
        assertThat(motkrav(c, rc).dokumentId()).isNotNull();
        assertThat(antall("select count(*) from transaksjon where type = 'MOTREGNING' and skyldner = ?", a)).isEqualTo(2);
        for (String f : List.of(b, c))
            assertThat(antall("select count(*) from transaksjon where type = 'MOTREGNING' and skyldner = ?", f)).isEqualTo(1);
        assertThat(jdbc.queryForList("select beloep_ore from utbetaling where skyldner = ? and motkrav_id is not null order by beloep_ore",
                Long.class, a)).containsExactly(20_000L, 50_000L);
        assertThat(antall("select count(*) from brevdokument where mottaker = ? and brevslag = 'MOTREGNING'", a)).isEqualTo(1);
        assertThat(avstemming.kontroller().stemmer()).isTrue();
    }

    @Test
    void oedelagte_linjer_rapporteres_med_linjenummer() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID a = navKrav(fnr, "TILBAKEKREVING_BARNETRYGD", 1_000, 0, 0);
        String god = unik("SKATT");
        String innhold = HODE                                                       // line 1
                + linje(god, fnr, 50_000, "SKATTEOPPGJOER")                          // 2: good, 500 offset
                + "FEIL-1;" + fnr + ";100;SKATTEOPPGJOER;" + dato() + "\n"           // 3: five fields
                + linje("FEIL 2", fnr, 100, "SKATTEOPPGJOER")                        // 4: space in the reference
                + linje(unik("F"), "01838012318", 100, "SKATTEOPPGJOER")             // 5: bad check digit
                + linje(unik("F"), fnr, 0, "SKATTEOPPGJOER")                         // 6: zero
                + linje(unik("F"), fnr, 100, "RESTSKATT")                            // 7: unknown kind
                + unik("F") + ";" + fnr + ";100;SKATTEOPPGJOER;2026-02-30;" + KONTO + "\n" // 8: no such date
                + unik("F") + ";" + fnr + ";100;SKATTEOPPGJOER;" + dato() + ";12345678904\n" // 9: account check digit
                + "\n"                                                               // 10: blank, ignored
                + linje(god, fnr, 60_000, "SKATTEOPPGJOER")                          // 11: the reference again, other amount
                + "X".repeat(5_000) + "\n"                                           // 12: far too long, skipped unread
                + linje(unik("F"), fnr, 100, "SKATTEOPPGJOER").strip() + ";" + "9".repeat(70_000); // 13: too long, no end of line
        Path behandlet = leggIInnboksen(unik("feil") + ".csv", innhold, "processed");
        String rapport = Files.readString(behandlet.resolveSibling(behandlet.getFileName() + ".rapport.txt"));
        assertThat(rapport).contains("Nye beløp tatt til motregning: 1").contains("Linjer som ikke kunne leses: 10")
                .contains("linje 3: har 5 felt").contains("linje 4: referanse").contains("linje 5: skyldner")
                .contains("linje 6: beloepOere").contains("linje 7: art").contains("linje 8: dato")
                .contains("linje 9: kontonummer").contains("linje 11: referansen " + god + " er allerede mottatt med et annet innhold")
                .contains("linje 12: er lengre enn 1024 byte").contains("linje 13: er lengre enn 1024 byte")
                .doesNotContain("linje 2:").doesNotContain("linje 10:");
        // by line number, though line 11 is found by the offset worker and the others by the reader
        assertThat(rapport.indexOf("linje 9:")).isLessThan(rapport.indexOf("linje 11:"));
        assertThat(rapport.indexOf("linje 11:")).isLessThan(rapport.indexOf("linje 12:"));
        assertThat(gjenstaaende(a)).isEqualTo(50_000);

        // a wrong header refuses the file whole: rejected/, nothing stored
        String ref = unik("SKATT");
        Path avvist = leggIInnboksen(unik("hode") + ".csv", "referanse;skyldner;beloep;art;dato;konto\n"
                + linje(ref, fnr, 100, "SKATTEOPPGJOER"), "rejected");
        assertThat(Files.readString(avvist.resolveSibling(avvist.getFileName() + ".rapport.txt"))).contains("linje 1");
        Path langtHode = leggIInnboksen(unik("langt") + ".csv", HODE.strip() + ";".repeat(2_000) + "\n"
                + linje(ref, fnr, 100, "SKATTEOPPGJOER"), "rejected");
        assertThat(Files.readString(langtHode.resolveSibling(langtHode.getFileName() + ".rapport.txt"))).contains("linje 1");
        assertThat(motregninger.forSkyldner(fnr)).extracting(Motkrav::referanse).doesNotContain(ref);
        // and as an upload: 422 problem, 400 with no file, 401 with no token
        Api sb = new Api(port, issuer.issue(NAV, "innkreving:saksbehandling"));
        var svar = sb.send("POST", "/api/innkreving/saksbehandling/v1/motregning/filer", "tull\n", "Content-Type", "text/csv");
        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.contentType()).startsWith("application/problem+json");
        assertThat(sb.send("POST", "/api/innkreving/saksbehandling/v1/motregning/filer", "", "Content-Type", "text/csv").status()).isEqualTo(400);
        assertThat(new Api(port, null).send("POST", "/api/innkreving/saksbehandling/v1/motregning/filer", HODE, "Content-Type", "text/csv")
                .status()).isEqualTo(401);
        assertThat(new Api(port, issuer.issue(NAV, SCOPE)).get("/api/innkreving/saksbehandling/v1/motregning/filer").status()).isEqualTo(403);
        // the files taken in, newest first, with their reports; a bad count is a 400 problem
        JsonNode filer = sb.get("/api/innkreving/saksbehandling/v1/motregning/filer?antall=1000").json();
        boolean funnet = false;
        for (JsonNode f : filer) if (f.get("filnavn").asText().equals(behandlet.getFileName().toString())) {
            funnet = true;
            assertThat(f.get("status").asText()).isEqualTo("BEHANDLET");
            assertThat(f.get("linjerMedFeil").asInt()).isEqualTo(10);
        }
        assertThat(funnet).isTrue();
        assertThat(sb.get("/api/innkreving/saksbehandling/v1/motregning/filer?antall=0").status()).isEqualTo(400);
        assertThat(sb.get("/api/innkreving/saksbehandling/v1/motregning/motkrav?skyldner=123").status()).isEqualTo(400);
    }
}

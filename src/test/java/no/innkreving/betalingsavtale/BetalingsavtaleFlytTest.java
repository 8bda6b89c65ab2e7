package no.innkreving.betalingsavtale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.betalingsavtale.application.Avtaleoppfoelging;
import no.innkreving.dunning.Purringer;
import no.innkreving.dunning.application.Purreloep;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brevutsending;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plans and postponements through the database, with the clock moved. Each debtor is a fresh person with one NAV
 * claim (TILBAKEKREVING_BARNETRYGD: principal 15 000 + STRAFFERENTE 1 500 = 16 500,00 kr) booked Monday 2 June 2025,
 * invoiced with the 21-day term: due Monday 23 June 2025; without a hold it is reminded 14 days later, on 7 July.
 * The debtor applies on Tuesday 10 June 2025. Figures of V37 (decision 0058).
 */
class BetalingsavtaleFlytTest extends ApiTestBase {
    static final LocalDate BOOKET = LocalDate.of(2025, 6, 2), SOEKT = LocalDate.of(2025, 6, 10);

    @Autowired
    Betalingsavtaler avtaler;
    @Autowired
    Avtaleoppfoelging oppfoelging;
    @Autowired
    Purreloep purreloep;
    @Autowired
    Purringer purringer;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Fakturering fakturering;
    @Autowired
    no.innkreving.invoicing.application.Fakturautsending fakturautsending;
    @Autowired
    Innkrevingsstanser stanser;
    @Autowired
    Fristavbruddsregister fristavbrudd;
    @Autowired
    Brevutsending brev;
    @Autowired
    no.innkreving.payments.application.Innbetalingsimport importen;
    @Autowired
    no.innkreving.ledger.Bokfoering bokfoering;
    @Autowired
    no.innkreving.tasks.Oppgaver oppgaver;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    record Debitor(String pid, UUID krav) {
    }

    private Debitor debitor() {
        tidsmaskin.reisTil(BOOKET);
        String pid = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(pid, unik("PLAN")), "RESKONTROFOERT"));
        assertThat(saldoer.forfall(List.of(krav))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 23)));
        tidsmaskin.reisTil(SOEKT);
        return new Debitor(pid, krav);
    }

    private void dagForDag(LocalDate fra, LocalDate til) {
        for (LocalDate d = fra; !d.isAfter(til); d = d.plusDays(1)) {
            tidsmaskin.reisTil(d);
            oppfoelging.kjoer();
            purreloep.kjoer();
        }
    }

    @Test
    void godkjent_avtale_gir_avdrag_som_kravforfall_med_kid_og_stanser_purring() throws Exception {
        Debitor d = debitor();
        // 16 500 at 2 000 a month on the 20th: 9 instalments (8 x 2 000 + 500). Earliest 10.06 + 14 = 24.06, after
        // 20.06, so July: 20.07.2025 is a Sunday -> 21.07; 20.08 Wed; 20.09 Sat -> 22.09; 20.10 Mon; 20.11 Thu;
        // 20.12 Sat -> 22.12; 20.01.2026 Tue; 20.02 Fri; 20.03 Fri.
        Betalingssak sak = avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 20);
        assertThat(sak.status()).as(sak.grunn()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThat(sak.totalbeloepOre()).isEqualTo(1_650_000);
        List<LocalDate> datoer = List.of(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 8, 20), LocalDate.of(2025, 9, 22),
                LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20));
        assertThat(sak.avdrag()).extracting(Betalingssak.Avdrag::forfallsdato).containsExactlyElementsOf(datoer);
        assertThat(sak.avdrag().getLast().beloepOre()).isEqualTo(50_000);

        // in the ledger: the invoice's due date (number 1) and the nine instalments as numbers 2-10
        List<Kravforfall> forfall = saldoer.forfall(List.of(d.krav()));
        assertThat(forfall).extracting(Kravforfall::nummer).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(forfall.subList(1, 10)).extracting(Kravforfall::forfallsdato).containsExactlyElementsOf(datoer);
        assertThat(forfall.get(1).beloepOre()).isEqualTo(200_000);

        // the debtor's view shows them as kravforfall, each with the claim's KID
        String kid = fakturering.forKrav(List.of(d.krav())).getFirst().kid();
        var svar = new Api(port, issuer.issueForPerson(d.pid(), "skatteetaten:kravogbetalinger"))
                .get("/api/innkreving/kravogbetalinger/v1/regnskapssystem/" + d.pid() + "/aapnekrav");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        List<String> sett = new ArrayList<>();
        for (var krav : svar.json().get("aapentKravMedGjenstaaendeBeloep"))
            for (var f : krav.get("kravforfall"))
                sett.add(f.get("forfallsdato").asString() + " " + f.get("betalingsinformasjon").get("kidnummer").asString());
        assertThat(sett).contains("2025-07-21 " + kid, "2026-03-20 " + kid);

        // dunning held, limitation interrupted by the acknowledgement (foreldelsesloven § 14)
        assertThat(stanser.stansetPaa(List.of(d.krav()), SOEKT)).containsEntry(d.krav(), Stansgrunn.BETALINGSAVTALE);
        assertThat(fristavbrudd.avbrudd(List.of(d.krav())).get(d.krav()))
                .contains(new Fristavbrudd(SOEKT, Fristavbrudd.Slag.ERKJENNELSE));

        // the letter: what was decided, each instalment with date, amount and KID
        UUID dok = sak.hendelser().getLast().dokumentId();
        assertThat(sak.hendelser()).extracting(Betalingssak.Hendelse::hendelse).containsExactly("SOEKNAD_MOTTATT", "GODKJENT");
        // a plan of one claim is paid with the claim's invoice KID, as the overview shows it
        assertThat(sak.kid()).isEqualTo(kid);
        assertThat(pdfTekst(dok)).contains("Vedtak om betalingsavtale", "21.07.2025", "20.03.2026", "2 000,00", "500,00",
                sak.kid(), "16 500,00", "avbryter foreldelsen");

        // the clock past the due date (23.06) and the reminder day (07.07): no reminder while the plan holds.
        // The first instalment is paid? No: on 21.07 it falls due, and is missed only after 04.08; nothing sent before.
        dagForDag(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 7, 25));
        assertThat(purringer.status(d.krav()).steg()).isEmpty();
        assertThat(avtaler.sak(sak.id()).orElseThrow().status()).isEqualTo(Betalingssak.Status.GODKJENT);
    }

    @Test
    void avtale_avslaas_med_grunn_og_endrer_ingenting() throws Exception {
        Debitor d = debitor();
        Betalingssak sak = avtaler.soekBetalingsavtale(d.pid(), List.of(d.krav()), 40_000, 20);
        assertThat(sak.status()).isEqualTo(Betalingssak.Status.AVSLAATT);
        assertThat(sak.grunn()).isEqualTo("Månedsbeløpet må være minst 500,00 kr.");
        assertThat(sak.avdrag()).isEmpty();
        assertThat(saldoer.forfall(List.of(d.krav()))).hasSize(1);
        assertThat(stanser.stansetPaa(List.of(d.krav()), SOEKT)).isEmpty();
        assertThat(pdfTekst(sak.hendelser().getLast().dokumentId())).contains("avslått", "Månedsbeløpet må være minst 500,00 kr.");
        // without the plan, the claim is reminded on 07.07 (23.06 + 14)
        dagForDag(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 7));
        assertThat(purringer.status(d.krav()).steg()).singleElement()
                .satisfies(s -> assertThat(s.dato()).isEqualTo(LocalDate.of(2025, 7, 7)));
    }

    @Test
    void ukjent_krav_dag_utenfor_maaneden_og_stengt_periode_avvises_uten_aa_lagre() {
        Debitor d = debitor();
        Debitor annen = debitor();
        int foer = jdbc.queryForObject("select count(*) from betalingssak", Integer.class);
        assertThatThrownBy(() -> avtaler.soekBetalingsavtale(d.pid(), List.of(annen.krav()), 200_000, 20))
                .isInstanceOf(Soeknadsfeil.class).satisfies(e -> assertThat(((Soeknadsfeil) e).felt()).isEqualTo("krav"));
        assertThatThrownBy(() -> avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 29))
                .isInstanceOf(Soeknadsfeil.class).satisfies(e -> assertThat(((Soeknadsfeil) e).felt()).isEqualTo("dag"));
        tidsmaskin.reisTil(LocalDate.of(2026, 1, 2)); // closed all day, 31.12 12:00 - 05.01 10:00 (seed 001)
        assertThatThrownBy(() -> avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 20))
                .isInstanceOf(TjenestenStengt.class).hasMessageContaining("31. desember 2025 kl. 12.00 til 5. januar 2026 kl. 10.00");
        assertThatThrownBy(() -> avtaler.soekUtsettelse(d.pid(), List.of(), LocalDate.of(2026, 2, 2)))
                .isInstanceOf(TjenestenStengt.class);
        assertThat(avtaler.stengt()).isPresent();
        tidsmaskin.reisTil(LocalDate.of(2026, 1, 6));
        assertThat(avtaler.stengt()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from betalingssak", Integer.class)).isEqualTo(foer);
    }

    @Test
    void saksbehandler_godkjenner_lang_avtale_og_avslaar_en_annen_med_grunn() throws Exception {
        Debitor d = debitor();
        // 16 500 at 500 a month: 33 instalments, over 24 -> a caseworker, deadline 10.06 + 21 = 01.07.2025
        Betalingssak sak = avtaler.soekBetalingsavtale(d.pid(), List.of(), 50_000, 15);
        assertThat(sak.status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);
        assertThat(sak.grunn()).contains("33 avdrag");
        assertThat(sak.frist()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(saldoer.forfall(List.of(d.krav()))).hasSize(1);
        // a task in the caseworkers' queue (module tasks) for the plan role, with the deadline
        assertThat(oppgaver.forSak("BETALINGSAVTALE", "betalingssak:" + sak.id())).hasValueSatisfying(o -> {
            assertThat(o.frist()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(o.rolle()).isEqualTo("BETALINGSAVTALE");
            assertThat(o.status()).isEqualTo("AAPEN");
        });

        Api sb = new Api(port, issuer.issueForCaseworker("974761076", "innkreving:saksbehandling", "Z990001"));
        var koe = sb.get("/api/innkreving/saksbehandling/v1/betalingssaker");
        assertThat(koe.status()).isEqualTo(200);
        boolean funnet = false;
        for (var e : koe.json())
            if (e.get("id").asString().equals(sak.id().toString())) {
                funnet = true;
                assertThat(e.get("frist").asString()).isEqualTo("2025-07-01");
                assertThat(e.get("skyldner").asString()).endsWith("*****");
            }
        assertThat(funnet).isTrue();
        var bilde = sb.get("/api/innkreving/saksbehandling/v1/betalingssaker/" + sak.id()).json();
        assertThat(bilde.get("sak").get("totalbeloep").decimalValue()).isEqualByComparingTo("16500.00");
        assertThat(bilde.get("skyldnersKrav")).singleElement().satisfies(k -> {
            assertThat(k.get("kravidentifikator").asString()).isEqualTo(d.krav().toString());
            assertThat(k.get("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo("16500.00");
            assertThat(k.get("forfallsdato").asString()).isEqualTo("2025-06-23");
            assertThat(k.get("iSaken").asBoolean()).isTrue();
        });

        // missing reason: 422, nothing decided
        var uten = sb.post("/api/innkreving/saksbehandling/v1/betalingssaker/" + sak.id() + "/vedtak", "{\"utfall\":\"GODKJENT\"}");
        assertThat(uten.status()).isEqualTo(422);
        assertThat(uten.body()).contains("begrunnelse");
        assertThat(avtaler.sak(sak.id()).orElseThrow().status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);

        tidsmaskin.reisTil(LocalDate.of(2025, 6, 12));
        var ja = sb.post("/api/innkreving/saksbehandling/v1/betalingssaker/" + sak.id() + "/vedtak",
                "{\"utfall\":\"GODKJENT\",\"begrunnelse\":\"Skyldner har lav inntekt; 33 måneder er forsvarlig.\"}");
        assertThat(ja.status()).as(ja.body()).isEqualTo(200);
        Betalingssak avgjort = avtaler.sak(sak.id()).orElseThrow();
        assertThat(avgjort.status()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThat(avgjort.avgjortAv()).isEqualTo("Z990001"); // the token's caseworker ident
        assertThat(avgjort.avgjort()).isNotNull();
        // approved 12.06: earliest 26.06, after the 15th -> 15.07.2025 (Tue) first; 32 x 500 + 500 = 16 500: 33 of 500
        assertThat(avgjort.avdrag()).hasSize(33);
        assertThat(avgjort.avdrag().getFirst().forfallsdato()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(avgjort.avdrag()).allSatisfy(a -> assertThat(a.beloepOre()).isEqualTo(50_000));
        assertThat(oppgaver.forSak("BETALINGSAVTALE", "betalingssak:" + sak.id()).orElseThrow().status()).isEqualTo("AVSLUTTET");
        var siste = avgjort.hendelser().getLast();
        assertThat(siste.hendelse()).isEqualTo("GODKJENT");
        assertThat(siste.utfoertAv()).isEqualTo(avgjort.avgjortAv());
        assertThat(siste.begrunnelse()).isEqualTo("Skyldner har lav inntekt; 33 måneder er forsvarlig.");
        assertThat(pdfTekst(siste.dokumentId())).contains("Vedtak om betalingsavtale", "Skyldner har lav inntekt", "15.07.2025");
        assertThat(stanser.stansetPaa(List.of(d.krav()), LocalDate.of(2025, 6, 12))).containsEntry(d.krav(), Stansgrunn.BETALINGSAVTALE);
        // decided once: again is 409
        assertThat(sb.post("/api/innkreving/saksbehandling/v1/betalingssaker/" + sak.id() + "/vedtak",
                "{\"utfall\":\"AVSLAATT\",\"begrunnelse\":\"x\"}").status()).isEqualTo(409);

        Debitor e = debitor();
        Betalingssak annen = avtaler.soekBetalingsavtale(e.pid(), List.of(), 50_000, 15);
        var nei = sb.post("/api/innkreving/saksbehandling/v1/betalingssaker/" + annen.id() + "/vedtak",
                "{\"utfall\":\"AVSLAATT\",\"begrunnelse\":\"Skyldner har formue som kan dekke kravet.\"}");
        assertThat(nei.status()).isEqualTo(200);
        Betalingssak avslaatt = avtaler.sak(annen.id()).orElseThrow();
        assertThat(avslaatt.status()).isEqualTo(Betalingssak.Status.AVSLAATT);
        assertThat(avslaatt.grunn()).isEqualTo("Skyldner har formue som kan dekke kravet.");
        assertThat(pdfTekst(avslaatt.hendelser().getLast().dokumentId())).contains("Skyldner har formue som kan dekke kravet.");
        assertThat(saldoer.forfall(List.of(e.krav()))).hasSize(1);
        assertThat(sb.get("/api/innkreving/saksbehandling/v1/betalingssaker/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(sb.get("/api/innkreving/saksbehandling/v1/betalingssaker/ikke-en-uuid").status()).isEqualTo(400);
    }

    /*
     * Two claims of 16 500 (33 000 in all) at 4 000 a month: 33 000 / 4 000 = 8.25 -> 9 instalments, 8 x 4 000 and
     * 1 000. The first claim (in due-date, then id order) takes instalments 1-4 (16 000) and 500 of the 5th; the
     * second the other 3 500 of it, and 6-9. The plan has its own KID: 20 000 paid with it pays the first claim in
     * full (16 500) and 3 500 of the second.
     */
    @Test
    void avtale_for_to_krav_faar_egen_kid_som_betaler_kravene_i_rekkefoelge() throws Exception {
        tidsmaskin.reisTil(BOOKET);
        String pid = Testpersoner.person(jdbc, "BOSATT");
        UUID a = UUID.fromString(opprettOgVent(nav(), navKrav(pid, unik("PLAN2")), "RESKONTROFOERT"));
        UUID b = UUID.fromString(opprettOgVent(nav(), navKrav(pid, unik("PLAN2")), "RESKONTROFOERT"));
        tidsmaskin.reisTil(SOEKT);
        Betalingssak sak = avtaler.soekBetalingsavtale(pid, List.of(), 400_000, 20);
        assertThat(sak.status()).as(sak.grunn()).isEqualTo(Betalingssak.Status.GODKJENT);
        UUID foerst = sak.krav().get(0).kravId(), sist = sak.krav().get(1).kravId();
        assertThat(List.of(foerst, sist)).containsExactlyInAnyOrder(a, b);
        assertThat(foerst.compareTo(sist)).isNegative(); // the same due date: id order
        assertThat(sak.avdrag()).hasSize(9);
        assertThat(sak.avdrag().getLast().beloepOre()).isEqualTo(100_000);
        assertThat(sak.avdrag().get(4).deler()).extracting(Betalingssak.Del::kravId, Betalingssak.Del::beloepOre)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(foerst, 50_000L), org.assertj.core.groups.Tuple.tuple(sist, 350_000L));
        List<String> fakturaKider = fakturering.forKrav(List.of(a, b)).stream().map(no.innkreving.invoicing.Faktura::kid).toList();
        assertThat(sak.kid()).matches("\\d{13}").isNotIn(fakturaKider);

        tidsmaskin.reisTil(LocalDate.of(2025, 7, 21));
        String xml = no.innkreving.payments.demo.Camt054.fil(unik("MSG"), "76940500121", List.of(new no.innkreving.payments.demo.Camt054.Betaling(
                unik("REF"), LocalDate.of(2025, 7, 21), 2_000_000, sak.kid(), "Test Testesen", "12345678903")), LocalDate.of(2025, 7, 21));
        java.nio.file.Path fil = java.nio.file.Files.createTempFile("avdrag", ".xml");
        java.nio.file.Files.writeString(fil, xml);
        importen.importer(fil, "avdrag2.xml", "OPPLASTING");
        assertThat(saldoer.plasseringer(List.of(foerst)).stream().mapToLong(no.innkreving.ledger.PlassertBeloep::beloepOre).sum())
                .isEqualTo(1_650_000L);
        assertThat(saldoer.plasseringer(List.of(sist)).stream().mapToLong(no.innkreving.ledger.PlassertBeloep::beloepOre).sum())
                .isEqualTo(350_000L);
    }

    @Test
    void ventende_sak_kan_ikke_godkjennes_naar_kravet_har_faatt_en_annen_avtale() {
        Debitor d = debitor();
        Betalingssak venter = avtaler.soekBetalingsavtale(d.pid(), List.of(), 50_000, 15);
        assertThat(venter.status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);
        assertThat(avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 20).status()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThatThrownBy(() -> avtaler.avgjoer(venter.id(), true, "Z990001", "Forsvarlig."))
                .isInstanceOf(Soeknadsfeil.class).hasMessageContaining("annen betalingsavtale");
        assertThat(saldoer.forfall(List.of(d.krav()))).hasSize(10); // the nine instalments of the plan approved, no more
        assertThat(avtaler.avgjoer(venter.id(), false, "Z990001", "Kravet har fått en annen avtale.").orElseThrow().sak().status())
                .isEqualTo(Betalingssak.Status.AVSLAATT);
    }

    @Test
    void avtale_brytes_etter_to_misligholdte_avdrag_med_brev_og_purring_samme_dag() throws Exception {
        Debitor d = debitor();
        Betalingssak sak = avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 20);
        assertThat(sak.status()).isEqualTo(Betalingssak.Status.GODKJENT);
        // nothing paid. Instalment 1 (21.07) missed after 21.07 + 14 = 04.08; instalment 2 (20.08) after 03.09:
        // the plan breaks on Thursday 4 September 2025, its hold ends that day and dunning reminds the same night.
        tidsmaskin.reisTil(LocalDate.of(2025, 9, 3));
        oppfoelging.kjoer();
        purreloep.kjoer();
        assertThat(avtaler.sak(sak.id()).orElseThrow().status()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThat(purringer.status(d.krav()).steg()).isEmpty();

        tidsmaskin.reisTil(LocalDate.of(2025, 9, 4));
        oppfoelging.kjoer();
        purreloep.kjoer();
        Betalingssak brutt = avtaler.sak(sak.id()).orElseThrow();
        assertThat(brutt.status()).isEqualTo(Betalingssak.Status.BRUTT);
        assertThat(brutt.statusDato()).isEqualTo(LocalDate.of(2025, 9, 4));
        var h = brutt.hendelser().getLast();
        assertThat(h.hendelse()).isEqualTo("BRUTT");
        assertThat(pdfTekst(h.dokumentId())).contains("Betalingsavtalen er falt bort", "2 avdrag", "04.09.2025", "16 500,00");
        assertThat(stanser.stansetPaa(List.of(d.krav()), LocalDate.of(2025, 9, 4))).isEmpty();
        // the plan's later instalments (20.09 to 20.03) fell due with it: no due date of the claim is after 04.09
        assertThat(saldoer.forfall(List.of(d.krav()))).hasSizeGreaterThan(3)
                .allSatisfy(f -> assertThat(f.forfallsdato()).isBeforeOrEqualTo(LocalDate.of(2025, 9, 4)));
        assertThat(purringer.status(d.krav()).steg()).singleElement()
                .satisfies(s -> assertThat(s.dato()).isEqualTo(LocalDate.of(2025, 9, 4)));
        // once broken, a rerun changes nothing; a new plan within 12 months goes to a caseworker
        oppfoelging.kjoer();
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'BETALINGSAVTALE_BRUTT'",
                Integer.class, d.pid())).isEqualTo(1);
        Betalingssak ny = avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 20);
        assertThat(ny.status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);
        assertThat(ny.grunn()).contains("brutt 04.09.2025");
    }

    @Test
    void utsettelse_flytter_forfall_og_purring() throws Exception {
        Debitor d = debitor();
        // 15.07.2025 is a Tuesday, 35 days after 10.06: within 90. The claim is not yet due (23.06): its due date
        // moves to 15.07, so the reminder comes 14 days later, on 29.07, not on 07.07.
        Betalingssak sak = avtaler.soekUtsettelse(d.pid(), List.of(), LocalDate.of(2025, 7, 15));
        assertThat(sak.status()).as(sak.grunn()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThat(sak.grunn()).isEqualTo("Utsettelsen er godkjent. Ny betalingsfrist er 15.07.2025.");
        assertThat(saldoer.forfall(List.of(d.krav()))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 7, 15)));
        assertThat(stanser.stansetPaa(List.of(d.krav()), LocalDate.of(2025, 7, 15))).containsEntry(d.krav(), Stansgrunn.BETALINGSUTSETTELSE);
        assertThat(stanser.stansetPaa(List.of(d.krav()), LocalDate.of(2025, 7, 16))).isEmpty();
        assertThat(pdfTekst(sak.hendelser().getLast().dokumentId())).contains("Vedtak om betalingsutsettelse", "15.07.2025");

        tidsmaskin.reisTil(LocalDate.of(2025, 7, 7));
        purreloep.kjoer();
        tidsmaskin.reisTil(LocalDate.of(2025, 7, 28));
        purreloep.kjoer();
        assertThat(purringer.status(d.krav()).steg()).isEmpty();
        tidsmaskin.reisTil(LocalDate.of(2025, 7, 29));
        purreloep.kjoer();
        assertThat(purringer.status(d.krav()).steg()).singleElement()
                .satisfies(s -> assertThat(s.dato()).isEqualTo(LocalDate.of(2025, 7, 29)));
        // an overdue claim keeps its due date and is held until the new date. Applied for on Monday 30.06 (due 23.06,
        // reminder day 07.07 not reached) to Friday 18.07: nothing on 07.07, reminded on Saturday 19.07, the day after.
        Debitor sein = debitor();
        tidsmaskin.reisTil(LocalDate.of(2025, 6, 30));
        assertThat(avtaler.soekUtsettelse(sein.pid(), List.of(), LocalDate.of(2025, 7, 18)).status()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThat(saldoer.forfall(List.of(sein.krav()))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 23)));
        for (LocalDate dag : List.of(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 18))) {
            tidsmaskin.reisTil(dag);
            purreloep.kjoer();
            assertThat(purringer.status(sein.krav()).steg()).as(dag.toString()).isEmpty();
        }
        tidsmaskin.reisTil(LocalDate.of(2025, 7, 19));
        purreloep.kjoer();
        assertThat(purringer.status(sein.krav()).steg()).singleElement()
                .satisfies(s -> assertThat(s.dato()).isEqualTo(LocalDate.of(2025, 7, 19)));

        // a second postponement of the same claim goes to a caseworker
        tidsmaskin.reisTil(LocalDate.of(2025, 7, 29));
        Betalingssak igjen = avtaler.soekUtsettelse(d.pid(), List.of(), LocalDate.of(2025, 8, 29));
        assertThat(igjen.status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);
        assertThat(igjen.grunn()).contains("har fått utsettelse før");
    }

    /*
     * The demo clock (POST /demo/klokke runs every daily job for each day passed). Dates of their own, so no other test
     * has run the jobs for them: two persons' claims booked Monday 4 September 2028, due Monday 25 September; one gets
     * a plan on 12 September. Moving the clock to 10 October passes the reminder day, 25.09 + 14 = Monday 9 October:
     * the other is reminded that day, the one with the plan is not. Not later: the jobs run over every claim in the
     * shared database, and from 2029 the limitation run would write off the demo's 2026 claims other tests read.
     */
    @Test
    void demoklokken_forbi_purredagen_purrer_ikke_krav_i_avtale() {
        tidsmaskin.reisTil(LocalDate.of(2028, 9, 4));
        String medAvtale = Testpersoner.person(jdbc, "BOSATT"), uten = Testpersoner.person(jdbc, "BOSATT");
        UUID a = UUID.fromString(opprettOgVent(nav(), navKrav(medAvtale, unik("KLOKKE")), "RESKONTROFOERT"));
        UUID b = UUID.fromString(opprettOgVent(nav(), navKrav(uten, unik("KLOKKE")), "RESKONTROFOERT"));
        fakturautsending.fullfoerVentende(); // the invoices go out the day the claims came, as the running app sends them
        assertThat(saldoer.forfall(List.of(a))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2028, 9, 25)));
        tidsmaskin.reisTil(LocalDate.of(2028, 9, 12));
        assertThat(avtaler.soekBetalingsavtale(medAvtale, List.of(), 200_000, 20).status()).isEqualTo(Betalingssak.Status.GODKJENT);
        var svar = new Api(port, null).post("/demo/klokke", "{\"dato\":\"2028-10-10\"}");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.body()).contains("\"betalingsavtale\"", "\"purring\"");
        assertThat(purringer.status(b).steg()).singleElement()
                .satisfies(s -> assertThat(s.dato()).isEqualTo(LocalDate.of(2028, 10, 9)));
        assertThat(purringer.status(a).steg()).isEmpty();
    }

    /*
     * 2 000 paid on 21.07 covers instalment 1, so on 04.09 only instalment 2 is missed and the plan holds; instalment 3
     * (22.09) is missed after 22.09 + 14 = 06.10, so on 07.10 two are missed (2 and 3) and it breaks.
     * Another debtor's claim withdrawn by the creditor: nothing is owed under the plan, which is fulfilled.
     */
    @Test
    void betalt_avdrag_holder_avtalen_og_avskrevet_krav_oppfyller_den() throws Exception {
        Debitor d = debitor();
        Betalingssak sak = avtaler.soekBetalingsavtale(d.pid(), List.of(), 200_000, 20);
        tidsmaskin.reisTil(LocalDate.of(2025, 7, 21));
        String kid = sak.kid(); // paid with the plan's KID (here the claim's invoice KID)
        String xml = no.innkreving.payments.demo.Camt054.fil(unik("MSG"), "76940500121", List.of(new no.innkreving.payments.demo.Camt054.Betaling(
                unik("REF"), LocalDate.of(2025, 7, 21), 200_000, kid, "Test Testesen", "12345678903")), LocalDate.of(2025, 7, 21));
        java.nio.file.Path fil = java.nio.file.Files.createTempFile("avdrag", ".xml");
        java.nio.file.Files.writeString(fil, xml);
        importen.importer(fil, "avdrag.xml", "OPPLASTING");
        // placed in the allocation order (the STRAFFERENTE line of 1 500 first, then 500 on the principal): 2 000 in all
        assertThat(saldoer.plasseringer(List.of(d.krav())).stream().mapToLong(no.innkreving.ledger.PlassertBeloep::beloepOre).sum())
                .isEqualTo(200_000L);
        for (LocalDate dag : List.of(LocalDate.of(2025, 9, 4), LocalDate.of(2025, 10, 6))) {
            tidsmaskin.reisTil(dag);
            oppfoelging.kjoer();
            assertThat(avtaler.sak(sak.id()).orElseThrow().status()).as(dag.toString()).isEqualTo(Betalingssak.Status.GODKJENT);
        }
        tidsmaskin.reisTil(LocalDate.of(2025, 10, 7));
        oppfoelging.kjoer();
        assertThat(avtaler.sak(sak.id()).orElseThrow().status()).isEqualTo(Betalingssak.Status.BRUTT);

        Debitor e = debitor();
        Betalingssak annen = avtaler.soekBetalingsavtale(e.pid(), List.of(), 200_000, 20);
        bokfoering.avskrivAvOppdragsgiver(e.krav(), UUID.randomUUID());
        tidsmaskin.reisTil(LocalDate.of(2025, 7, 22));
        oppfoelging.kjoer();
        Betalingssak oppfylt = avtaler.sak(annen.id()).orElseThrow();
        assertThat(oppfylt.status()).isEqualTo(Betalingssak.Status.OPPFYLT);
        assertThat(stanser.stansetPaa(List.of(e.krav()), LocalDate.of(2025, 7, 22))).isEmpty();
    }

    private String pdfTekst(UUID dokumentId) throws Exception {
        try (var pdf = Loader.loadPDF(brev.dokument(dokumentId).orElseThrow().innhold())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}

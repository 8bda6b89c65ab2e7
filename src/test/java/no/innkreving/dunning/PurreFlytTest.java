package no.innkreving.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.dunning.Purringer.Purresteg;
import no.innkreving.dunning.application.Purreloep;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brevutsending;
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

/**
 * Dunning through the database with the clock moved day by day. Claims of 10 000,00 (Brønnøysund coercive fines)
 * booked Sunday 25 May 2025 are due Monday 16 June (21-day term to Sunday 15 June, moved to the business day). Dates
 * derived in PurreregelTest: reminder 30 June (deadline 14 July), notice 15 July (deadline 29 July, § 4-18), ready
 * for enforcement 30 July.
 */
class PurreFlytTest extends ApiTestBase {
    @Autowired
    Purreloep purreloep;
    @Autowired
    Purringer purringer;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Brevutsending brev;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    no.innkreving.suspension.Innkrevingsstanser stanser;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    private UUID krav(String org, String ref) {
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"%s","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, ref, unik("PURR"));
        return UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
    }

    private void betal(UUID krav, long oere, LocalDate dato) throws Exception {
        String kid = fakturering.forKrav(List.of(krav)).getFirst().kid();
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), dato, oere, kid,
                "Betaler AS", "12345678903")), dato);
        Path fil = Files.createTempFile("purr", ".xml");
        Files.writeString(fil, xml, StandardCharsets.UTF_8);
        importen.importer(fil, "purr.xml", "OPPLASTING");
    }

    private int brev(String org, String slag) {
        return jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = ?", Integer.class, org, slag);
    }

    private void dagForDag(LocalDate fra, LocalDate til) {
        for (LocalDate d = fra; !d.isAfter(til); d = d.plusDays(1)) {
            tidsmaskin.reisTil(d);
            purreloep.kjoer();
        }
    }

    @Test
    void purret_og_varslet_paa_haandregnede_datoer_og_samme_dag_to_ganger_sender_ett_brev() throws Exception {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        UUID krav = krav(org, "TVA-PURR-1");

        dagForDag(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 6, 29));
        assertThat(purringer.status(krav).steg()).isEmpty();
        dagForDag(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30));
        purreloep.kjoer(); // the same date again
        assertThat(brev(org, "PURRING")).isEqualTo(1);
        assertThat(purringer.status(krav).steg()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo("PURRING");
            assertThat(s.dato()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(s.frist()).isEqualTo(LocalDate.of(2025, 7, 14));
            assertThat(s.beloepOre()).isEqualTo(1_000_000);
        });

        assertThat(saksbehandlersBilde(krav).get("innkrevingssteg").asString()).isEqualTo("PURRET");
        dagForDag(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 14));
        assertThat(purringer.status(krav).steg()).hasSize(1);
        dagForDag(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 29));
        List<Purresteg> steg = purringer.status(krav).steg();
        assertThat(steg).extracting(Purresteg::type).containsExactly("PURRING", "VARSEL_OM_TVANGSFULLBYRDELSE");
        assertThat(steg.get(1).dato()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(steg.get(1).frist()).isEqualTo(LocalDate.of(2025, 7, 29));
        assertThat(purringer.status(krav).klarForTvangsinnkreving()).isFalse();
        assertThat(saksbehandlersBilde(krav).get("innkrevingssteg").asString()).isEqualTo("VARSLET");
        dagForDag(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 7, 31));
        assertThat(purringer.status(krav).klarForTvangsinnkreving()).isTrue();
        assertThat(purringer.klareForTvangsinnkreving()).contains(krav);
        var bilde = saksbehandlersBilde(krav);
        assertThat(bilde.get("innkrevingssteg").asString()).isEqualTo("KLAR_FOR_TVANGSINNKREVING");
        List<String> hendelser = new java.util.ArrayList<>();
        for (var h : bilde.get("hendelser")) hendelser.add(h.get("type").asString() + " " + h.get("dato").asString());
        assertThat(hendelser).contains("PURRING 2025-06-30", "VARSEL_OM_TVANGSFULLBYRDELSE 2025-07-15");
        for (var h : bilde.get("hendelser"))
            if (h.get("type").asString().equals("VARSEL_OM_TVANGSFULLBYRDELSE")) {
                assertThat(h.get("dokumentId").asString()).isEqualTo(steg.get(1).dokumentId().toString());
                var pdf = saksbehandler().get("/api/innkreving/saksbehandling/v1/dokumenter/" + h.get("dokumentId").asString());
                assertThat(pdf.status()).isEqualTo(200);
            }
        assertThat(brev(org, "PURRING")).isEqualTo(1);
        assertThat(brev(org, "VARSEL_OM_TVANGSFULLBYRDELSE")).isEqualTo(1);

        String tekst = pdfTekst(steg.get(1).dokumentId());
        assertThat(tekst).contains("Varsel om tvangsfullbyrdelse", "tvangsfullbyrdelsesloven § 4-18", "29.07.2025",
                "TVA-PURR-1", fakturering.forKrav(List.of(krav)).getFirst().kid(), "10 000,00", "klage");
    }

    /*
     * One debtor, three claims of 10 000,00 due 16 June: A paid in full on 20 June, B paid 4 000,00 on 20 June
     * (1 000 000 - 400 000 = 600 000 øre left), C unpaid. On 30 June one reminder covers B (6 000,00) and C (10 000,00);
     * A gets nothing.
     */
    @Test
    void betalt_krav_purres_ikke_delbetalt_purres_for_resten_i_ett_brev() throws Exception {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        UUID a = krav(org, "TVA-PURR-A");
        UUID b = krav(org, "TVA-PURR-B");
        UUID c = krav(org, "TVA-PURR-C");
        tidsmaskin.reisTil(LocalDate.of(2025, 6, 20));
        betal(a, 1_000_000, LocalDate.of(2025, 6, 20));
        betal(b, 400_000, LocalDate.of(2025, 6, 20));
        assertThat(saldoer.saldo(b, LocalDate.MAX).orElseThrow().gjenstaaendeOre()).isEqualTo(600_000);

        dagForDag(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30));
        assertThat(purringer.status(a).steg()).isEmpty();
        assertThat(purringer.status(b).steg()).singleElement().satisfies(s -> assertThat(s.beloepOre()).isEqualTo(600_000));
        assertThat(purringer.status(c).steg()).singleElement().satisfies(s -> assertThat(s.beloepOre()).isEqualTo(1_000_000));
        assertThat(purringer.status(b).steg().getFirst().dokumentId()).isEqualTo(purringer.status(c).steg().getFirst().dokumentId());
        assertThat(brev(org, "PURRING")).isEqualTo(1);
        String tekst = pdfTekst(purringer.status(b).steg().getFirst().dokumentId());
        assertThat(tekst).contains("Purring", "TVA-PURR-B", "TVA-PURR-C", "6 000,00", "10 000,00", "14.07.2025")
                .doesNotContain("TVA-PURR-A");
    }

    /*
     * A postponement from 20 June to 10 July holds the claim due 16 June: nothing on 30 June, when it would have been
     * reminded. On Friday 11 July the hold is over and the due date long passed (16 June + 14 days), so it is reminded
     * that day, with the deadline 14 days on, Friday 25 July (a business day). Lifting a plan's hold works the same.
     */
    @Test
    void krav_paa_vent_purres_ikke_foer_stansen_er_over() throws Exception {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        UUID krav = krav(org, "TVA-PURR-STANS");
        stanser.stans(krav, no.innkreving.suspension.Stansgrunn.BETALINGSUTSETTELSE, LocalDate.of(2025, 6, 20),
                LocalDate.of(2025, 7, 10), "betalingsutsettelse:U-1");
        assertThat(stanser.stansetPaa(List.of(krav), LocalDate.of(2025, 6, 30)))
                .containsEntry(krav, no.innkreving.suspension.Stansgrunn.BETALINGSUTSETTELSE);

        dagForDag(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 7, 10));
        assertThat(purringer.status(krav).steg()).isEmpty();
        dagForDag(LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 11));
        assertThat(purringer.status(krav).steg()).singleElement().satisfies(s -> {
            assertThat(s.dato()).isEqualTo(LocalDate.of(2025, 7, 11));
            assertThat(s.frist()).isEqualTo(LocalDate.of(2025, 7, 25));
        });

        // a plan's hold until lifted, then lifted from 1 August: held on 31 July, not on 1 August
        stanser.stans(krav, no.innkreving.suspension.Stansgrunn.BETALINGSAVTALE, LocalDate.of(2025, 7, 20), null, "betalingsavtale:A-1");
        stanser.opphev("betalingsavtale:A-1", LocalDate.of(2025, 8, 1));
        assertThat(stanser.stansetPaa(List.of(krav), LocalDate.of(2025, 7, 31))).containsKey(krav);
        assertThat(stanser.stansetPaa(List.of(krav), LocalDate.of(2025, 8, 1))).doesNotContainKey(krav);
    }

    private Api saksbehandler() {
        return new Api(port, issuer.issue("974761076", "innkreving:saksbehandling"));
    }

    /** The caseworker's claim view over HTTP (issue 18's contract). */
    private tools.jackson.databind.JsonNode saksbehandlersBilde(UUID krav) {
        var svar = saksbehandler().get("/api/innkreving/saksbehandling/v1/krav/" + krav);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        return svar.json();
    }

    private String pdfTekst(UUID dokumentId) throws Exception {
        try (var pdf = Loader.loadPDF(brev.dokument(dokumentId).orElseThrow().innhold())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}

package no.innkreving.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.casework.application.Foreldelsesloep;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.application.Fakturautsending;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The caseworker's claim view, the limitation watch list and the write-off at expiry, through the real database with
 * the clock moved. Limitation dates derived by hand from foreldelsesloven (lov 18. mai 1979 nr. 18): three years
 * (§ 2) from the day payment could first be demanded (§ 3 nr. 1), a new three years from a part payment (§ 14, § 20),
 * and a period ending on a holiday runs to the next business day (§ 29 nr. 2).
 */
class SaksbehandlingKravTest extends ApiTestBase {
    private static final String KRAV = "/api/innkreving/saksbehandling/v1/krav/";
    private static final String FORELDELSE = "/api/innkreving/saksbehandling/v1/foreldelse";

    @Autowired
    Fakturering fakturering;
    @Autowired
    Fakturautsending utsending;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    Foreldelsesloep foreldelsesloep;
    @Autowired
    Reskontroavstemming reskontro;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    private Api saksbehandler() {
        return new Api(port, issuer.issue(NAV, "innkreving:saksbehandling"));
    }

    /** A Brønnøysund coercive fine of 10 000,00, fastsettelsesdato and booking 25 May 2025. */
    private UUID mulkt() {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2025-000777","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, unik("SAK"));
        return UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
    }

    private JsonNode visning(UUID krav) {
        Api.Svar s = saksbehandler().get(KRAV + krav);
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        return s.json();
    }

    private static List<String> typer(JsonNode v) {
        List<String> t = new ArrayList<>();
        for (JsonNode h : v.get("hendelser")) t.add(h.path("type").asString() + " " + h.path("dato").asString());
        return t;
    }

    /** Sends until the claim's invoice has gone out (the scheduled sender may take it first), polling with a deadline. */
    private Faktura sendt(UUID krav) {
        long slutt = System.currentTimeMillis() + 10_000;
        while (true) {
            utsending.sendNeste();
            var f = fakturering.forKrav(List.of(krav)).stream()
                    .filter(x -> x.type() == Faktura.Type.FAKTURA && "SENDT".equals(x.status())).findFirst();
            if (f.isPresent()) return f.get();
            assertThat(System.currentTimeMillis()).as("sent within 10 s").isLessThan(slutt);
        }
    }

    /*
     * Fresh claim: 25.05.2025 + 3 years = Thursday 25.05.2028, Ascension Day (Easter Sunday 16.04.2028 + 39 days), so
     * the last day is Friday 26.05.2028 (§ 29 nr. 2). Figures: 10 000,00 booked, 10 000,00 left.
     */
    @Test
    void nytt_krav_viser_faktura_beloep_og_foreldelsesdato() {
        UUID krav = mulkt();
        Faktura faktura = sendt(krav);
        UUID dokumentId = fakturering.dokumentId(faktura.fakturanummer()).orElseThrow();

        JsonNode v = visning(krav);
        assertThat(v.path("kravidentifikator").asString()).isEqualTo(krav.toString());
        assertThat(v.path("innkrevingssteg").asString()).isEqualTo("FAKTURERT");
        assertThat(typer(v)).containsExactly("FAKTURA 2025-05-25");
        assertThat(v.get("hendelser").get(0).path("dokumentId").asString()).isEqualTo(dokumentId.toString());
        JsonNode linje = v.get("kravlinjer").get(0);
        assertThat(v.get("kravlinjer")).hasSize(1);
        assertThat(linje.path("linjetype").asString()).isEqualTo("HOVEDSTOL");
        assertThat(linje.path("opprinneligBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("10000.00"));
        assertThat(linje.path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("10000.00"));
        assertThat(linje.path("foreldelse").path("dato").asString()).isEqualTo("2028-05-26");
        assertThat(linje.path("foreldelse").path("forklaring").toString()).contains("§ 3 nr. 1", "§ 2", "§ 29 nr. 2");

        assertThat(saksbehandler().get(KRAV + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(saksbehandler().get(KRAV + "ikke-en-uuid").status()).isEqualTo(400);
        assertThat(som(BRREG).get(KRAV + krav).status()).isEqualTo(403); // the creditor's scope is not the caseworker's
    }

    /*
     * A part payment of 2 500,00 on Monday 02.03.2026 acknowledges the claim (§ 14): a new 3 years from then ends
     * Friday 02.03.2029 (§ 20), a business day. 10 000,00 - 2 500,00 = 7 500,00 left.
     */
    @Test
    void delbetaling_avbryter_og_flytter_foreldelsesdatoen() throws Exception {
        UUID krav = mulkt();
        LocalDate betalt = LocalDate.of(2026, 3, 2);
        tidsmaskin.reisTil(betalt);
        String kid = fakturering.forKrav(List.of(krav)).getFirst().kid();
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), betalt,
                250_000, kid, "Betaler AS", "12345678903")), betalt);
        Path fil = Files.createTempFile("del", ".xml");
        Files.writeString(fil, xml, StandardCharsets.UTF_8);
        importen.importer(fil, "del.xml", "OPPLASTING");

        JsonNode v = visning(krav);
        assertThat(v.path("innkrevingssteg").asString()).isEqualTo("FAKTURERT");
        assertThat(typer(v)).containsExactly("FAKTURA 2025-05-25", "INNBETALING 2026-03-02", "FORELDELSE_AVBRUTT 2026-03-02");
        JsonNode linje = v.get("kravlinjer").get(0);
        assertThat(linje.path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("7500.00"));
        assertThat(linje.path("foreldelse").path("dato").asString()).isEqualTo("2029-03-02");
        assertThat(linje.path("foreldelse").path("forklaring").toString()).contains("§ 14");
    }

    /*
     * The fresh claim's last day is 26.05.2028. On 01.03.2028 a horizon of 90 days reaches 30.05.2028 (30 days left of
     * March, 30 of April, 30 of May) and lists it; 60 days reach 30.04.2028 and do not.
     */
    @Test
    void overvaakingslisten_viser_linjer_innen_horisonten() {
        UUID krav = mulkt();
        tidsmaskin.reisTil(LocalDate.of(2028, 3, 1));
        assertThat(liste("")).anySatisfy(l -> {
            assertThat(l.path("kravidentifikator").asString()).isEqualTo(krav.toString());
            assertThat(l.path("linjetype").asString()).isEqualTo("HOVEDSTOL");
            assertThat(l.path("foreldelsesdato").asString()).isEqualTo("2028-05-26");
            assertThat(l.path("skyldner").asString()).isNotBlank();
        });
        assertThat(liste("?innenDager=90")).anySatisfy(l -> assertThat(l.path("kravidentifikator").asString()).isEqualTo(krav.toString()));
        assertThat(liste("?innenDager=60")).noneSatisfy(l -> assertThat(l.path("kravidentifikator").asString()).isEqualTo(krav.toString()));
        assertThat(saksbehandler().get(FORELDELSE + "?innenDager=abc").status()).isEqualTo(400);
        assertThat(saksbehandler().get(FORELDELSE + "?innenDager=-1").status()).isEqualTo(400);
    }

    private List<JsonNode> liste(String query) {
        Api.Svar s = saksbehandler().get(FORELDELSE + query);
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        List<JsonNode> l = new ArrayList<>();
        s.json().forEach(l::add);
        return l;
    }

    /*
     * Unpaid, the fine's last day is 26.05.2028: the run that day leaves it; the run on 27.05.2028 writes off the
     * 10 000,00 left (FORELDET), dated that day. The creditor then sees 0 left, the caseworker AVSKREVET.
     */
    @Test
    void linje_avskrives_dagen_etter_foreldelsesdatoen() {
        UUID krav = mulkt();
        tidsmaskin.reisTil(LocalDate.of(2028, 5, 26));
        foreldelsesloep.kjoer();
        assertThat(visning(krav).path("innkrevingssteg").asString()).isEqualTo("FAKTURERT");

        tidsmaskin.reisTil(LocalDate.of(2028, 5, 27));
        foreldelsesloep.kjoer();
        JsonNode v = visning(krav);
        assertThat(v.path("innkrevingssteg").asString()).isEqualTo("AVSKREVET");
        assertThat(typer(v)).containsExactly("FAKTURA 2025-05-25", "AVSKREVET 2028-05-27");
        assertThat(v.get("kravlinjer").get(0).path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(v.get("kravlinjer").get(0).path("opprinneligBeloep").decimalValue())
                .isEqualByComparingTo(new BigDecimal("10000.00"));

        Api.Svar oppdragsgiver = som(BRREG).get(Api.BASE + "/" + krav);
        assertThat(oppdragsgiver.status()).as(oppdragsgiver.body()).isEqualTo(200);
        assertThat(oppdragsgiver.json().get("kravlinjer").get(0).path("gjenstaaendeBeloep").decimalValue())
                .isEqualByComparingTo(BigDecimal.ZERO);

        foreldelsesloep.kjoer(); // a rerun writes off nothing more
        assertThat(typer(visning(krav))).containsExactly("FAKTURA 2025-05-25", "AVSKREVET 2028-05-27");
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
    }
}

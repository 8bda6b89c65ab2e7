package no.innkreving.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.innkreving.casework.application.Foreldelsesloep;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Limitation dates of claims the creditor booked with foreldelsesfristensUtgangspunkt, with a tilleggsfrist and with
 * an interest line, read in the caseworker's claim view through the real database with the clock moved. Every date
 * is derived by hand from foreldelsesloven (lov 18. mai 1979 nr. 18): three years (§ 2) from the day payment could
 * first be demanded (§ 3 nr. 1); no earlier than one year after the creditor learnt of the claim (§ 10 nr. 1); a
 * period ends on the day with the same number in the month, or the month's last day (§ 29 nr. 1), and one ending on
 * a Saturday, Sunday or public holiday runs to the next business day (§ 29 nr. 2).
 *
 * <p>Every claim is a NAV child-benefit repayment (TILBAKEKREVING_BARNETRYGD) booked on Monday 02.06.2025 (2025-01-01
 * is a Wednesday; 31+28+31+30+31+1 = 152 days later, 152 = 21·7 + 5, Wednesday + 5 = Monday).
 */
class ForeldelseEksemplerTest extends ApiTestBase {
    private static final String KRAV = "/api/innkreving/saksbehandling/v1/krav/";
    private static final LocalDate BOOKET = LocalDate.of(2025, 6, 2);

    @Autowired
    Foreldelsesloep foreldelsesloep;
    @Autowired
    Reskontroavstemming reskontro;
    @Autowired
    no.innkreving.limitation.Fristavbruddsregister fristavbrudd;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    /** Books a claim of 15 000,00 on 02.06.2025 with the given extra fields (each ending in a comma). */
    private UUID krav(String ekstra) {
        tidsmaskin.reisTil(BOOKET);
        String body = """
                {"kravtype":"TILBAKEKREVING_BARNETRYGD",
                 "skyldner":{"identifikatortype":"PERSON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":15000},
                 %s
                 "oppdragsgiversReferanse":"SAK-2025-004711","oppdragsgiversKravidentifikator":"%s",
                 "tilleggsinformasjon":{"tilbakekrevingsperiode":{"fraDato":"2022-01-01","tilDato":"2022-06-30"}}}"""
                .formatted(Testpersoner.person(jdbc, "BOSATT"), ekstra, unik("FOR"));
        return UUID.fromString(opprettOgVent(som(NAV), body, "RESKONTROFOERT"));
    }

    private JsonNode visning(UUID krav) {
        Api.Svar s = new Api(port, issuer.issue(NAV, "innkreving:saksbehandling")).get(KRAV + krav);
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        return s.json();
    }

    private static JsonNode linje(JsonNode visning, String linjetype) {
        JsonNode funnet = null;
        for (JsonNode l : visning.get("kravlinjer")) {
            if (linjetype.equals(l.path("linjetype").asString())) {
                assertThat(funnet).as("one " + linjetype + " line").isNull();
                funnet = l;
            }
        }
        assertThat(funnet).as(linjetype + " line in " + visning).isNotNull();
        return funnet;
    }

    /*
     * foreldelsesfristensUtgangspunkt 29.02.2024 (the first wrong payment), fastsettelsesdato 02.06.2025. The period
     * runs from 29.02.2024 (§ 3 nr. 1), not from the decision: + 3 years (§ 2) is February 2027, which has no 29th, so
     * it ends on the month's last day, 28.02.2027 (§ 29 nr. 1). 2027-01-01 is a Friday, so 01.02.2027 is a Monday and
     * 28.02.2027 (27 days later, 27 = 3·7 + 6) a Sunday: the last day is Monday 01.03.2027 (§ 29 nr. 2).
     * From the decision it would have been 02.06.2028, over a year later.
     */
    @Test
    void hovedstol_fra_foreldelsesfristens_utgangspunkt() {
        UUID krav = krav("""
                "fastsettelsesdato":"2025-06-02","foreldelsesfristensUtgangspunkt":"2024-02-29",""");
        tidsmaskin.reisTil(LocalDate.of(2027, 1, 4));

        JsonNode hovedstol = linje(visning(krav), "HOVEDSTOL");
        assertThat(hovedstol.path("foreldelse").path("dato").asString()).isEqualTo("2027-03-01");
        assertThat(hovedstol.path("foreldelse").path("forklaring").toString())
                .contains("29.02.2024", "§ 3 nr. 1", "§ 2", "28.02.2027", "§ 29 nr. 1", "§ 29 nr. 2", "01.03.2027");
    }

    /*
     * fastsettelsesdato 15.09.2022, so the ordinary period (§ 3 nr. 1, § 2) ends Monday 15.09.2025, three months after
     * booking. NAV learnt of the claim on 17.05.2025 (tilleggsfristEtterForeldelsesloven; 16 days before booking, within
     * the 10 months intake allows), so limitation comes no earlier than one year after, 17.05.2026 (§ 10 nr. 1), later
     * than 15.09.2025, so the tilleggsfrist decides; the outer limit of ten years more (§ 10 nr. 4, 15.09.2035) is far
     * off. 2026-01-01 is a Thursday; 17.05.2026 is 31+28+31+30+16 = 136 days later, 136 = 19·7 + 3, so a Sunday and
     * also the Constitution Day: the last day is Monday 18.05.2026 (§ 29 nr. 2; Whit Monday is 25.05.2026, Easter Sunday
     * 05.04.2026 + 50 days). On 16.09.2025, the day after the ordinary period, the claim is not time-barred, and the
     * daily run writes nothing off.
     */
    @Test
    void hovedstol_med_tilleggsfrist() {
        UUID krav = krav("""
                "fastsettelsesdato":"2022-09-15","tilleggsfristEtterForeldelsesloven":"2025-05-17",""");
        tidsmaskin.reisTil(LocalDate.of(2025, 9, 16));
        foreldelsesloep.kjoer();

        JsonNode v = visning(krav);
        JsonNode hovedstol = linje(v, "HOVEDSTOL");
        assertThat(hovedstol.path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("15000.00"));
        assertThat(hovedstol.path("foreldelse").path("dato").asString()).isEqualTo("2026-05-18");
        assertThat(hovedstol.path("foreldelse").path("forklaring").toString())
                .contains("15.09.2022", "§ 3 nr. 1", "§ 2", "15.09.2025", "17.05.2025", "17.05.2026", "§ 10 nr. 1",
                        "§ 29 nr. 2", "18.05.2026");
        assertThat(v.path("innkrevingssteg").asString()).isNotEqualTo("AVSKREVET");
    }

    /** Principal decided 02.06.2025; an interest line of 1 500,00 imposed Monday 14.04.2025 (renterIlagtDato). */
    private UUID kravMedRenter() {
        return krav("""
                "fastsettelsesdato":"2025-06-02",
                "renteBeloep":[{"valuta":"NOK","beloep":1500,"renterIlagtDato":"2025-04-14","rentetype":"STRAFFERENTE"}],""");
    }

    /*
     * The interest line runs from its own date, 14.04.2025 (§ 3 nr. 1), not the principal's: + 3 years (§ 2) is
     * 14.04.2028. 2028-01-01 is a Saturday; 14.04.2028 is 31+29+31+13 = 104 days later, 104 = 14·7 + 6, a Friday:
     * Good Friday, as Easter Sunday is 16.04.2028. Saturday 15th, Easter Sunday 16th and Easter Monday 17th are no
     * business days either, so the last day is Tuesday 18.04.2028 (§ 29 nr. 2).
     * The principal runs from 02.06.2025 to 02.06.2028: 153 days after 2028-01-01, 153 = 21·7 + 6, a Friday, and no
     * holiday (Ascension Day 25.05.2028, Whit Monday 05.06.2028), so it stays 02.06.2028.
     */
    @Test
    void rentelinje_fra_renter_ilagt_dato() {
        UUID krav = kravMedRenter();

        JsonNode v = visning(krav);
        JsonNode renter = linje(v, "RENTER");
        assertThat(renter.path("opprinneligBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("1500.00"));
        assertThat(renter.path("foreldelse").path("dato").asString()).isEqualTo("2028-04-18");
        assertThat(renter.path("foreldelse").path("forklaring").toString())
                .contains("14.04.2025", "§ 3 nr. 1", "§ 2", "14.04.2028", "§ 29 nr. 2", "18.04.2028");
        JsonNode hovedstol = linje(v, "HOVEDSTOL");
        assertThat(hovedstol.path("foreldelse").path("dato").asString()).isEqualTo("2028-06-02");
        assertThat(hovedstol.path("foreldelse").path("forklaring").toString()).contains("02.06.2025", "§ 3 nr. 1", "§ 2");
    }

    /*
     * Same claim, unpaid. The run on the interest line's last day, Tuesday 18.04.2028, writes nothing off; the run on
     * Wednesday 19.04.2028 writes off the interest line's 1 500,00 (FORELDET), while the principal's 15 000,00, whose
     * last day is 02.06.2028, stays open and due.
     */
    @Test
    void rentelinjen_avskrives_ved_egen_foreldelse_mens_hovedstolen_lever() {
        UUID krav = kravMedRenter();
        tidsmaskin.reisTil(LocalDate.of(2028, 4, 18));
        foreldelsesloep.kjoer();
        JsonNode v = visning(krav);
        assertThat(linje(v, "RENTER").path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("1500.00"));
        assertThat(v.toString()).doesNotContain("AVSKREVET");

        tidsmaskin.reisTil(LocalDate.of(2028, 4, 19));
        foreldelsesloep.kjoer();
        v = visning(krav);
        JsonNode renter = linje(v, "RENTER");
        assertThat(renter.path("opprinneligBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("1500.00"));
        assertThat(renter.path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        JsonNode hovedstol = linje(v, "HOVEDSTOL");
        assertThat(hovedstol.path("gjenstaaendeBeloep").decimalValue()).isEqualByComparingTo(new BigDecimal("15000.00"));
        assertThat(hovedstol.path("foreldelse").path("dato").asString()).isEqualTo("2028-06-02");
        assertThat(v.path("innkrevingssteg").asString()).isNotEqualTo("AVSKREVET");
        assertThat(v.get("hendelser").toString()).contains("\"AVSKREVET\"", "2028-04-19");

        Api.Svar oppdragsgiver = som(NAV).get(Api.BASE + "/" + krav);
        assertThat(oppdragsgiver.status()).as(oppdragsgiver.body()).isEqualTo(200);
        assertThat(oppdragsgiver.json().get("kravlinjer").toString()).contains("\"HOVEDSTOL\"", "\"RENTER\"");
        for (JsonNode l : oppdragsgiver.json().get("kravlinjer")) {
            BigDecimal igjen = "RENTER".equals(l.path("kravlinjetype").asString()) ? BigDecimal.ZERO : new BigDecimal("15000.00");
            assertThat(l.path("gjenstaaendeBeloep").decimalValue()).as(l.toString()).isEqualByComparingTo(igjen);
        }

        foreldelsesloep.kjoer(); // a rerun writes off nothing more
        assertThat(linje(visning(krav), "HOVEDSTOL").path("gjenstaaendeBeloep").decimalValue())
                .isEqualByComparingTo(new BigDecimal("15000.00"));
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
    }

    /*
     * An enforcement step another module records (here an utleggstrekk on Tuesday 10.03.2026) interrupts the
     * principal's period, which ran from 02.06.2025 to 02.06.2028 (§ 2), and starts a new one of ten years (§ 17 nr. 2,
     * § 21 nr. 3): to 10.03.2036. 2036-01-01 is a Tuesday; 10.03.2036 is 31+29+9 = 69 days later (2036 is a leap year),
     * 69 = 9·7 + 6, a Monday, and no holiday (Easter Sunday is 13.04.2036), so it stays. Recording it twice is one event.
     */
    @Test
    void utlegg_registrert_av_en_annen_modul_avbryter_og_gir_ti_aar() {
        UUID krav = krav("""
                "fastsettelsesdato":"2025-06-02",""");
        assertThat(linje(visning(krav), "HOVEDSTOL").path("foreldelse").path("dato").asString()).isEqualTo("2028-06-02");

        fristavbrudd.registrer(krav, LocalDate.of(2026, 3, 10), no.innkreving.limitation.Fristavbrudd.Slag.UTLEGG, "utleggstrekk:T-1");
        fristavbrudd.registrer(krav, LocalDate.of(2026, 3, 10), no.innkreving.limitation.Fristavbrudd.Slag.UTLEGG, "utleggstrekk:T-1");
        tidsmaskin.reisTil(LocalDate.of(2026, 3, 11));

        JsonNode v = visning(krav);
        JsonNode hovedstol = linje(v, "HOVEDSTOL");
        assertThat(hovedstol.path("foreldelse").path("dato").asString()).isEqualTo("2036-03-10");
        assertThat(hovedstol.path("foreldelse").path("forklaring").toString()).contains("10.03.2026", "§ 17 nr. 2", "10.03.2036");
        int avbrutt = 0;
        for (JsonNode h : v.get("hendelser"))
            if (h.path("type").asString().equals("FORELDELSE_AVBRUTT")) {
                assertThat(h.path("dato").asString()).isEqualTo("2026-03-10");
                avbrutt++;
            }
        assertThat(avbrutt).isEqualTo(1);
    }
}

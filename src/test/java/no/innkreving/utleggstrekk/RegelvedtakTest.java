package no.innkreving.utleggstrekk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.support.Api;
import no.innkreving.support.Testpersoner;
import no.innkreving.support.Utleggstrekkdata;
import no.innkreving.utleggstrekk.application.Regelvedtak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Garnishment decided by the rules where the claim type allows (decision 0074), through the daily run and the real
 * database: claims made ready by the dunning run with the clock moved, then the run {@code utleggstrekk-automatisk}.
 */
class RegelvedtakTest extends Utleggstrekkdata {
    private static final String RETTSGEBYR = "RETTSGEBYR_UTLEGGSBEGJAERING";
    private static final String NAV_TYPE = "TILBAKEKREVING_BARNETRYGD";

    @Autowired
    Regelvedtak regelvedtak;
    @Autowired
    Fristavbruddsregister fristavbrudd;

    private int ordrer(String fnr) {
        return jdbc.queryForObject("select count(*) from utleggstrekk where skyldner = ?", Integer.class, fnr);
    }

    /*
     * Four debtors, each with a 25 000,00 claim ready for enforcement and (all but D) a wage of 52 000 kr with 14 500 kr
     * advance tax at the same payer; the rule leaves a single debtor with the standard housing cost 17 776 kr a month
     * (the rule's worked example: net 37 500 - (10 724 + 9 000) = 17 776).
     *   A: a court fee (RETTSGEBYR_UTLEGGSBEGJAERING, marked for automatic decisions): decided by the rules, 17 776 kr a
     *      month from tomorrow, recorded as AUTOMATISK with the reason, letters to debtor and payer, limitation
     *      interrupted, published to the payer as version 1.
     *   B: a NAV repayment (not marked): left for a caseworker, still proposed.
     *   C: a court fee and a NAV repayment: one coordinated order would cover both, so a caseworker decides.
     *   D: a court fee but no payer in the income register this month: nothing to take, nothing decided.
     *   E: a court fee with øre left (0,55 paid): the order is for the debt in whole kroner.
     *   F: a court fee, paid by a closed payer: refused inside the decision, nothing decided, the run finishes.
     *   G: a court fee, paid by a closed payer and an active one: the next payer is tried, the order made there.
     * The run again: A already has an order; nothing new.
     */
    @Test
    void reglene_beslutter_der_kravtypen_tillater_det_og_bare_der() throws Exception {
        String a = Testpersoner.person(jdbc, "BOSATT");
        String b = Testpersoner.person(jdbc, "BOSATT");
        String c = Testpersoner.person(jdbc, "BOSATT");
        String d = Testpersoner.person(jdbc, "BOSATT");
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        // D gets an income register row at another payer that ended before this month, so the synthetic demo income
        // does not answer for D either
        jdbc.update("""
                insert into inntektsregister_utbetaling (foedselsnummer, trekkpliktig, art, fra_maaned, til_maaned, brutto_ore,
                    forskuddstrekk_ore, kilde) values (?, ?, 'LOENN', date '2020-01-01', date '2020-12-01', 5200000, 1450000, 'test')""",
                d, Testpersoner.organisasjon(jdbc, "AKTIV"));
        for (String p : List.of(a, b, c)) loenn(p, org);
        List<UUID> krav = klareKrav(LocalDate.of(2025, 3, 3), 25_000, List.of(a, b, c, c, d),
                List.of(RETTSGEBYR, NAV_TYPE, RETTSGEBYR, NAV_TYPE, RETTSGEBYR));
        LocalDate r = idag();
        // the caseworker's proposal list says which the rules will decide tonight
        assertThat(saksbehandler().get(UTLEGGSTREKK + "/forslag?skyldner=" + a).json().get(0).get("besluttesAutomatisk").asBoolean()).isTrue();
        assertThat(saksbehandler().get(UTLEGGSTREKK + "/forslag?skyldner=" + c).json().get(0).get("besluttesAutomatisk").asBoolean()).isFalse();

        regelvedtak.kjoer();

        assertThat(ordrer(b)).as("a NAV repayment: a caseworker decides").isZero();
        assertThat(ordrer(c)).as("one claim without the flag: a caseworker decides").isZero();
        assertThat(ordrer(d)).as("no payer this month: nothing to take").isZero();
        assertThat(saksbehandler().get(UTLEGGSTREKK + "/forslag?skyldner=" + b).json().size()).as("still proposed").isEqualTo(1);

        assertThat(ordrer(a)).isEqualTo(1);
        String trekkid = jdbc.queryForObject("select trekkid::text from utleggstrekk where skyldner = ?", String.class, a);
        Api.Svar bilde = saksbehandler().get(UTLEGGSTREKK + "/" + trekkid);
        assertThat(bilde.status()).as(bilde.body()).isEqualTo(200);
        JsonNode v = bilde.json().get("vedtak").get(0);
        assertThat(v.get("handling").asString()).isEqualTo("BESLUTTET");
        assertThat(v.get("saksbehandler").asString()).isEqualTo(Regelvedtak.AUTOMATISK);
        assertThat(v.get("begrunnelse").asString()).contains("automatisk etter reglene", "rettsgebyr for utleggsbegjæring",
                "dekningsloven § 2-7", "saksbehandler vurderer trekket på nytt");
        assertThat(v.get("dokumentId").asString()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'TREKKPAALEGG'", Integer.class, org))
                .as("the payer's order by letter").isEqualTo(1);
        assertThat(fristavbrudd.avbrudd(List.of(krav.get(0))).get(krav.get(0))).contains(new Fristavbrudd(r, Fristavbrudd.Slag.UTLEGG));

        Api.Svar v1 = trekkpliktig(org).get(TREKKPAALEGG + "/" + trekkid + "/1");
        assertThat(v1.status()).as(v1.body()).isEqualTo(200);
        rentInnhold(v1.body());
        assertThat(v1.json().get("trekkstatus").asString()).isEqualTo("aktiv");
        assertThat(v1.json().get("skyldner").asString()).isEqualTo(a);
        assertThat(v1.json().get("trekkstoerrelseForPeriode").toString())
                .isEqualTo("[{\"startdato\":\"" + r.plusDays(1) + "\",\"trekkbeloep\":{\"trekkbeloep\":17776}}]");

        // E: a 2 000,00 court fee of which 0,55 is paid with the invoice's KID: 1 999,45 left, less than the room, so the
        // order is for the debt, in whole kroner as a caseworker's: 2 000 kr a month (0,55 more is refunded if taken)
        String e = Testpersoner.person(jdbc, "BOSATT");
        loenn(e, org);
        klareKrav(idag(), 2_000, List.of(e), List.of(RETTSGEBYR));
        betal(jdbc.queryForObject("select kid from faktura where skyldner = ? and type = 'FAKTURA'", String.class, e), 55);
        LocalDate r2 = idag();
        assertThat(saksbehandler().get(UTLEGGSTREKK + "/forslag?skyldner=" + e).json().get(0).get("forslag").get(0)
                .get("beloepPerMaaned").asLong()).as("the proposal list shows what the rules decide").isEqualTo(2000);
        regelvedtak.kjoer();
        String trekkE = jdbc.queryForObject("select trekkid::text from utleggstrekk where skyldner = ?", String.class, e);
        assertThat(trekkpliktig(org).get(TREKKPAALEGG + "/" + trekkE + "/1").json().get("trekkstoerrelseForPeriode").toString())
                .isEqualTo("[{\"startdato\":\"" + r2.plusDays(1) + "\",\"trekkbeloep\":{\"trekkbeloep\":2000}}]");

        // F: a court fee, paid only by a payer the business register shows as closed: the decision is refused inside
        // (trekkpliktig-er-ikke-aktiv), rolled back to its savepoint, and the run still finishes with nothing decided
        String f = Testpersoner.person(jdbc, "BOSATT");
        loenn(f, Testpersoner.organisasjon(jdbc, "OPPHOERT"));
        klareKrav(idag(), 5_000, List.of(f), List.of(RETTSGEBYR));
        no.innkreving.platform.dagligkjoering.Kjoering kjoering = regelvedtak.kjoer();
        assertThat(kjoering.erFerdig()).isTrue();
        assertThat(kjoering.enheterFeilet()).isZero();
        assertThat(ordrer(f)).isZero();

        // G: a court fee, paid by the same closed payer (52 000, the most room) and by an active one (30 000, advance
        // tax 6 000): the closed one is refused, the next tried. At the active payer: net 24 000, the closed payer's
        // net 37 500 counts as other income, need 10 724 + 9 000 = 19 724, room 24 000 + 37 500 - 19 724 = 41 776, at
        // most the payment's 24 000, and the claim is 5 000: an order of 5 000 kr a month there
        String g = Testpersoner.person(jdbc, "BOSATT");
        String lukket = Testpersoner.organisasjon(jdbc, "OPPHOERT"), aktiv = Testpersoner.organisasjon(jdbc, "AKTIV");
        loenn(g, lukket);
        jdbc.update("""
                insert into inntektsregister_utbetaling (foedselsnummer, trekkpliktig, art, fra_maaned, til_maaned, brutto_ore,
                    forskuddstrekk_ore, kilde) values (?, ?, 'LOENN', date '2020-01-01', null, 3000000, 600000, 'test')""", g, aktiv);
        klareKrav(idag(), 5_000, List.of(g), List.of(RETTSGEBYR));
        LocalDate r3 = idag();
        assertThat(regelvedtak.kjoer().erFerdig()).isTrue();
        assertThat(ordrer(g)).isEqualTo(1);
        String trekkG = jdbc.queryForObject("select trekkid::text from utleggstrekk where skyldner = ?", String.class, g);
        assertThat(jdbc.queryForObject("select trekkpliktig from utleggstrekk where skyldner = ?", String.class, g)).isEqualTo(aktiv);
        assertThat(trekkpliktig(aktiv).get(TREKKPAALEGG + "/" + trekkG + "/1").json().get("trekkstoerrelseForPeriode").toString())
                .isEqualTo("[{\"startdato\":\"" + r3.plusDays(1) + "\",\"trekkbeloep\":{\"trekkbeloep\":5000}}]");

        // a caseworker stops A's order (the debtor asked for it to be looked at again): the rules do not decide a new one
        Api.Svar stopp = saksbehandler().send("DELETE", UTLEGGSTREKK + "/" + trekkid, "{\"begrunnelse\":\"Skyldneren ba om ny vurdering\"}");
        assertThat(stopp.status()).as(stopp.body()).isBetween(200, 204);
        no.innkreving.platform.dagligkjoering.Kjoering igjen = regelvedtak.kjoer();
        assertThat(sett(igjen, a)).isFalse();
        assertThat(saksbehandler().get(UTLEGGSTREKK + "/forslag?skyldner=" + a).json().get(0).get("besluttesAutomatisk").asBoolean())
                .as("the proposal list says the caseworker decides").isFalse();
        assertThat(ordrer(a)).as("the stopped order, and no new one").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from utleggstrekk where skyldner = ? and status = 'AKTIV'", Integer.class, a)).isZero();
        List<String> uendret = new ArrayList<>();
        for (String p : List.of(b, c, d)) uendret.add(p + " " + ordrer(p));
        assertThat(uendret).containsExactly(b + " 0", c + " 0", d + " 0");
        // D and F were looked at and left undecided this month with the same claims: not looked at again this month
        assertThat(sett(igjen, d)).isFalse();
        assertThat(sett(igjen, f)).isFalse();
        // a new month (new income in the register): looked at again
        tidsmaskin.reisTil(idag().withDayOfMonth(1).plusMonths(1));
        assertThat(sett(regelvedtak.kjoer(), d)).isTrue();
    }

    private boolean sett(no.innkreving.platform.dagligkjoering.Kjoering k, String skyldner) {
        return jdbc.queryForObject("select exists (select 1 from daglig_enhet where kjoering_id = ? and ? = any(noekler))",
                Boolean.class, k.kjoeringId(), skyldner);
    }
}

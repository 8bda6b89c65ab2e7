package no.innkreving.betalingsavtale.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.betalingsavtale.domain.Avdragsplan.Avdrag;
import no.innkreving.betalingsavtale.domain.Avdragsplan.Avdragsdel;
import no.innkreving.betalingsavtale.domain.Avdragsplan.Kravdel;
import no.innkreving.betalingsavtale.domain.Avtaleregel.Kravgrunnlag;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the plan and postponement rules (decision 0058) with the figures of V37: at least 500 kr a
 * month; at most 60 instalments, over 24 to a caseworker; over 200 000 kr to a caseworker; the first instalment at
 * least 14 days after approval; missed after 14 days, broken at 2 missed; a broken plan in the last 12 months to a
 * caseworker; postponement at most 90 days, over 50 000 kr to a caseworker. Due dates move to the next business day
 * (skattebetalingsloven § 10-2). Today is Thursday 3 December 2026.
 */
class BetalingsreglerTest {
    static final Regelsett R = new Regelsett(50_000, 60, 24, 20_000_000, 14, 14, 2, 12, 90, 5_000_000, 21, Map.of());
    static final LocalDate IDAG = LocalDate.of(2026, 12, 3);

    static Kravgrunnlag krav(long ore) {
        return new Kravgrunnlag(UUID.randomUUID(), "NAV, Tilbakekreving av barnetrygd", ore, false, false, false);
    }

    @Test
    void godkjent_avtale_gir_ni_avdrag_paa_virkedager() {
        // 16 500,00 kr at 2 000 a month: 16 500 / 2 000 = 8.25, so 9 instalments, 8 x 2 000 and a last of 500.
        // Earliest first date 03.12 + 14 = 17.12; day 20 of December is on or after it, so December:
        // 20.12.2026 is a Sunday -> Monday 21.12; 20.02.2027 and 20.03.2027 are Saturdays -> 22.02 and 22.03;
        // 20.06.2027 a Sunday -> 21.06; the others are business days (20.01 Wed, 20.04 Tue, 20.05 Thu, 20.07 Tue, 20.08 Fri).
        Vurdering v = Avtaleregel.vurder(List.of(krav(1_650_000)), 200_000, 20, IDAG, null, R);
        assertThat(v).isInstanceOf(Vurdering.AvtaleGodkjent.class);
        List<Avdrag> a = ((Vurdering.AvtaleGodkjent) v).avdrag();
        assertThat(a).extracting(Avdrag::forfallsdato).containsExactly(
                LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 4, 20), LocalDate.of(2027, 5, 20), LocalDate.of(2027, 6, 21), LocalDate.of(2027, 7, 20),
                LocalDate.of(2027, 8, 20));
        assertThat(a).extracting(Avdrag::beloepOre).containsExactly(200_000L, 200_000L, 200_000L, 200_000L, 200_000L,
                200_000L, 200_000L, 200_000L, 50_000L);
        assertThat(v.grunn()).contains("9 avdrag", "21.12.2026", "20.08.2027");
    }

    @Test
    void foerste_avdrag_tidligst_fjorten_dager_etter_godkjenning() {
        // day 10: 10.12.2026 is before 17.12, so the first is 10.01.2027, a Sunday -> Monday 11.01.2027
        List<Avdrag> a = Avdragsplan.avdrag(100_000, 50_000, 10, IDAG, 14);
        assertThat(a).extracting(Avdrag::forfallsdato).containsExactly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 10));
    }

    @Test
    void for_lite_maanedsbeloep_avslaas_med_grunn() {
        Vurdering v = Avtaleregel.vurder(List.of(krav(1_650_000)), 40_000, 20, IDAG, null, R);
        assertThat(v).isEqualTo(new Vurdering.Avslaatt("Månedsbeløpet må være minst 500,00 kr."));
    }

    @Test
    void for_lang_nedbetaling_avslaas_med_beloepet_som_ville_holdt() {
        // 100 000 kr at 1 000: 100 instalments > 60. Least whole-krone amount: 100 000 / 60 = 1 666.67 -> 1 667 kr
        // (60 x 1 667 = 100 020 covers it; 60 x 1 666 = 99 960 does not).
        Vurdering v = Avtaleregel.vurder(List.of(krav(10_000_000)), 100_000, 20, IDAG, null, R);
        assertThat(v).isInstanceOf(Vurdering.Avslaatt.class);
        assertThat(v.grunn()).isEqualTo("Med 1 000,00 kr i måneden tar det 100 måneder å betale 100 000,00 kr. "
                + "Lengste nedbetalingstid er 60 måneder, så månedsbeløpet må være minst 1 667,00 kr.");
    }

    @Test
    void krav_allerede_i_avtale_avslaas() {
        var k = new Kravgrunnlag(UUID.randomUUID(), "NAV, Tilbakekreving av barnetrygd", 100_000, true, false, false);
        assertThat(Avtaleregel.vurder(List.of(k), 50_000, 20, IDAG, null, R))
                .isEqualTo(new Vurdering.Avslaatt("Kravet NAV, Tilbakekreving av barnetrygd er allerede med i en betalingsavtale."));
    }

    @Test
    void mer_enn_24_avdrag_eller_200_000_kr_gaar_til_saksbehandler() {
        // 30 000 kr at 1 000: 30 instalments, within 60 but over 24
        Vurdering lang = Avtaleregel.vurder(List.of(krav(3_000_000)), 100_000, 20, IDAG, null, R);
        assertThat(lang).isInstanceOf(Vurdering.TilSaksbehandler.class);
        assertThat(lang.grunn()).contains("30 avdrag", "mer enn 24");
        // 250 000 kr at 20 000: 13 instalments, but over 200 000 kr
        Vurdering stor = Avtaleregel.vurder(List.of(krav(25_000_000)), 2_000_000, 20, IDAG, null, R);
        assertThat(stor).isInstanceOf(Vurdering.TilSaksbehandler.class);
        assertThat(stor.grunn()).contains("250 000,00 kr er mer enn 200 000,00 kr");
        // exactly 24 and exactly 200 000 kr are within: 200 000 / 10 000 = 20 instalments -> approved
        assertThat(Avtaleregel.vurder(List.of(krav(20_000_000)), 1_000_000, 20, IDAG, null, R)).isInstanceOf(Vurdering.AvtaleGodkjent.class);
        assertThat(Avtaleregel.vurder(List.of(krav(2_400_000)), 100_000, 20, IDAG, null, R)).isInstanceOf(Vurdering.AvtaleGodkjent.class);
    }

    @Test
    void varslet_krav_og_nylig_brutt_avtale_gaar_til_saksbehandler() {
        var varslet = new Kravgrunnlag(UUID.randomUUID(), "Brønnøysundregistrene, Tvangsmulkt", 100_000, false, true, false);
        assertThat(Avtaleregel.vurder(List.of(varslet), 50_000, 20, IDAG, null, R)).isInstanceOf(Vurdering.TilSaksbehandler.class);
        // broken 01.03.2026: + 12 months = 01.03.2027, not before 03.12.2026 -> caseworker
        assertThat(Avtaleregel.vurder(List.of(krav(100_000)), 50_000, 20, IDAG, LocalDate.of(2026, 3, 1), R))
                .isInstanceOf(Vurdering.TilSaksbehandler.class);
        // broken 02.12.2025: + 12 months = 02.12.2026, before 03.12.2026 -> the rule decides
        assertThat(Avtaleregel.vurder(List.of(krav(100_000)), 50_000, 20, IDAG, LocalDate.of(2025, 12, 2), R))
                .isInstanceOf(Vurdering.AvtaleGodkjent.class);
    }

    @Test
    void avdragene_betaler_eldste_krav_foerst() {
        // A 10 000 and B 6 500 at 4 000: 16 500 / 4 000 = 4.125 -> 5 instalments: 4 000 x 4 and 500.
        // A takes 4 000 (1), 4 000 (2), 2 000 (3); B takes 2 000 (3), 4 000 (4), 500 (5).
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        List<Avdrag> avdrag = Avdragsplan.avdrag(1_650_000, 400_000, 20, IDAG, 14);
        List<Avdragsdel> deler = Avdragsplan.fordel(avdrag, List.of(new Kravdel(a, 1_000_000), new Kravdel(b, 650_000)));
        assertThat(deler).containsExactly(new Avdragsdel(1, a, 400_000), new Avdragsdel(2, a, 400_000),
                new Avdragsdel(3, a, 200_000), new Avdragsdel(3, b, 200_000), new Avdragsdel(4, b, 400_000),
                new Avdragsdel(5, b, 50_000));
    }

    @Test
    void avtalen_brytes_naar_to_avdrag_er_misligholdt() {
        // instalments of 2 000 due 21.12.2026 and 20.01.2027 (the first example). The first is missed from
        // 21.12 + 14 = 04.01.2027 passed, i.e. on 05.01; the second from 20.01 + 14 = 03.02 passed, i.e. on 04.02.
        List<Avdrag> a = Avdragsplan.avdrag(1_650_000, 200_000, 20, IDAG, 14);
        assertThat(Mislighold.paa(LocalDate.of(2027, 1, 4), a, 0, R)).isEqualTo(new Mislighold.IRute(0));
        assertThat(Mislighold.paa(LocalDate.of(2027, 1, 5), a, 0, R)).isEqualTo(new Mislighold.IRute(1));
        assertThat(Mislighold.paa(LocalDate.of(2027, 2, 3), a, 0, R)).isEqualTo(new Mislighold.IRute(1));
        assertThat(Mislighold.paa(LocalDate.of(2027, 2, 4), a, 0, R)).isEqualTo(new Mislighold.Brutt(2));
        // 2 000 paid covers the first; on 04.02 only the second is missed
        assertThat(Mislighold.paa(LocalDate.of(2027, 2, 4), a, 200_000, R)).isEqualTo(new Mislighold.IRute(1));
        // 3 999,99 paid: the second is 1 øre short, still missed
        assertThat(Mislighold.paa(LocalDate.of(2027, 2, 4), a, 399_999, R)).isEqualTo(new Mislighold.IRute(1));
        assertThat(Mislighold.paa(LocalDate.of(2027, 2, 4), a, 1_650_000, R)).isEqualTo(new Mislighold.Oppfylt());
    }

    @Test
    void utsettelse_innenfor_90_dager_godkjennes_og_flyttes_til_virkedag() {
        // 10.01.2027 is a Sunday -> Monday 11.01.2027
        Vurdering v = Utsettelsesregel.vurder(List.of(krav(1_000_000)), LocalDate.of(2027, 1, 10), IDAG, R);
        assertThat(v).isEqualTo(new Vurdering.UtsettelseGodkjent("Utsettelsen er godkjent. Ny betalingsfrist er 11.01.2027.",
                LocalDate.of(2027, 1, 11)));
    }

    @Test
    void utsettelse_over_90_dager_avslaas_og_stor_eller_gjentatt_gaar_til_saksbehandler() {
        // 03.12.2026 + 90 days: 28 to 31.12, 31 to 31.01, 28 to 28.02 (87), 3 more -> 03.03.2027 (a Wednesday)
        Vurdering lang = Utsettelsesregel.vurder(List.of(krav(1_000_000)), LocalDate.of(2027, 3, 4), IDAG, R);
        assertThat(lang).isEqualTo(new Vurdering.Avslaatt("Du kan få utsettelse i høyst 90 dager, til og med 03.03.2027. "
                + "Trenger du lengre tid, kan du søke om betalingsavtale."));
        assertThat(Utsettelsesregel.vurder(List.of(krav(1_000_000)), LocalDate.of(2027, 3, 3), IDAG, R))
                .isInstanceOf(Vurdering.UtsettelseGodkjent.class);
        assertThat(Utsettelsesregel.vurder(List.of(krav(5_000_001)), LocalDate.of(2027, 1, 11), IDAG, R))
                .isInstanceOf(Vurdering.TilSaksbehandler.class);
        var utsattFoer = new Kravgrunnlag(UUID.randomUUID(), "NAV, Tilbakekreving av barnetrygd", 100_000, false, false, true);
        assertThat(Utsettelsesregel.vurder(List.of(utsattFoer), LocalDate.of(2027, 1, 11), IDAG, R).grunn())
                .isEqualTo("Kravet NAV, Tilbakekreving av barnetrygd har fått utsettelse før.");
    }
}

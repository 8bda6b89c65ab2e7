package no.innkreving.garnishment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.garnishment.BesluttetTrekk;
import no.innkreving.garnishment.Husstand;
import no.innkreving.garnishment.Husstand.Voksne;
import no.innkreving.garnishment.Paalegg;
import no.innkreving.garnishment.Prioritetsgruppe;
import no.innkreving.garnishment.Trekkberegning;
import no.innkreving.garnishment.Trekkberegning.AnvendtRegel;
import no.innkreving.garnishment.Trekkgrunnlag;
import no.innkreving.garnishment.Trekkromberegning.UgyldigTrekkgrunnlag;
import no.innkreving.garnishment.Utbetaling;
import no.innkreving.garnishment.Utbetalingsart;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the garnishment rule, figures derived by hand from dekningsloven §§ 2-7 and 2-8 and the
 * subsistence rates of forskrift 13. juni 2014 nr. 724 (from 1 July 2023: single 10 412, child 0-5 3 332, 6-10 4 420,
 * 11-14 5 580, 15+ 6 418; from 1 July 2024: single 10 724, supporting a spouse 18 164, children 3 432, 4 553, 5 747,
 * 6 611; from 1 July 2025, derived by the regulation's § 6 as the 2024 rates x 1,030: single 11 046, married 9 354,
 * supporting a spouse 18 708, children 3 535, 4 690, 5 919, 6 809). All amounts kroner per month.
 */
class TrekkregelTest {
    private final Trekkregel regel = new Trekkregel(Regeldata.standard());

    private static long kr(long kroner) {
        return kroner * 100;
    }

    private static Utbetaling loenn(long brutto, long forskudd) {
        return new Utbetaling(Utbetalingsart.LOENN, kr(brutto), kr(forskudd));
    }

    private static Husstand enslig() {
        return Husstand.enslig();
    }

    private static Paalegg paalegg(String id, Prioritetsgruppe g, String besluttet, long beloep, Long gjenstaaende) {
        return new Paalegg(id, g, LocalDate.parse(besluttet), kr(beloep), gjenstaaende == null ? null : kr(gjenstaaende));
    }

    private static Trekkgrunnlag grunnlag(String dato, Utbetaling u, Husstand h, long bolig, long andre, List<Paalegg> p) {
        return new Trekkgrunnlag(LocalDate.parse(dato), u, List.of(), h, kr(bolig), kr(andre), p);
    }

    @Test
    void enslig_skyldner() {
        // 1 March 2024: rates from 1 July 2023. Net 40 000 - 10 000 = 30 000. Need 10 412 + housing 9 000 = 19 412.
        // Room 30 000 - 19 412 = 10 588. O1 (group e) asks 12 000 and gets the room; O2 asks 5 000 of a lower... none left.
        Trekkberegning b = regel.beregn(grunnlag("2024-03-01", loenn(40_000, 10_000), enslig(), 9_000, 0,
                List.of(paalegg("O1", Prioritetsgruppe.E, "2024-01-10", 12_000, 80_000L))));
        assertThat(b.nettoinntektOre()).isEqualTo(kr(30_000));
        assertThat(b.livsoppholdsbehovOre()).isEqualTo(kr(19_412));
        assertThat(b.trekkromOre()).isEqualTo(kr(10_588));
        assertThat(b.beloepFor("O1")).isEqualTo(kr(10_588));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).contains("enslig skyldner: 10 412 kr").contains("1. juli 2023"));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("Trekkrom etter § 2-7").contains("10 588 kr"));
        assertThat(b.forklaring()).allSatisfy(l -> assertThat(l).matches("(?s).*(§|forskrift|kildedokument).*"));
        assertThat(b.regler()).anySatisfy(r -> assertThat(r.kilde()).contains("forskrift 13. juni 2014 nr. 724"));
    }

    @Test
    void familie_med_barn_og_20_prosent_fra_fjerde_person() {
        // 1 September 2024: rates from 1 July 2024. Debtor supports the spouse: 18 164. Children 16, 12, 8 and 3 are
        // persons 3, 4, 5 and 6 (the oldest first, so the youngest get the reduction):
        //   16 years: 6 611 (person 3, full)
        //   12 years: 5 747 x 0.8 = 4 597.60; 8 years: 4 553 x 0.8 = 3 642.40; 3 years: 3 432 x 0.8 = 2 745.60
        // Subsistence 18 164 + 6 611 + 4 597.60 + 3 642.40 + 2 745.60 = 35 760.60, rounded up to 35 761.
        // Need 35 761 + housing 14 000 + childcare 3 000 = 52 761. Net 85 000 - 24 000 = 61 000, other income 2 000:
        // room 61 000 + 2 000 - 52 761 = 10 239 (below the payment's 61 000). D1 asks 15 000 and gets 10 239.
        Husstand h = new Husstand(Voksne.FORSOERGER_EKTEFELLE_ELLER_SAMBOER, List.of(8, 16, 3, 12), kr(2_000), false);
        Trekkberegning b = regel.beregn(grunnlag("2024-09-01", loenn(85_000, 24_000), h, 14_000, 3_000,
                List.of(paalegg("D1", Prioritetsgruppe.D, "2024-08-01", 15_000, 200_000L))));
        assertThat(b.nettoinntektOre()).isEqualTo(kr(61_000));
        assertThat(b.livsoppholdsbehovOre()).isEqualTo(kr(52_761));
        assertThat(b.trekkromOre()).isEqualTo(kr(10_239));
        assertThat(b.beloepFor("D1")).isEqualTo(kr(10_239));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).contains("Barn 3 år").contains("person nr. 6").contains("2 745,60 kr"));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).contains("Barn 16 år").contains("6 611 kr").doesNotContain("20 %"));
        assertThat(b.regler()).anySatisfy(r -> {
            assertThat(r.regel()).contains("20 %");
            assertThat(r.anvendt()).isTrue();
        });
    }

    @Test
    void inntekt_under_behovet_gir_ikke_noe_trekk() {
        // 15 January 2024 (rates from 1 July 2023). Net 25 000 - 5 000 = 20 000. Need 10 412 + child 4 years 3 332 +
        // housing 8 000 = 21 744 > 20 000: nothing may be taken, never below zero.
        Husstand h = new Husstand(Voksne.ENSLIG, List.of(4), 0, false);
        Trekkberegning b = regel.beregn(grunnlag("2024-01-15", loenn(25_000, 5_000), h, 8_000, 0,
                List.of(paalegg("O1", Prioritetsgruppe.A, "2023-11-01", 3_000, 40_000L))));
        assertThat(b.nettoinntektOre()).isEqualTo(kr(20_000));
        assertThat(b.livsoppholdsbehovOre()).isEqualTo(kr(21_744));
        assertThat(b.trekkromOre()).isZero();
        assertThat(b.beloepFor("O1")).isZero();
        assertThat(b.trekk()).extracting(Trekkberegning.Trekk::id).containsExactly("O1");
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).contains("dekker ikke livsoppholdsbehovet").contains("aldri under null"));
    }

    @Test
    void pålegg_fra_gruppe_a_d_og_e() {
        // 1 March 2025 (rates from 1 July 2024; within-group rule before 2026: first in time outside support).
        // Net 60 000 - 18 000 = 42 000; need 10 724 + 10 000 = 20 724; room 21 276.
        // a: A1 6 000 in full (15 276 left); d: D1 9 000 in full (6 276 left); e: E2 (decided 1 Dec 2023) before
        // E1 (10 Jan 2024): E2 3 000, E1 the remaining 3 276 of the 8 000 it asks.
        List<Paalegg> p = List.of(paalegg("E1", Prioritetsgruppe.E, "2024-01-10", 8_000, 90_000L),
                paalegg("D1", Prioritetsgruppe.D, "2024-06-01", 9_000, 90_000L),
                paalegg("A1", Prioritetsgruppe.A, "2024-09-01", 6_000, null),
                paalegg("E2", Prioritetsgruppe.E, "2023-12-01", 3_000, 90_000L));
        Trekkberegning b = regel.beregn(grunnlag("2025-03-01", loenn(60_000, 18_000), enslig(), 10_000, 0, p));
        assertThat(b.trekkromOre()).isEqualTo(kr(21_276));
        assertThat(b.trekk()).extracting(Trekkberegning.Trekk::id).containsExactly("E1", "D1", "A1", "E2");
        assertThat(b.trekk()).extracting(Trekkberegning.Trekk::beloepOre).containsExactly(kr(3_276), kr(9_000), kr(6_000), kr(3_000));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("Gruppe e").contains("først besluttet dekkes først"));
        assertThat(b.regler()).anySatisfy(r -> {
            assertThat(r.regel()).startsWith("Innen samme gruppe dekkes det pålegget som først");
            assertThat(r.anvendt()).isTrue();
            assertThat(r.gyldigFra()).isEqualTo(LocalDate.of(1986, 1, 1));
        });

        // § 2-7 fourth paragraph: the debtor does what they can and favours none: group e gets nothing, a and d unchanged
        Trekkberegning unntak = regel.beregn(new Trekkgrunnlag(LocalDate.parse("2025-03-01"), loenn(60_000, 18_000), List.of(),
                enslig(), kr(10_000), 0, p, true));
        assertThat(unntak.trekk()).extracting(Trekkberegning.Trekk::beloepOre).containsExactly(0L, kr(9_000), kr(6_000), 0L);
        assertThat(unntak.forklaring()).anySatisfy(l -> assertThat(l).contains("§ 2-7 fjerde ledd"));
        assertThat(unntak.forklaring()).allSatisfy(l -> assertThat(l).matches("(?s).*(§|forskrift|kildedokument).*"));
    }

    @Test
    void to_bidragspålegg_deler_forholdsmessig() {
        // 1 March 2025 (before 2026: support shares pro rata on the amounts ordered). Net 35 000 - 8 000 = 27 000;
        // need 10 724 + 9 000 = 19 724; room 7 276 < 5 000 + 3 000.
        // A1: 7 276 x 5/8 = 4 547.5, A2: 7 276 x 3/8 = 2 728.5; floored 4 547 + 2 728 = 7 275; the last krone to the
        // larger remainder, a tie, so to the first listed: A1 4 548, A2 2 728 (sum 7 276).
        List<Paalegg> p = List.of(paalegg("A1", Prioritetsgruppe.A, "2024-05-01", 5_000, 300_000L),
                paalegg("A2", Prioritetsgruppe.A, "2024-02-01", 3_000, 100_000L));
        Trekkberegning b = regel.beregn(grunnlag("2025-03-01", loenn(35_000, 8_000), enslig(), 9_000, 0, p));
        assertThat(b.trekkromOre()).isEqualTo(kr(7_276));
        assertThat(b.beloepFor("A1")).isEqualTo(kr(4_548));
        assertThat(b.beloepFor("A2")).isEqualTo(kr(2_728));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).contains("forholdsmessig etter pålagte beløp"));

        // 1 March 2026: forskrift 9. juli 2025 nr. 1510 § 4, pro rata on what remains with interest, 300 000 : 100 000.
        // Rates from 1 July 2025 (derived by § 6: single 10 724 x 1,030 = 11 045,72, so 11 046): need 11 046 + 9 000 =
        // 20 046, room 27 000 - 20 046 = 6 954. Both ask 6 000: A1 6 954 x 3/4 = 5 215,5, A2 6 954 x 1/4 = 1 738,5;
        // floored 5 215 + 1 738 = 6 953, the last krone to the larger remainder, a tie, so to the first listed:
        // A1 5 216, A2 1 738.
        List<Paalegg> p2 = List.of(paalegg("A1", Prioritetsgruppe.A, "2025-05-01", 6_000, 300_000L),
                paalegg("A2", Prioritetsgruppe.A, "2025-02-01", 6_000, 100_000L));
        Trekkberegning ny = regel.beregn(grunnlag("2026-03-01", loenn(35_000, 8_000), enslig(), 9_000, 0, p2));
        assertThat(ny.trekkromOre()).isEqualTo(kr(6_954));
        assertThat(ny.beloepFor("A1")).isEqualTo(kr(5_216));
        assertThat(ny.beloepFor("A2")).isEqualTo(kr(1_738));
        assertThat(ny.forklaring()).anySatisfy(l -> assertThat(l).contains("gjenstående beløp med påløpte renter").contains("nr. 1510 § 4"));
        assertThat(ny.forklaring()).anySatisfy(l -> assertThat(l).contains("11 046 kr").contains("1. juli 2025"));
        assertThat(ny.forklaring()).noneSatisfy(l -> assertThat(l).contains("er ikke registrert"));
        // 1 September 2026: no rates from 1 July 2026 are registered, so the 2025 rates are used and the explanation says so
        Trekkberegning senere = regel.beregn(grunnlag("2026-09-01", loenn(35_000, 8_000), enslig(), 9_000, 0, p2));
        assertThat(senere.trekkromOre()).isEqualTo(kr(6_954));
        assertThat(senere.forklaring()).anySatisfy(l -> assertThat(l).contains("satsene fra 1. juli 2026 er ikke registrert"));

        // the same from 2026, but A2 asks only 1 000: its share 1 738,5 is above what it asks, so it is filled and A1
        // takes the rest 6 954 - 1 000 = 5 954, below its 6 000
        List<Paalegg> p3 = List.of(paalegg("A1", Prioritetsgruppe.A, "2025-05-01", 6_000, 300_000L),
                paalegg("A2", Prioritetsgruppe.A, "2025-02-01", 1_000, 100_000L));
        Trekkberegning tak = regel.beregn(grunnlag("2026-03-01", loenn(35_000, 8_000), enslig(), 9_000, 0, p3));
        assertThat(tak.beloepFor("A1")).isEqualTo(kr(5_954));
        assertThat(tak.beloepFor("A2")).isEqualTo(kr(1_000));
    }

    @Test
    void ett_pålegg_alene_i_gruppen_trenger_ikke_fordelingsgrunnlag() {
        // 1 March 2026: pro rata on what remains with interest, but A1 is alone in group a, so what remains need not
        // be known. Room (rates from 1 July 2025): 35 000 - 8 000 - (11 046 + 9 000) = 6 954; A1 asks 9 000, gets 6 954.
        Trekkberegning b = regel.beregn(grunnlag("2026-03-01", loenn(35_000, 8_000), enslig(), 9_000, 0,
                List.of(paalegg("A1", Prioritetsgruppe.A, "2026-01-15", 9_000, null))));
        assertThat(b.beloepFor("A1")).isEqualTo(kr(6_954));
        // two orders in the group, one without what remains: the sharing basis is missing, refused naming the field
        assertThatThrownBy(() -> regel.beregn(grunnlag("2026-03-01", loenn(35_000, 8_000), enslig(), 9_000, 0,
                List.of(paalegg("A1", Prioritetsgruppe.A, "2026-01-15", 9_000, null),
                        paalegg("A2", Prioritetsgruppe.A, "2026-01-20", 1_000, 10_000L)))))
                .isInstanceOfSatisfying(UgyldigTrekkgrunnlag.class, e -> assertThat(e.felt()).isEqualTo("paalegg[0].gjenstaaendeKrav"));
    }

    @Test
    void seksti_prosent_grensen_begge_innstillinger() {
        // 1 March 2024. Gross 50 000, advance tax 5 000 (net 45 000); need 10 412 + 5 000 = 15 412; room 29 588.
        // 60 % of 50 000 = 30 000 - 5 000 = 25 000 < 29 588: the cap binds when switched on.
        List<Paalegg> p = List.of(paalegg("O1", Prioritetsgruppe.E, "2024-01-10", 40_000, 500_000L));
        Trekkgrunnlag g = grunnlag("2024-03-01", loenn(50_000, 5_000), enslig(), 5_000, 0, p);

        Trekkberegning av = regel.beregn(g);
        assertThat(av.trekkromOre()).isEqualTo(kr(29_588));
        assertThat(av.beloepFor("O1")).isEqualTo(kr(29_588));
        assertThat(av.forklaring()).anySatisfy(l -> assertThat(l).startsWith("60 %-grensen er ikke anvendt")
                .contains("ville den ha satt trekkrommet ned til 25 000 kr"));
        assertThat(av.regler()).anySatisfy(r -> {
            assertThat(r.regel()).contains("60 %");
            assertThat(r.anvendt()).isFalse();
            assertThat(r.kilde()).contains("1981 nr. 8989");
        });

        Trekkregel paa = new Trekkregel(Regeldata.standard().medSekstiprosent(true));
        Trekkberegning med = paa.beregn(g);
        assertThat(med.trekkromOre()).isEqualTo(kr(25_000));
        assertThat(med.beloepFor("O1")).isEqualTo(kr(25_000));
        assertThat(med.forklaring()).anySatisfy(l -> assertThat(l).startsWith("60 %-grensen anvendt og binder"));
        assertThat(med.regler()).anySatisfy(r -> {
            assertThat(r.regel()).contains("60 %");
            assertThat(r.anvendt()).isTrue();
        });

        // ample income lifts the cap even when it is switched on
        Trekkgrunnlag rommelig = grunnlag("2024-03-01", loenn(50_000, 5_000), new Husstand(Voksne.ENSLIG, List.of(), 0, true), 5_000, 0, p);
        assertThat(paa.beregn(rommelig).trekkromOre()).isEqualTo(kr(29_588));
    }

    @Test
    void trekkperiode_betalt_krav_og_bedre_prioritet() {
        // 1 March 2024. Net 40 000 - 10 000 = 30 000; better-priority deduction B1 2 500 leaves 27 500;
        // need 10 412 + 9 000 = 19 412; room 8 088.
        // E-old decided 10 Jan 2022: 24 months ended 9 Jan 2024, nothing. A-old decided 2015: support has no limit.
        // P-betalt has 0 left: stops. E-rest has 700 left: takes 700, not the 2 000 it asks.
        List<Paalegg> p = List.of(paalegg("E-gammel", Prioritetsgruppe.E, "2022-01-10", 5_000, 50_000L),
                paalegg("A-gammel", Prioritetsgruppe.A, "2015-03-01", 4_000, null),
                paalegg("P-betalt", Prioritetsgruppe.E, "2023-05-01", 1_000, 0L),
                paalegg("E-rest", Prioritetsgruppe.E, "2023-06-01", 2_000, 700L));
        Trekkgrunnlag g = new Trekkgrunnlag(LocalDate.parse("2024-03-01"), loenn(40_000, 10_000),
                List.of(new BesluttetTrekk("B1", Prioritetsgruppe.A, LocalDate.parse("2023-09-01"), kr(2_500))),
                enslig(), kr(9_000), 0, p);
        Trekkberegning b = regel.beregn(g);
        assertThat(b.trekkromOre()).isEqualTo(kr(8_088));
        assertThat(b.trekk()).extracting(Trekkberegning.Trekk::beloepOre).containsExactly(0L, kr(4_000), 0L, kr(700));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("E-gammel: trekkperioden på 24 måneder"));
        // 1 June 2023 + 24 months runs to and including 31 May 2025; support has no limit
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("E-rest (gruppe e").contains("løper til og med 31. mai 2025"));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("A-gammel (gruppe a").contains("ingen tidsgrense"));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("P-betalt: kravene er betalt"));
        assertThat(b.forklaring()).allSatisfy(l -> assertThat(l).matches("(?s).*(§|forskrift|kildedokument).*"));
    }

    @Test
    void feriepenger_regnes_med_og_et_pålegg_kan_stanse_i_feriemåneden() {
        // 15 June 2024 (rates from 1 July 2023). Wage 40 000 plus holiday pay 20 000, advance tax 10 000: net 50 000.
        // Need 10 412 + 9 000 = 19 412; room 30 588. E1 takes its 5 000; E2 says to pause in a holiday-pay month: 0.
        Utbetaling juni = new Utbetaling(Utbetalingsart.LOENN, kr(40_000), kr(10_000), kr(20_000));
        List<Paalegg> p = List.of(new Paalegg("E1", Prioritetsgruppe.E, LocalDate.parse("2024-01-10"), kr(5_000), kr(50_000), null, false),
                new Paalegg("E2", Prioritetsgruppe.E, LocalDate.parse("2024-02-10"), kr(3_000), kr(50_000), null, true));
        Trekkberegning b = regel.beregn(new Trekkgrunnlag(LocalDate.parse("2024-06-15"), juni, List.of(), enslig(), kr(9_000), 0, p));
        assertThat(b.nettoinntektOre()).isEqualTo(kr(50_000));
        assertThat(b.trekkromOre()).isEqualTo(kr(30_588));
        assertThat(b.trekk()).extracting(Trekkberegning.Trekk::beloepOre).containsExactly(kr(5_000), 0L);
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("Feriepenger 20 000 kr er lønn"));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).startsWith("E2: pålegget sier at trekket stanses"));
    }

    @Test
    void forholdsmessig_deling_gir_aldri_mer_enn_pålegget_ber_om() {
        // Room 7 276 kr shared 5 : 3. A1 asks 4 547,80 (what remains of its claims), A2 3 000.
        // Shares 4 547,5 and 2 728,5 (neither reaches what it asks); floored 4 547 + 2 728; the last krone goes to A1
        // (tie, listed first) but only the 0,80 it still asks: A1 4 547,80, A2 2 728; 0,20 stays untaken.
        long[] krav = {454_780, 300_000};
        long[] vekt = {500_000, 300_000};
        long[] gitt = new long[2];
        long delt = Trekkregel.delForholdsmessig(List.of(0, 1), krav, vekt, gitt, kr(7_276));
        assertThat(gitt).containsExactly(454_780, 272_800);
        assertThat(delt).isEqualTo(727_580);
    }

    @Test
    void satsene_fra_2015_og_2018() {
        // 1 September 2018: rates from 1 July 2018 (single 8 658). Net 40 000 - 10 000 = 30 000. Need 8 658 + housing
        // 9 000 = 17 658. Room 30 000 - 17 658 = 12 342.
        Trekkberegning b = regel.beregn(grunnlag("2018-09-01", loenn(40_000, 10_000), enslig(), 9_000, 0,
                List.of(paalegg("E1", Prioritetsgruppe.E, "2018-08-01", 15_000, 100_000L))));
        assertThat(b.livsoppholdsbehovOre()).isEqualTo(kr(17_658));
        assertThat(b.trekkromOre()).isEqualTo(kr(12_342));
        assertThat(b.forklaring()).anySatisfy(l -> assertThat(l).contains("8 658 kr").contains("1. juli 2018"));
        // 1 October 2015: rates from 1 July 2015 (married or cohabiting 6 814, child 6-10 3 198). Net 35 000 - 9 000 =
        // 26 000. Need 6 814 + 3 198 + housing 10 000 = 20 012 (three persons: no reduction). Room 5 988.
        Husstand gift = new Husstand(Voksne.GIFT_ELLER_SAMBOER, List.of(7), 0, false);
        Trekkberegning c = regel.beregn(grunnlag("2015-10-01", loenn(35_000, 9_000), gift, 10_000, 0,
                List.of(paalegg("E1", Prioritetsgruppe.E, "2015-09-01", 8_000, 100_000L))));
        assertThat(c.livsoppholdsbehovOre()).isEqualTo(kr(20_012));
        assertThat(c.trekkromOre()).isEqualTo(kr(5_988));
        assertThat(c.beloepFor("E1")).isEqualTo(kr(5_988));
    }

    @Test
    void dato_uten_registrerte_satser_avvises_med_feltnavn() {
        // rates are registered from 1 July 2014; 1 July 2017 - 30 June 2018 is a gap in the table (2017's rates not found)
        Trekkgrunnlag g = grunnlag("2018-03-01", loenn(40_000, 10_000), enslig(), 9_000, 0, List.of());
        assertThatThrownBy(() -> regel.beregn(g)).isInstanceOfSatisfying(UgyldigTrekkgrunnlag.class,
                e -> assertThat(e.felt()).isEqualTo("beregningsdato"));
    }

    @Test
    void satsene_fra_2025_er_regnet_ut_etter_konsumprisindeksen() {
        // forskriften § 6: the rates follow the consumer price index, May to May. SSB: +3,0 % May 2024 - May 2025.
        // 10 724 x 1,030 = 11 045,72 -> 11 046; 9 082 x 1,030 = 9 354,46 -> 9 354 (supporting a spouse twice that,
        // 18 708); children 3 432 -> 3 534,96 -> 3 535, 4 553 -> 4 689,59 -> 4 690, 5 747 -> 5 919,41 -> 5 919,
        // 6 611 -> 6 809,33 -> 6 809. The same sum on the 2023 rates gives the published 2024 ones (KPI +3,0 %):
        // 10 412 x 1,030 = 10 724,36 -> 10 724, 8 817 x 1,030 = 9 081,51 -> 9 082, 6 418 x 1,030 = 6 610,54 -> 6 611.
        Livsoppholdssats s = Regeldata.standard().sats(LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(s.gyldigFra()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(List.of(s.ensligOre(), s.giftOre(), s.forsoergerOre(), s.barn(3), s.barn(8), s.barn(12), s.barn(16)))
                .containsExactly(kr(11_046), kr(9_354), kr(18_708), kr(3_535), kr(4_690), kr(5_919), kr(6_809));
        assertThat(s.kilde()).contains("§ 6").contains("3,0 %");
        // a couple, the debtor supporting the spouse, children 4, 9 and 16 (five persons: 20 % off the two youngest),
        // 1 October 2025: 18 708 + 6 809 + 4 690 x 0,8 (3 752) + 3 535 x 0,8 (2 828) = 32 097; housing 12 000: 44 097
        Husstand familie = new Husstand(Voksne.FORSOERGER_EKTEFELLE_ELLER_SAMBOER, List.of(4, 9, 16), 0, false);
        Trekkberegning b = regel.beregn(grunnlag("2025-10-01", loenn(70_000, 20_000), familie, 12_000, 0,
                List.of(paalegg("E1", Prioritetsgruppe.E, "2025-09-01", 10_000, 100_000L))));
        assertThat(b.livsoppholdsbehovOre()).isEqualTo(kr(44_097));
        // net 50 000 - 44 097 = 5 903
        assertThat(b.trekkromOre()).isEqualTo(kr(5_903));
        assertThat(b.beloepFor("E1")).isEqualTo(kr(5_903));
    }

    @Test
    void regeldata_har_kilde_for_hver_rad() {
        Regeldata d = Regeldata.standard();
        assertThat(d.satser()).allSatisfy(s -> assertThat(s.kilde()).isNotBlank());
        assertThat(d.fordelingsregler()).allSatisfy(r -> assertThat(r.kilde()).isNotBlank());
        assertThat(d.seksti().aktiv()).isFalse();
        assertThat(d.sats(LocalDate.of(2024, 6, 30)).orElseThrow().ensligOre()).isEqualTo(kr(10_412));
        assertThat(d.sats(LocalDate.of(2024, 7, 1)).orElseThrow().ensligOre()).isEqualTo(kr(10_724));
        List<AnvendtRegel> ingen = List.of();
        assertThat(ingen).isEmpty();
    }
}

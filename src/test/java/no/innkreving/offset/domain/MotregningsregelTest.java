package no.innkreving.offset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.ledger.Linjetype;
import no.innkreving.offset.Motkravart;
import no.innkreving.offset.domain.Motregningsregel.Grunn;
import no.innkreving.offset.domain.Motregningsregel.Krav;
import no.innkreving.offset.domain.Motregningsregel.Linje;
import org.junit.jupiter.api.Test;

/** The offset rule on worked examples (decision 0047); figures in øre, derived by hand in the comments. */
class MotregningsregelTest {
    static final Motregningsrekkefoelge REGEL = regel();
    static final LocalDate DAG = LocalDate.of(2026, 6, 20);
    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    static final UUID C = new UUID(0, 3);

    static Motregningsrekkefoelge regel() {
        try (var in = MotregningsregelTest.class.getResourceAsStream("/offset/motregningsrekkefoelge.properties")) {
            return Motregningsrekkefoelge.fra(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Krav krav(UUID id, LocalDate forfall, long ramme, String stans, Linje... linjer) {
        return new Krav(id, "TILBAKEKREVING_BARNETRYGD", true, 1, forfall, forfall.minusDays(21), stans, ramme, List.of(linjer));
    }

    @Test
    void eldste_forfall_foerst_renter_foer_hovedstol_og_resten_utbetales() {
        // A due 01.03 (principal 4 000,00 + interest 400,00), B due 01.05 (principal 10 000,00); refund 20 000,00 on 20.06:
        // A: interest 400,00 then principal 4 000,00 = 4 400,00; B: 10 000,00; 20 000,00 - 14 400,00 = 5 600,00 paid out.
        var r = Motregningsregel.motregn(2_000_000, Motkravart.SKATTEOPPGJOER, DAG, List.of(
                krav(B, LocalDate.of(2026, 5, 1), 0, null, new Linje(21, Linjetype.HOVEDSTOL, null, 1_000_000)),
                krav(A, LocalDate.of(2026, 3, 1), 0, null, new Linje(11, Linjetype.HOVEDSTOL, null, 400_000),
                        new Linje(12, Linjetype.RENTER, LocalDate.of(2026, 1, 1), 40_000))), REGEL);
        assertThat(r.dekninger()).extracting(Motregningsregel.Dekning::kravlinjeId).containsExactly(12L, 11L, 21L);
        assertThat(r.perKrav()).containsEntry(A, 440_000L).containsEntry(B, 1_000_000L);
        assertThat(r.utbetalOre()).isEqualTo(560_000);
    }

    @Test
    void avregning_som_betales_tilbake_frigjoer_navs_ramme() {
        // 5 000,00 avregnet on a claim lowered so that 3 000,00 of the offset still stands: 3 000,00 counts as avregning,
        // 2 000,00 of NAV's statement is free again
        assertThat(Motregningsregel.avregnetEtterTilbakebetaling(500_000, 300_000)).isEqualTo(300_000);
        // 2 000,00 avregnet and 1 000,00 offset the ordinary way; 1 000,00 paid back, 2 000,00 stands: avregning first,
        // so all 2 000,00 still counts
        assertThat(Motregningsregel.avregnetEtterTilbakebetaling(200_000, 200_000)).isEqualTo(200_000);
        // the claim deleted after a complaint: all paid back, nothing counts
        assertThat(Motregningsregel.avregnetEtterTilbakebetaling(500_000, 0)).isZero();
    }

    @Test
    void mindre_enn_ett_krav_dekker_renter_og_deler_av_hovedstolen() {
        // refund 3 000,00 against 15 000,00 + 1 500,00 interest: interest 1 500,00, principal 1 500,00; nothing paid out
        var r = Motregningsregel.motregn(300_000, Motkravart.SKATTEOPPGJOER, DAG, List.of(
                krav(A, LocalDate.of(2026, 3, 1), 0, null, new Linje(11, Linjetype.HOVEDSTOL, null, 1_500_000),
                        new Linje(12, Linjetype.RENTER, LocalDate.of(2026, 1, 1), 150_000))), REGEL);
        assertThat(r.dekninger()).extracting(Motregningsregel.Dekning::beloepOre).containsExactly(150_000L, 150_000L);
        assertThat(r.utbetalOre()).isZero();
    }

    @Test
    void stanset_ikke_forfalt_og_ikke_tillatt_hoppes_over() {
        // A on hold (complaint), C due on the day itself (not before it: not yet due), B not allowed against VAT:
        // all 500,00 paid out
        Krav ikkeTillatt = new Krav(B, "EGENANDEL_FRI_SAKFOERSEL", false, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1),
                null, 0, List.of(new Linje(21, Linjetype.HOVEDSTOL, null, 100)));
        var r = Motregningsregel.motregn(50_000, Motkravart.MERVERDIAVGIFT, DAG, List.of(
                krav(A, LocalDate.of(2026, 3, 1), 0, "UTSATT_IVERKSETTELSE", new Linje(11, Linjetype.HOVEDSTOL, null, 100)),
                ikkeTillatt, krav(C, DAG, 0, null, new Linje(31, Linjetype.HOVEDSTOL, null, 100))), REGEL);
        assertThat(r.dekninger()).isEmpty();
        assertThat(r.utbetalOre()).isEqualTo(50_000);
        assertThat(r.utelatte()).extracting(Motregningsregel.Utelatt::grunn)
                .containsExactlyInAnyOrder(Grunn.STANSET, Grunn.IKKE_TILLATT_FOR_ARTEN, Grunn.IKKE_FORFALT);
    }

    @Test
    void nav_etterbetaling_avregnes_foerst_mot_krav_med_ytelser_for_avregning() {
        // A due 01.03 (8 000,00, no avregning), B due 01.05 (6 000,00, ytelserForAvregning 5 000,00); back-payment 9 000,00:
        // avregning first: B 5 000,00 (its limit); then oldest due first: A 4 000,00 of 8 000,00. Nothing paid out.
        List<Krav> k = List.of(krav(A, LocalDate.of(2026, 3, 1), 0, null, new Linje(11, Linjetype.HOVEDSTOL, null, 800_000)),
                krav(B, LocalDate.of(2026, 5, 1), 500_000, null, new Linje(21, Linjetype.HOVEDSTOL, null, 600_000)));
        var r = Motregningsregel.motregn(900_000, Motkravart.NAV_ETTERBETALING, DAG, k, REGEL);
        assertThat(r.dekninger()).containsExactly(new Motregningsregel.Dekning(B, 21, 500_000, true),
                new Motregningsregel.Dekning(A, 11, 400_000, false));
        // the same 9 000,00 as a tax refund knows no avregning: A 8 000,00 first, then B 1 000,00
        var skatt = Motregningsregel.motregn(900_000, Motkravart.SKATTEOPPGJOER, DAG, k, REGEL);
        assertThat(skatt.perKrav()).containsEntry(A, 800_000L).containsEntry(B, 100_000L);
    }

    @Test
    void rang_fra_katalogen_gaar_foran_forfall() {
        // B rank 1 due 01.05 before A rank 2 due 01.03: 100,00 all to B
        Krav a = new Krav(A, "X", true, 2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), null, 0,
                List.of(new Linje(11, Linjetype.HOVEDSTOL, null, 10_000)));
        Krav b = new Krav(B, "Y", true, 1, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, 0,
                List.of(new Linje(21, Linjetype.HOVEDSTOL, null, 10_000)));
        assertThat(Motregningsregel.motregn(10_000, Motkravart.LANDBRUKSTILSKUDD, DAG, List.of(a, b), REGEL).perKrav())
                .containsOnlyKeys(B);
    }

    @Test
    void regelen_leses_fra_data_med_kilde() throws Exception {
        assertThat(REGEL.avregningFoerst()).containsExactly(Motkravart.NAV_ETTERBETALING);
        assertThat(REGEL.linjeorden()).containsExactly(Linjetype.GEBYR, Linjetype.RENTER, Linjetype.HOVEDSTOL);
        assertThat(REGEL.kilde()).contains("Prop. 127 L");
        assertThat(REGEL.hindrendeStans()).containsExactlyInAnyOrder("UTSATT_IVERKSETTELSE", "BETALINGSUTSETTELSE");
        var feil = "avregning.foerst.for=\nlinjeorden=RENTER,HOVEDSTOL\nstansgrunner.som.hindrer=X\nkilde=x\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Motregningsrekkefoelge.fra(
                new ByteArrayInputStream(feil.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class);
    }
}

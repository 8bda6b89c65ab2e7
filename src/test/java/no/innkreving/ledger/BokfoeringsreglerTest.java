package no.innkreving.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.domain.Bokfoeringsregler;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.domain.Postering;
import no.innkreving.ledger.domain.Posteringsart;
import no.innkreving.ledger.domain.Transaksjon;
import no.innkreving.ledger.domain.Transaksjonstype;
import org.junit.jupiter.api.Test;

/** The posting rules with worked examples; figures in øre, derived by hand in the comments. */
class BokfoeringsreglerTest {
    private static final UUID KRAV = UUID.randomUUID();
    private static final LocalDate DAG = LocalDate.of(2026, 3, 2);
    private static final LocalDate ILAGT = LocalDate.of(2026, 1, 15);

    @Test
    void kravBokfoertDebitererHverLinjeOgKrediterOppdragsgiversSide() {
        // principal 15 000 kr = 1 500 000 øre on line 1, interest 1 500 kr = 150 000 øre on line 2
        Map<Long, Long> beloep = new LinkedHashMap<>();
        beloep.put(1L, 1_500_000L);
        beloep.put(2L, 150_000L);
        Transaksjon t = Bokfoeringsregler.kravBokfoert(UUID.randomUUID(), KRAV, DAG, beloep);
        assertThat(t.type()).isEqualTo(Transaksjonstype.KRAV_BOKFOERT);
        assertThat(t.posteringer()).containsExactly(
                new Postering(Konto.SKYLDNER_FORDRING, 1L, Posteringsart.FASTSATT, 1_500_000),
                new Postering(Konto.SKYLDNER_FORDRING, 2L, Posteringsart.FASTSATT, 150_000),
                // 1 500 000 + 150 000 = 1 650 000 on the other side
                new Postering(Konto.OPPDRAGSGIVER_OVERTATT, null, Posteringsart.FASTSATT, -1_650_000));
    }

    @Test
    void nedsattHovedstolFlytterDifferansen() {
        // set 1 500 000, 400 000 already paid (remaining 1 100 000); new principal 1 200 000: the line moves -300 000
        var hovedstol = new Linjesaldo(1, Linjetype.HOVEDSTOL, null, null, 1_500_000, 1_500_000, 1_100_000);
        Transaksjon t = Bokfoeringsregler.hovedstolNedsatt(UUID.randomUUID(), KRAV, DAG, hovedstol, 1_200_000);
        assertThat(t.posteringer()).containsExactly(
                new Postering(Konto.SKYLDNER_FORDRING, 1L, Posteringsart.FASTSATT, -300_000),
                new Postering(Konto.OPPDRAGSGIVER_OVERTATT, null, Posteringsart.FASTSATT, 300_000));
        assertThatThrownBy(() -> Bokfoeringsregler.hovedstolNedsatt(UUID.randomUUID(), KRAV, DAG, hovedstol, 1_600_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renterErstattesLinjeForLinje() {
        // existing: line 2 (15 Jan, 150 000) and line 3 (1 Feb, 20 000)
        var l2 = new Linjesaldo(2, Linjetype.RENTER, "STRAFFERENTE", ILAGT, 150_000, 150_000, 150_000);
        var l3 = new Linjesaldo(3, Linjetype.RENTER, "STRAFFERENTE", ILAGT.plusDays(17), 20_000, 20_000, 20_000);
        // new: 15 Jan -> 100 000 (line 2 moves -50 000), 1 Feb left out (line 3 moves -20 000), 1 Mar new 30 000 (line 10)
        AtomicLong ider = new AtomicLong(10);
        var e = Bokfoeringsregler.renterEndret(UUID.randomUUID(), KRAV, DAG, List.of(l2, l3),
                List.of(new Rentelinje(100_000, ILAGT, "STRAFFERENTE"), new Rentelinje(30_000, LocalDate.of(2026, 3, 1), "STRAFFERENTE")),
                ider::getAndIncrement);
        assertThat(e.nyeLinjer()).hasSize(1);
        assertThat(e.nyeLinjer().get(0).kravlinjeId()).isEqualTo(10);
        assertThat(e.transaksjon().posteringer()).containsExactlyInAnyOrder(
                new Postering(Konto.SKYLDNER_FORDRING, 2L, Posteringsart.FASTSATT, -50_000),
                new Postering(Konto.SKYLDNER_FORDRING, 10L, Posteringsart.FASTSATT, 30_000),
                new Postering(Konto.SKYLDNER_FORDRING, 3L, Posteringsart.FASTSATT, -20_000),
                // -50 000 + 30 000 - 20 000 = -40 000, so +40 000 on the creditor's side
                new Postering(Konto.OPPDRAGSGIVER_OVERTATT, null, Posteringsart.FASTSATT, 40_000));
    }

    @Test
    void sammeRenterIgjenGirIngenPosteringer() {
        var l2 = new Linjesaldo(2, Linjetype.RENTER, "STRAFFERENTE", ILAGT, 150_000, 150_000, 150_000);
        var e = Bokfoeringsregler.renterEndret(UUID.randomUUID(), KRAV, DAG, List.of(l2),
                List.of(new Rentelinje(150_000, ILAGT, "STRAFFERENTE")), () -> {
                    throw new AssertionError("no new line expected");
                });
        assertThat(e.transaksjon().posteringer()).isEmpty();
    }

    @Test
    void avskrivingTarDetSomGjenstaarPaaHverLinje() {
        // principal remaining 1 100 000, interest remaining 0 (already paid): only the principal is written off
        var h = new Linjesaldo(1, Linjetype.HOVEDSTOL, null, null, 1_500_000, 1_200_000, 1_100_000);
        var r = new Linjesaldo(2, Linjetype.RENTER, "STRAFFERENTE", ILAGT, 150_000, 150_000, 0);
        Transaksjon t = Bokfoeringsregler.avskrevetAvOppdragsgiver(UUID.randomUUID(), KRAV, DAG, List.of(h, r));
        assertThat(t.posteringer()).containsExactly(
                new Postering(Konto.SKYLDNER_FORDRING, 1L, Posteringsart.AVSKREVET, -1_100_000),
                new Postering(Konto.OPPDRAGSGIVER_OVERTATT, null, Posteringsart.AVSKREVET, 1_100_000));
    }

    @Test
    void enTransaksjonSomIkkeGaarOppKanIkkeLages() {
        assertThatThrownBy(() -> new Transaksjon(UUID.randomUUID(), KRAV, Transaksjonstype.KRAV_BOKFOERT, DAG,
                List.of(new Postering(Konto.SKYLDNER_FORDRING, 1L, Posteringsart.FASTSATT, 100))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not balance");
    }

    @Test
    void enLinjeGaarAldriUnderNullOgSenkesBareNaarSaldoenErLest() {
        // line 1 read at 100 000: a placement of 60 000 leaves 40 000; a second of 50 000 would leave -10 000
        Map<Long, Long> saldoer = new java.util.HashMap<>(Map.of(1L, 100_000L));
        var p60 = Bokfoeringsregler.innbetaling(UUID.randomUUID(), UUID.randomUUID(), "s", DAG, 60_000,
                List.of(new Linjeplassering(KRAV, 1, 60_000)), 0);
        Bokfoeringsregler.flyttLinjesaldoer(saldoer, p60);
        assertThat(saldoer).containsEntry(1L, 40_000L);
        var p50 = Bokfoeringsregler.innbetaling(UUID.randomUUID(), UUID.randomUUID(), "s", DAG, 50_000,
                List.of(new Linjeplassering(KRAV, 1, 50_000)), 0);
        assertThatThrownBy(() -> Bokfoeringsregler.flyttLinjesaldoer(saldoer, p50)).isInstanceOf(IllegalStateException.class);
        // line 2 was never read: lowering it is refused, raising it (interest) is not
        var paaUlest = Bokfoeringsregler.innbetaling(UUID.randomUUID(), UUID.randomUUID(), "s", DAG, 1,
                List.of(new Linjeplassering(KRAV, 2, 1)), 0);
        assertThatThrownBy(() -> Bokfoeringsregler.flyttLinjesaldoer(saldoer, paaUlest)).isInstanceOf(IllegalStateException.class);
        Bokfoeringsregler.flyttLinjesaldoer(saldoer, Bokfoeringsregler.forsinkelsesrente(UUID.randomUUID(), KRAV, DAG, 2, 500));
        assertThat(saldoer).doesNotContainKey(2L);
    }

    @Test
    void overskuddetTilbakebetalesSisteInnbetalingFoerst() {
        // principal line 1 set 1 000 000; paid 300 000 by A (1 Mar) then 500 000 by B (2 Mar): balance 200 000.
        // Lowered to 400 000: the line moves -600 000 to -400 000, so 400 000 goes back: all of it from B (latest, 500 000).
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var plassert = List.of(new PlassertBeloep(KRAV, 1, a, 300_000, DAG.minusDays(1)),
                new PlassertBeloep(KRAV, 1, b, 500_000, DAG));
        var hovedstol = new Linjesaldo(1, Linjetype.HOVEDSTOL, null, null, 1_000_000, 1_000_000, 200_000);
        Transaksjon endring = Bokfoeringsregler.hovedstolNedsatt(UUID.randomUUID(), KRAV, DAG, hovedstol, 400_000);
        Map<Long, Long> saldoer = new java.util.HashMap<>(Map.of(1L, 200_000L));
        Map<Long, Long> under = Bokfoeringsregler.underNull(saldoer, endring);
        assertThat(under).containsExactly(Map.entry(1L, 400_000L));
        List<Transaksjon> tilbake = Bokfoeringsregler.tilbakebetalt(UUID::randomUUID, "s", DAG, under, plassert, List.of());
        assertThat(tilbake).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(Transaksjonstype.PLASSERING_TILBAKEBETALT);
            assertThat(t.innbetalingId()).isEqualTo(b);
            assertThat(t.posteringer()).containsExactly(
                    new Postering(Konto.SKYLDNER_FORDRING, KRAV, 1L, Posteringsart.PLASSERT, 400_000),
                    new Postering(Konto.TIL_UTBETALING, null, null, Posteringsart.TILBAKEBETALING, -400_000));
        });
        // refunds first, then the change: 200 000 + 400 000 - 600 000 = 0, never below zero on the way
        for (Transaksjon t : tilbake) Bokfoeringsregler.flyttLinjesaldoer(saldoer, t);
        Bokfoeringsregler.flyttLinjesaldoer(saldoer, endring);
        assertThat(saldoer).containsEntry(1L, 0L);
        assertThat(Bokfoeringsregler.redusertOre(endring)).isEqualTo(600_000);
    }

    @Test
    void motregnet_og_innbetalt_tilbakebetales_sist_virksomme_foerst() {
        // principal line 1 set 1 000 000: payment A 300 000 (1 Mar), payment B 100 000 and an offset amount M 500 000
        // (both 2 Mar); balance 100 000. Lowered to 300 000: the line moves -700 000, to -600 000, so 600 000 goes
        // back, latest first, and of the same day the offset before the payment: M 500 000, then B 100 000; A keeps its.
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID m = UUID.randomUUID();
        var plassert = List.of(new PlassertBeloep(KRAV, 1, a, 300_000, DAG.minusDays(1)), new PlassertBeloep(KRAV, 1, b, 100_000, DAG));
        var motregnet = List.of(new no.innkreving.ledger.MotregnetBeloep(KRAV, 1, m, 500_000, DAG));
        var hovedstol = new Linjesaldo(1, Linjetype.HOVEDSTOL, null, null, 1_000_000, 1_000_000, 100_000);
        Transaksjon endring = Bokfoeringsregler.hovedstolNedsatt(UUID.randomUUID(), KRAV, DAG, hovedstol, 300_000);
        Map<Long, Long> saldoer = new java.util.HashMap<>(Map.of(1L, 100_000L));
        Map<Long, Long> under = Bokfoeringsregler.underNull(saldoer, endring);
        assertThat(under).containsExactly(Map.entry(1L, 600_000L));
        List<Transaksjon> tilbake = Bokfoeringsregler.tilbakebetalt(UUID::randomUUID, "s", DAG, under, plassert, motregnet);
        assertThat(tilbake).hasSize(2);
        assertThat(tilbake.get(0).type()).isEqualTo(Transaksjonstype.MOTREGNING_TILBAKEBETALT);
        assertThat(tilbake.get(0).innbetalingId()).isEqualTo(m);
        assertThat(tilbake.get(0).posteringer()).containsExactly(
                new Postering(Konto.SKYLDNER_FORDRING, KRAV, 1L, Posteringsart.MOTREGNET, 500_000),
                new Postering(Konto.TIL_UTBETALING, null, null, Posteringsart.TILBAKEBETALING, -500_000));
        assertThat(tilbake.get(1).type()).isEqualTo(Transaksjonstype.PLASSERING_TILBAKEBETALT);
        assertThat(tilbake.get(1).innbetalingId()).isEqualTo(b);
        assertThat(tilbake.get(1).posteringer().getLast().beloepOre()).isEqualTo(-100_000);
        // 100 000 + 500 000 + 100 000 - 700 000 = 0
        for (Transaksjon t : tilbake) Bokfoeringsregler.flyttLinjesaldoer(saldoer, t);
        Bokfoeringsregler.flyttLinjesaldoer(saldoer, endring);
        assertThat(saldoer).containsEntry(1L, 0L);
    }
}

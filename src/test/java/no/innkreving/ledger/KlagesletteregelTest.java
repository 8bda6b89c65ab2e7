package no.innkreving.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.domain.Bokfoeringsregler;
import no.innkreving.ledger.domain.Postering;
import no.innkreving.ledger.domain.Transaksjon;
import no.innkreving.ledger.domain.Transaksjonstype;
import org.junit.jupiter.api.Test;

/**
 * Deleting a claim after an upheld complaint, and forgiving it (waiver), as postings. Worked example: principal
 * 15 000,00 and interest 1 500,00; one payment of 10 000,00 placed interest first: 1 500,00 on the interest line
 * and 8 500,00 on the principal, so 6 500,00 (650 000 øre) is left on the principal and 0 on the interest.
 */
class KlagesletteregelTest {
    private static final UUID KRAV = UUID.randomUUID();
    private static final UUID BETALING = UUID.randomUUID();
    private static final LocalDate DAG = LocalDate.of(2027, 3, 1);
    private final Linjesaldo hovedstol = new Linjesaldo(1, Linjetype.HOVEDSTOL, null, null, 1_500_000, 1_500_000, 650_000);
    private final Linjesaldo renter = new Linjesaldo(2, Linjetype.RENTER, "STRAFFERENTE", DAG.minusMonths(3), 150_000, 150_000, 0);

    /**
     * Each line moves down by what is left plus what was placed: principal 650 000 + 850 000 = 1 500 000, interest
     * 0 + 150 000 = 150 000; the creditor's side takes the 1 650 000 back. The lines would stand at -850 000 and
     * -150 000: the payment is owed back exactly that, 1 000 000 øre, booked first, so each line ends at 0.
     */
    @Test
    void sletting_tar_linjene_til_null_og_betaler_tilbake_det_plasserte() {
        Map<Long, Long> plassert = Map.of(1L, 850_000L, 2L, 150_000L);
        Transaksjon t = Bokfoeringsregler.slettetEtterKlage(UUID.randomUUID(), KRAV, DAG, List.of(hovedstol, renter), plassert);
        assertThat(t.type()).isEqualTo(Transaksjonstype.KLAGE_TATT_TIL_FOELGE);
        assertThat(t.posteringer()).filteredOn(p -> p.konto() == Konto.SKYLDNER_FORDRING)
                .extracting(Postering::kravlinjeId, Postering::beloepOre).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, -1_500_000L), org.assertj.core.groups.Tuple.tuple(2L, -150_000L));
        assertThat(t.posteringer()).filteredOn(p -> p.konto() == Konto.OPPDRAGSGIVER_OVERTATT).singleElement()
                .extracting(Postering::beloepOre).isEqualTo(1_650_000L);
        assertThat(t.posteringer().stream().mapToLong(Postering::beloepOre).sum()).isZero();

        Map<Long, Long> saldoer = new java.util.HashMap<>(Map.of(1L, 650_000L, 2L, 0L));
        Map<Long, Long> under = Bokfoeringsregler.underNull(saldoer, t);
        assertThat(under).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 850_000L, 2L, 150_000L));
        List<Transaksjon> tilbake = Bokfoeringsregler.tilbakebetalt(UUID::randomUUID, "01838012317", DAG, under, List.of(
                new PlassertBeloep(KRAV, 2, BETALING, 150_000, DAG.minusDays(20)), new PlassertBeloep(KRAV, 1, BETALING, 850_000, DAG.minusDays(20))), List.of());
        assertThat(tilbake).singleElement().satisfies(r -> assertThat(r.posteringer().getLast().beloepOre()).isEqualTo(-1_000_000));
        for (Transaksjon r : tilbake) Bokfoeringsregler.flyttLinjesaldoer(saldoer, r);
        Bokfoeringsregler.flyttLinjesaldoer(saldoer, t);
        assertThat(saldoer).containsEntry(1L, 0L).containsEntry(2L, 0L);
    }

    /** A waiver forgives only what is left: 650 000 off the principal, nothing off the paid interest line, nothing refunded. */
    @Test
    void ettergivelse_avskriver_bare_det_som_gjenstaar() {
        Transaksjon t = Bokfoeringsregler.ettergitt(UUID.randomUUID(), KRAV, DAG, List.of(hovedstol, renter));
        assertThat(t.type()).isEqualTo(Transaksjonstype.ETTERGITT);
        assertThat(t.posteringer()).filteredOn(p -> p.konto() == Konto.SKYLDNER_FORDRING).singleElement()
                .satisfies(p -> {
                    assertThat(p.kravlinjeId()).isEqualTo(1L);
                    assertThat(p.beloepOre()).isEqualTo(-650_000L);
                });
        Map<Long, Long> saldoer = new java.util.HashMap<>(Map.of(1L, 650_000L, 2L, 0L));
        assertThat(Bokfoeringsregler.underNull(saldoer, t)).isEmpty();
    }
}

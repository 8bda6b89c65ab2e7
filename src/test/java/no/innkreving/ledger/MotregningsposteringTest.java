package no.innkreving.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.domain.Bokfoeringsregler;
import no.innkreving.ledger.domain.Postering;
import no.innkreving.ledger.domain.Posteringsart;
import no.innkreving.ledger.domain.Transaksjon;
import no.innkreving.ledger.domain.Transaksjonstype;
import org.junit.jupiter.api.Test;

/** Offset (motregning) as postings (decision 0048): every øre of the amount goes on a claim line or to the payout. */
class MotregningsposteringTest {
    static final UUID MOTKRAV = new UUID(7, 7);
    static final UUID KRAV = new UUID(1, 1);
    static final LocalDate DAG = LocalDate.of(2026, 6, 20);

    @Test
    void beloepet_dekker_linjer_og_resten_skal_utbetales() {
        // 20 000,00 received: 400,00 + 4 000,00 on two lines, 15 600,00 owed back; 2 000 000 - 40 000 - 400 000 - 1 560 000 = 0
        Transaksjon t = Bokfoeringsregler.motregning(UUID.randomUUID(), MOTKRAV, "01838012317", DAG, 2_000_000,
                List.of(new Linjeplassering(KRAV, 12, 40_000), new Linjeplassering(KRAV, 11, 400_000)), 1_560_000);
        assertThat(t.type()).isEqualTo(Transaksjonstype.MOTREGNING);
        assertThat(t.innbetalingId()).isEqualTo(MOTKRAV);
        assertThat(t.posteringer()).containsExactly(
                new Postering(Konto.MOTREGNING, null, null, Posteringsart.MOTREGNET, 2_000_000),
                new Postering(Konto.SKYLDNER_FORDRING, KRAV, 12L, Posteringsart.MOTREGNET, -40_000),
                new Postering(Konto.SKYLDNER_FORDRING, KRAV, 11L, Posteringsart.MOTREGNET, -400_000),
                new Postering(Konto.TIL_UTBETALING, null, null, Posteringsart.TILBAKEBETALING, -1_560_000));
        // the unit of work's guard: a line not read, or taken below zero, refuses it
        Map<Long, Long> lest = new HashMap<>(Map.of(12L, 40_000L, 11L, 400_000L));
        Bokfoeringsregler.flyttLinjesaldoer(lest, t);
        assertThat(lest).containsEntry(12L, 0L).containsEntry(11L, 0L);
        assertThatThrownBy(() -> Bokfoeringsregler.flyttLinjesaldoer(new HashMap<>(Map.of(12L, 40_000L)), t))
                .hasMessageContaining("not read");
    }

    @Test
    void et_oere_paa_avveie_avvises() {
        assertThatThrownBy(() -> Bokfoeringsregler.motregning(UUID.randomUUID(), MOTKRAV, "x", DAG, 100,
                List.of(new Linjeplassering(KRAV, 11, 60)), 39)).hasMessageContaining("is not the amount");
        assertThatThrownBy(() -> Bokfoeringsregler.motregning(UUID.randomUUID(), MOTKRAV, "x", DAG, 0, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

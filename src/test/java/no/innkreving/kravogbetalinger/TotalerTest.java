package no.innkreving.kravogbetalinger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.kravogbetalinger.Oversikt;
import no.innkreving.kravogbetalinger.Oversikt.Forfall;
import no.innkreving.kravogbetalinger.Oversikt.Innbetaling;
import no.innkreving.kravogbetalinger.Oversikt.Krav;
import no.innkreving.kravogbetalinger.Oversikt.Totaler;
import org.junit.jupiter.api.Test;

/** The totals of aapnekrav: which sums go where, and the sign of the unplaced money. */
class TotalerTest {
    static final LocalDate IDAG = LocalDate.of(2026, 3, 5);

    static Krav krav(String gruppe, LocalDate forfall, long gjenstaaende, long renter) {
        return new Krav(UUID.randomUUID(), "T", "T", gruppe, IDAG.minusMonths(1), null, gjenstaaende, gjenstaaende, renter,
                List.of(new Forfall("1", forfall, gjenstaaende, gjenstaaende, null, List.of())));
    }

    static Innbetaling uplassert(long ore) {
        return new Innbetaling(UUID.randomUUID(), IDAG, ore, ore, "76940500121", null, null);
    }

    /*
     * Skatt: 10 000,00 due yesterday with 200,00 interest, 5 000,00 due tomorrow. Øvrige: 1 277,00 due today (not yet
     * passed). Unplaced: 300,00 and 50,00.
     * Skatt: renter 200,00, forfalt 10 000,00, ikke forfalt 5 000,00, saldo 15 200,00.
     * Øvrige: ikke forfalt 1 277,00, saldo 1 277,00.
     * Total: renter 200,00, forfalt 10 000,00, ikke forfalt 6 277,00; unplaced +350,00 (the sum of the two payments'
     * uplassertBeloep as listed, both positive); saldo 16 477,00 - 350,00 = 16 127,00.
     * Before the fix the unplaced sum was answered as -350,00 beside payments listed as +300,00 and +50,00.
     */
    @Test
    void summer_per_gruppe_og_uplassert_som_summen_av_de_listede_beloepene() {
        Totaler t = Totaler.av(List.of(
                        krav("Skatt", IDAG.minusDays(1), 1_000_000, 20_000),
                        krav("Skatt", IDAG.plusDays(1), 500_000, 0),
                        krav("Øvrige offentlige krav", IDAG, 127_700, 0)),
                List.of(uplassert(30_000), uplassert(5_000)), IDAG);
        assertThat(t.perKravgruppe().get("Skatt")).isEqualTo(new Oversikt.Sum(20_000, 1_000_000, 500_000));
        assertThat(t.perKravgruppe().get("Skatt").saldoOre()).isEqualTo(1_520_000);
        assertThat(t.perKravgruppe().get("Øvrige offentlige krav")).isEqualTo(new Oversikt.Sum(0, 0, 127_700));
        assertThat(t.total()).isEqualTo(new Oversikt.Sum(20_000, 1_000_000, 627_700));
        assertThat(t.uplasserteOre()).isEqualTo(35_000);
        assertThat(t.saldoOre()).isEqualTo(1_612_700);
    }

    /* The spec's 2024 example recomputed: two claims of 10 000,00 due, 200,00 interest each, nothing unplaced: 20 400,00. */
    @Test
    void spesifikasjonens_eksempel() {
        Totaler t = Totaler.av(List.of(krav("Skatt", LocalDate.of(2023, 2, 21), 1_000_000, 20_000),
                krav("Skatt", LocalDate.of(2023, 2, 21), 1_000_000, 20_000)), List.of(), IDAG);
        assertThat(t.total()).isEqualTo(new Oversikt.Sum(40_000, 2_000_000, 0));
        assertThat(t.uplasserteOre()).isZero();
        assertThat(t.saldoOre()).isEqualTo(2_040_000);
    }
}

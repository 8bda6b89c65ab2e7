package no.innkreving.dunning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.innkreving.dunning.domain.Purreregel.Frister;
import no.innkreving.dunning.domain.Purreregel.Neste;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.dunning.domain.Purreregel.Steg;
import no.innkreving.dunning.domain.Purreregel.TattSteg;
import org.junit.jupiter.api.Test;

/**
 * Worked examples with the default terms (V22, decision 0037): reminder 14 days after the due date with a 14-day term,
 * notice the day after that term, the notice's deadline 14 days (tvangsfullbyrdelsesloven § 4-18 first ledd: two
 * weeks), ready for enforcement the day after it. Deadlines on a weekend or holiday move to the next business day.
 */
class PurreregelTest {
    static final Frister STANDARD = new Frister(14, 14, 14, 0, "V22");
    static final LocalDate FORFALL = LocalDate.of(2025, 6, 16); // Monday

    static Neste neste(long gjenstaaende, List<TattSteg> tatt, LocalDate dato) {
        return Purreregel.neste(FORFALL, gjenstaaende, tatt, Optional.empty(), STANDARD, dato);
    }

    /*
     * Due Monday 16 June 2025: 16 June + 14 = Monday 30 June, the reminder's day (29 June is too early). Its deadline
     * 30 June + 14 = Monday 14 July; the notice goes on the first day after, Tuesday 15 July, with the deadline
     * 15 July + 14 = Tuesday 29 July; on Wednesday 30 July the claim is ready for enforcement.
     */
    @Test
    void purring_varsel_og_klar_paa_haandregnede_datoer() {
        assertThat(neste(1_000_000, List.of(), LocalDate.of(2025, 6, 29))).isEqualTo(new Neste.Ingen());
        assertThat(neste(1_000_000, List.of(), LocalDate.of(2025, 6, 30)))
                .isEqualTo(new Neste.Send(Steg.PURRING, 1_000_000, LocalDate.of(2025, 7, 14)));
        var purret = List.of(new TattSteg(Steg.PURRING, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 14)));
        assertThat(neste(1_000_000, purret, LocalDate.of(2025, 7, 1))).isEqualTo(new Neste.Ingen());
        assertThat(neste(1_000_000, purret, LocalDate.of(2025, 7, 14))).isEqualTo(new Neste.Ingen());
        assertThat(neste(1_000_000, purret, LocalDate.of(2025, 7, 15)))
                .isEqualTo(new Neste.Send(Steg.VARSEL_OM_TVANGSFULLBYRDELSE, 1_000_000, LocalDate.of(2025, 7, 29)));
        var varslet = List.of(purret.getFirst(),
                new TattSteg(Steg.VARSEL_OM_TVANGSFULLBYRDELSE, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 29)));
        assertThat(neste(1_000_000, varslet, LocalDate.of(2025, 7, 29))).isEqualTo(new Neste.Ingen());
        assertThat(neste(1_000_000, varslet, LocalDate.of(2025, 7, 30))).isEqualTo(new Neste.KlarForTvangsinnkreving(1_000_000));
        var klar = List.of(purret.getFirst(), varslet.get(1), new TattSteg(Steg.KLAR_FOR_TVANGSINNKREVING, LocalDate.of(2025, 7, 30), null));
        assertThat(neste(1_000_000, klar, LocalDate.of(2025, 8, 30))).isEqualTo(new Neste.Ingen());
    }

    /* A reminder run late, on Saturday 5 July 2025: 5 July + 14 = Saturday 19 July, moved to Monday 21 July. */
    @Test
    void frist_paa_en_loerdag_flyttes_til_mandag() {
        assertThat(neste(1_000_000, List.of(), LocalDate.of(2025, 7, 5)))
                .isEqualTo(new Neste.Send(Steg.PURRING, 1_000_000, LocalDate.of(2025, 7, 21)));
    }

    @Test
    void betalt_gir_intet_delbetalt_gir_purring_for_resten_stans_gir_intet() {
        assertThat(neste(0, List.of(), LocalDate.of(2025, 6, 30))).isEqualTo(new Neste.Ingen());
        // 10 000,00 less 4 000,00 paid: the reminder is for 6 000,00
        assertThat(neste(600_000, List.of(), LocalDate.of(2025, 6, 30)))
                .isEqualTo(new Neste.Send(Steg.PURRING, 600_000, LocalDate.of(2025, 7, 14)));
        assertThat(Purreregel.neste(FORFALL, 600_000, List.of(), Optional.of(Stansgrunn.UTSATT_IVERKSETTELSE), STANDARD,
                LocalDate.of(2025, 6, 30))).isEqualTo(new Neste.Ingen());
    }

    @Test
    void et_varsel_gir_minst_to_uker_og_ingen_purregebyr() {
        assertThatThrownBy(() -> new Frister(14, 14, 13, 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Frister(14, 14, 14, 7_000, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}

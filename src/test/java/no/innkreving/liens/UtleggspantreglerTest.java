package no.innkreving.liens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.liens.domain.Utleggspantregler;
import no.innkreving.liens.domain.Utleggspantregler.Kravfakta;
import org.junit.jupiter.api.Test;

/** Worked examples of the lien rules (tvangsfullbyrdelsesloven §§ 4-18, 7-26; domstolloven §§ 148, 149). */
class UtleggspantreglerTest {

    /*
     * Told Tuesday 10.03.2026: one month is Friday 10.04.2026 (2026-01-01 is a Thursday; 10.04 is 31+28+31+9 = 99
     * days later, 99 = 14·7 + 1, a Friday; Easter Monday is 06.04.2026, so no holiday): the deadline is 10.04.2026.
     */
    @Test
    void klagefrist_en_maaned() {
        assertThat(Utleggspantregler.klagefrist(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    /*
     * Told Saturday 31.01.2026: February has no 31st, so the month ends on its last day, Saturday 28.02.2026 (31.01 is
     * 30 days after Thursday 01.01, 30 = 4·7 + 2, a Saturday; 28 days later is a Saturday too): the deadline runs to
     * Monday 02.03.2026 (§ 149).
     */
    @Test
    void klagefrist_maanedens_siste_dag_og_helg() {
        assertThat(Utleggspantregler.klagefrist(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void krav_maa_vaere_skyldnerens_klart_og_ikke_stanset() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(Utleggspantregler.provKrav("S", List.of(new Kravfakta(a, "S", 100, true, null)))).isEmpty();
        assertThat(Utleggspantregler.provKrav("S", List.of(new Kravfakta(a, "S", 100, true, null), new Kravfakta(b, null, 0, false, null))))
                .hasValueSatisfying(x -> assertThat(x.indeks()).isEqualTo(1)).get().extracting(x -> x.type()).isEqualTo("ukjent-krav");
        assertThat(Utleggspantregler.provKrav("S", List.of(new Kravfakta(a, "T", 100, true, null)))).get()
                .extracting(x -> x.type()).isEqualTo("krav-tilhoerer-ikke-skyldner");
        assertThat(Utleggspantregler.provKrav("S", List.of(new Kravfakta(a, "S", 100, false, null)))).get()
                .extracting(x -> x.type()).isEqualTo("krav-ikke-klart-for-tvangsinnkreving");
        assertThat(Utleggspantregler.provKrav("S", List.of(new Kravfakta(a, "S", 100, true, "BETALINGSAVTALE")))).get()
                .extracting(x -> x.type()).isEqualTo("krav-er-stanset");
        assertThat(Utleggspantregler.provKrav("S", List.of(new Kravfakta(a, "S", 0, false, null)))).get()
                .extracting(x -> x.type()).isEqualTo("krav-er-oppgjort");
    }

    @Test
    void statusoverganger() {
        LocalDate frist = LocalDate.of(2026, 4, 10);
        assertThat(Utleggspantregler.provStatusendring(Pantestatus.REGISTRERT, Pantestatus.TVANGSSALG_BEGJAERT, frist, frist, false)).isPresent();
        assertThat(Utleggspantregler.provStatusendring(Pantestatus.REGISTRERT, Pantestatus.TVANGSSALG_BEGJAERT, frist.plusDays(1), frist, false)).isEmpty();
        assertThat(Utleggspantregler.provStatusendring(Pantestatus.REGISTRERT, Pantestatus.TVANGSSALG_BEGJAERT, frist.plusDays(1), frist, true)).isPresent();
        assertThat(Utleggspantregler.provStatusendring(Pantestatus.SLETTET, Pantestatus.REGISTRERT, frist, frist, false)).isPresent();
        assertThat(Utleggspantregler.provStatusendring(Pantestatus.BEGJAERT_HOS_NAMSMANNEN, Pantestatus.REGISTRERT, frist, frist, false)).isEmpty();
        assertThat(Utleggspantregler.provStatusendring(Pantestatus.BEGJAERT_HOS_NAMSMANNEN, Pantestatus.TVANGSSALG_BEGJAERT, frist.plusDays(9), frist, false)).isPresent();
    }
}

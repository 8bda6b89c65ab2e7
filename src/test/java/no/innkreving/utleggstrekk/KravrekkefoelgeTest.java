package no.innkreving.utleggstrekk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.utleggstrekk.domain.Kravrekkefoelge;
import no.innkreving.utleggstrekk.domain.Kravrekkefoelge.Krav;
import org.junit.jupiter.api.Test;

/** The order a garnishment's money covers its claims in: dekningsloven § 2-8 groups a-e, then first in time. */
class KravrekkefoelgeTest {
    private static final UUID E_GAMMEL = UUID.fromString("00000000-0000-0000-0000-000000000005");
    private static final UUID E_NY = UUID.fromString("00000000-0000-0000-0000-000000000004");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-000000000009");

    @Test
    void bedre_gruppe_foerst_saa_foerst_forfalt() {
        // group a (support) before d (taxes) before e; within e the claim due 01.02 before the one due 01.03,
        // whatever order they were listed in
        List<UUID> r = Kravrekkefoelge.ordne(List.of(
                new Krav(E_NY, 'e', LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)),
                new Krav(D, 'd', LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1)),
                new Krav(E_GAMMEL, 'e', LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)),
                new Krav(A, 'a', LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 1))));
        assertThat(r).containsExactly(A, D, E_GAMMEL, E_NY);
    }

    @Test
    void lik_forfallsdato_avgjoeres_av_bokfoering_og_saa_id() {
        LocalDate f = LocalDate.of(2025, 3, 1);
        assertThat(Kravrekkefoelge.ordne(List.of(new Krav(E_GAMMEL, 'e', f, f), new Krav(E_NY, 'e', f, f))))
                .containsExactly(E_NY, E_GAMMEL);
        assertThat(Kravrekkefoelge.ordne(List.of(new Krav(E_NY, 'e', f, f.plusDays(1)), new Krav(E_GAMMEL, 'e', f, f))))
                .containsExactly(E_GAMMEL, E_NY);
    }
}

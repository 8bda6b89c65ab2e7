package no.innkreving.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.innkreving.payments.domain.AapenPost;
import no.innkreving.payments.domain.Dekningsregel;
import no.innkreving.payments.domain.Dekningsrekkefoelge;
import no.innkreving.payments.domain.Fordeling;
import no.innkreving.payments.domain.Linjeart;
import no.innkreving.payments.domain.Plassering;
import no.innkreving.payments.domain.Rest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Worked examples of the allocation order read from payments/dekningsrekkefoelge.properties. */
class DekningsregelTest {
    static final LocalDate IDAG = LocalDate.of(2026, 3, 1);
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    // Claim A: due 15 January, booked 15 December: interest 120,00 and principal 1 000,00.
    static final AapenPost A_RENTER = new AapenPost(A, 1, Linjeart.RENTER, LocalDate.of(2026, 1, 15), LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 15), 12_000);
    static final AapenPost A_HOVEDSTOL = new AapenPost(A, 2, Linjeart.HOVEDSTOL, LocalDate.of(2026, 1, 15), LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 15), 100_000);
    // Claim B: due 1 February: principal 5 000,00.
    static final AapenPost B_HOVEDSTOL = new AapenPost(B, 3, Linjeart.HOVEDSTOL, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), 500_000);
    // Claim C: not due until 1 April: principal 3 000,00.
    static final AapenPost C_HOVEDSTOL = new AapenPost(C, 4, Linjeart.HOVEDSTOL, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 20), 300_000);

    static Dekningsrekkefoelge regel;

    @BeforeAll
    static void lesRegel() throws Exception {
        try (InputStream in = DekningsregelTest.class.getResourceAsStream("/payments/dekningsrekkefoelge.properties")) {
            regel = Dekningsrekkefoelge.fra(in);
        }
        assertThat(regel.linjeorden()).containsExactly(Linjeart.GEBYR, Linjeart.RENTER, Linjeart.HOVEDSTOL);
    }

    /** 2 000,00 without KID: A is due first (interest 120, principal 1 000), the remaining 880 goes to B. */
    @Test
    void delbetaling_over_to_krav_i_rekkefoelge() {
        Fordeling f = Dekningsregel.fordel(200_000, List.of(B_HOVEDSTOL, A_HOVEDSTOL, A_RENTER), null, IDAG, regel);
        assertThat(f.plasseringer()).containsExactly(new Plassering(A, 1, 12_000), new Plassering(A, 2, 100_000),
                new Plassering(B, 3, 88_000));
        assertThat(f.rest()).isEqualTo(new Rest.Ingen());
    }

    /** 2 000,00 with B's KID: the designated claim goes first, even though A fell due earlier. */
    @Test
    void kid_utpeker_kravet_som_dekkes_foerst() {
        Fordeling f = Dekningsregel.fordel(200_000, List.of(A_RENTER, A_HOVEDSTOL, B_HOVEDSTOL), B, IDAG, regel);
        assertThat(f.plasseringer()).containsExactly(new Plassering(B, 3, 200_000));
        assertThat(f.rest()).isEqualTo(new Rest.Ingen());
    }

    /** 7 000,00 with A's KID: A 1 120,00, then due B 5 000,00; 880,00 left with nothing open -> refunded. */
    @Test
    void overbetaling_uten_flere_aapne_krav_tilbakebetales() {
        Fordeling f = Dekningsregel.fordel(700_000, List.of(A_RENTER, A_HOVEDSTOL, B_HOVEDSTOL), A, IDAG, regel);
        assertThat(f.plasseringer()).containsExactly(new Plassering(A, 1, 12_000), new Plassering(A, 2, 100_000),
                new Plassering(B, 3, 500_000));
        assertThat(f.rest()).isEqualTo(new Rest.Tilbakebetal(88_000));
    }

    /**
     * The same, but C (3 000,00) is open and not yet due: it is not paid early, and the 880,00 are refunded, not held
     * for it (decision 0028; the rule file says TILBAKEBETAL).
     */
    @Test
    void overbetaling_tilbakebetales_ogsaa_naar_krav_som_ikke_er_forfalt_er_aapne() {
        Fordeling f = Dekningsregel.fordel(700_000, List.of(A_RENTER, A_HOVEDSTOL, B_HOVEDSTOL, C_HOVEDSTOL), A, IDAG, regel);
        assertThat(f.plasseringer()).extracting(Plassering::kravId).doesNotContain(C);
        assertThat(f.rest()).isEqualTo(new Rest.Tilbakebetal(88_000));
    }

    /** A payment with C's KID may pay C before it is due: the payer chose it. */
    @Test
    void utpekt_krav_kan_betales_foer_forfall() {
        Fordeling f = Dekningsregel.fordel(50_000, List.of(A_RENTER, C_HOVEDSTOL), C, IDAG, regel);
        assertThat(f.plasseringer()).containsExactly(new Plassering(C, 4, 50_000));
    }

    @Test
    void sum_stemmer_og_rekkefoelgen_avhenger_ikke_av_inndata() {
        List<AapenPost> poster = new ArrayList<>(List.of(A_RENTER, A_HOVEDSTOL, B_HOVEDSTOL, C_HOVEDSTOL));
        Fordeling foerste = Dekningsregel.fordel(333_333, poster, null, IDAG, regel);
        Random r = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(poster, r);
            Fordeling f = Dekningsregel.fordel(333_333, poster, null, IDAG, regel);
            assertThat(f).isEqualTo(foerste);
        }
        long plassert = foerste.plasseringer().stream().mapToLong(Plassering::beloepOre).sum();
        long rest = foerste.rest() instanceof Rest.Hold h ? h.ore() : foerste.rest() instanceof Rest.Tilbakebetal t ? t.ore() : 0;
        assertThat(plassert + rest).isEqualTo(333_333);
        assertThat(Dekningsregel.fordel(0, poster, null, IDAG, regel).plasseringer()).isEmpty();
        assertThat(Dekningsregel.fordel(100, List.of(), null, IDAG, regel).rest()).isEqualTo(new Rest.Tilbakebetal(100));
    }

    /**
     * A KID standing for the set [B, A] (a garnishment's claims by priority): 5 500,00 covers B first in full
     * (5 000,00), then A's interest (120,00), then 380,00 of A's principal: 500 000 + 12 000 + 38 000 = 550 000 øre.
     */
    @Test
    void kid_for_et_kravsett_dekker_kravene_i_settets_rekkefoelge() {
        Fordeling f = Dekningsregel.fordelPaaSett(550_000, List.of(A_RENTER, A_HOVEDSTOL, B_HOVEDSTOL), List.of(B, A), IDAG, regel);
        assertThat(f.plasseringer()).containsExactly(new Plassering(B, 3, 500_000), new Plassering(A, 1, 12_000),
                new Plassering(A, 2, 38_000));
        assertThat(f.rest()).isEqualTo(new Rest.Ingen());
    }
}

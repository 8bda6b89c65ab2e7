package no.innkreving.portal.skyldner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.dunning.Purringer;
import no.innkreving.kravogbetalinger.Oversikt;
import no.innkreving.ledger.Avskrivning.Grunn;
import no.innkreving.suspension.Stansgrunn;
import org.junit.jupiter.api.Test;

/** Where a claim stands, in the debtor's words: the furthest dunning step first, then holds and pending cases. */
class KravstatusTest {
    private static final UUID ID = UUID.randomUUID();
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static Oversikt.Krav krav(long gjenstaaende) {
        return new Oversikt.Krav(ID, "T", "Krav", "Gruppe", D, null, 100_000, gjenstaaende, 0, List.of());
    }

    private static Purringer.Purrestatus purring(boolean klar, String... steg) {
        return new Purringer.Purrestatus(ID, java.util.Arrays.stream(steg).map(s -> new Purringer.Purresteg(s, D, D.plusDays(14), null, 1)).toList(), klar);
    }

    @Test
    void trinnene_i_innkrevingen() {
        assertThat(Skyldneroversikt.status(krav(100_000), purring(false), null, List.of())).containsExactly("Fakturert");
        assertThat(Skyldneroversikt.status(krav(100_000), purring(false, "PURRING"), null, List.of())).containsExactly("Purret");
        assertThat(Skyldneroversikt.status(krav(100_000), purring(false, "PURRING", "VARSEL_OM_TVANGSFULLBYRDELSE"), null, List.of()))
                .containsExactly("Varsel om tvangsinnkreving sendt");
        assertThat(Skyldneroversikt.status(krav(100_000), purring(true, "PURRING", "VARSEL_OM_TVANGSFULLBYRDELSE"), null, List.of()))
                .containsExactly("Under tvangsinnkreving");
    }

    @Test
    void stans_og_klage_kommer_i_tillegg_og_betalt_er_betalt() {
        assertThat(Skyldneroversikt.status(krav(100_000), purring(false, "PURRING"), Stansgrunn.BETALINGSUTSETTELSE, List.of("Klage under behandling")))
                .containsExactly("Purret", "Betalingen er utsatt", "Klage under behandling");
        assertThat(Skyldneroversikt.status(krav(100_000), purring(false), Stansgrunn.UTSATT_IVERKSETTELSE, List.of()))
                .containsExactly("Fakturert", "Innkrevingen er stanset mens saken behandles");
        assertThat(Skyldneroversikt.status(krav(0), purring(false, "PURRING"), Stansgrunn.BETALINGSAVTALE, List.of())).containsExactly("Betalt");
    }

    @Test
    void et_avskrevet_krav_er_ikke_betalt_men_sier_hvorfor_det_er_borte() {
        assertThat(Skyldneroversikt.status(krav(0), purring(false), null, List.of(), Grunn.KLAGE_TATT_TIL_FOELGE))
                .containsExactly("Slettet etter klage");
        assertThat(Skyldneroversikt.status(krav(0), purring(false), null, List.of(), Grunn.ETTERGITT)).containsExactly("Ettergitt");
        assertThat(Skyldneroversikt.status(krav(0), purring(true), null, List.of(), Grunn.FORELDET))
                .containsExactly("Foreldet: du skal ikke betale det som gjenstod");
        assertThat(Skyldneroversikt.status(krav(0), purring(false), null, List.of(), Grunn.AVSKREVET_AV_OPPDRAGSGIVER))
                .containsExactly("Trukket tilbake av oppdragsgiver");
        // still owed: a write-off of one line (time-barred interest) does not hide the collection step
        assertThat(Skyldneroversikt.status(krav(100_000), purring(false, "PURRING"), null, List.of(), Grunn.FORELDET))
                .containsExactly("Purret");
    }
}

package no.innkreving.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.invoicing.domain.Betalingsfrist;
import no.innkreving.ledger.KravTilBokfoering;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Saldoer;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payment term is the claim type's, and the due date a business day. A test type with a 14-day term beside a
 * 21-day one, so a fallback to one term for all types would fail here. Dates derived by hand (Easter Sunday 2027 is
 * 28 March; 2. pinsedag 2027 is 17 May, the same day as Grunnlovsdagen).
 */
class BetalingsfristTest extends ApiTestBase {
    @Autowired
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    ClaimTypeCatalogue katalog;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    @Test
    void frist_per_kravtype_og_forfall_paa_virkedag() {
        jdbc.update("""
                insert into kravtype (kode, oppdragsgiver, navn_for_skyldner, aktiv, gjelder_person, gjelder_organisasjon,
                    prioritetsgruppe, trekkperiode_maaneder, kilde, betalingsfrist_dager, betalingsfrist_kilde)
                values ('TEST_FRIST_14_DAGER', '986186085', 'Test', true, true, true, 'e', 24, 'test', 14, 'test: another term')
                on conflict do nothing""");
        katalog.reload();
        assertThat(katalog.kravtype("TILBAKEKREVING_BARNETRYGD").orElseThrow().betalingsfristDager()).isEqualTo(21);

        // Booked and invoiced Thursday 11 March 2027.
        // 14 days: Thursday 25 March, Skjærtorsdag; 26 Langfredag, 27 Saturday, 28 1. påskedag, 29 2. påskedag:
        //          due Tuesday 30 March.
        // 21 days: Thursday 1 April, a business day: due that day.
        tidsmaskin.reisTil(LocalDate.of(2027, 3, 11));
        UUID kort = bokfoer("TEST_FRIST_14_DAGER", "986186085");
        UUID lang = bokfoer("TILBAKEKREVING_BARNETRYGD", NAV);
        assertThat(forfall(kort)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(forfall(lang)).isEqualTo(LocalDate.of(2027, 4, 1));

        // Booked Monday 3 May 2027. 14 days: Monday 17 May (Grunnlovsdag and 2. pinsedag): due Tuesday 18 May.
        // 21 days: Monday 24 May, a business day.
        tidsmaskin.reisTil(LocalDate.of(2027, 5, 3));
        assertThat(forfall(bokfoer("TEST_FRIST_14_DAGER", "986186085"))).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(forfall(bokfoer("TILBAKEKREVING_BARNETRYGD", NAV))).isEqualTo(LocalDate.of(2027, 5, 24));

        // Booked Friday 11 December 2026. 14 days: Friday 25 December (1. juledag), 26 2. juledag, 27 Sunday: due
        // Monday 28 December. 21 days: Friday 1 January 2027 (1. nyttårsdag), then the weekend: Monday 4 January.
        tidsmaskin.reisTil(LocalDate.of(2026, 12, 11));
        assertThat(forfall(bokfoer("TEST_FRIST_14_DAGER", "986186085"))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(forfall(bokfoer("TILBAKEKREVING_BARNETRYGD", NAV))).isEqualTo(LocalDate.of(2027, 1, 4));

        // Booked Thursday 3 December 2026, 21 days: Thursday 24 December (julaften), a business day.
        tidsmaskin.reisTil(LocalDate.of(2026, 12, 3));
        assertThat(forfall(bokfoer("TILBAKEKREVING_BARNETRYGD", NAV))).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void sendt_en_senere_dag_regnes_fristen_fra_sendingen() {
        // Dated and given its due date Thursday 11 March 2027 (21 days: 1 April), but sent Friday 12 March: 21 days
        // from then is Friday 2 April, a business day; the later date stands.
        assertThat(Betalingsfrist.utsattVedSending(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 12), 21))
                .contains(LocalDate.of(2027, 4, 2));
        // Sent the day it was dated: the date stands.
        assertThat(Betalingsfrist.utsattVedSending(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 11), 21)).isEmpty();
        // 14 days dated Monday 8 March (due Monday 22 March), sent Thursday 11 March: 25 March is Skjærtorsdag, due
        // Tuesday 30 March.
        assertThat(Betalingsfrist.utsattVedSending(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 11), 14))
                .contains(LocalDate.of(2027, 3, 30));
    }

    private UUID bokfoer(String kravtype, String oppdragsgiver) {
        UUID id = UUID.randomUUID();
        // a valid fødselsnummer (check digits 4 and 3): the sender makes a Skyldner of it
        bokfoering.bokfoer(List.of(new KravTilBokfoering(id, "01017012343", "PERSON", oppdragsgiver, kravtype,
                idag().minusDays(5), idag().minusDays(5), 100_000, List.of())));
        return id;
    }

    private LocalDate forfall(UUID krav) {
        List<Kravforfall> f = saldoer.forfall(List.of(krav));
        assertThat(f).hasSize(1);
        assertThat(f.getFirst().beloepOre()).isEqualTo(100_000);
        return f.getFirst().forfallsdato();
    }
}

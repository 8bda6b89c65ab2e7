package no.innkreving.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.intake.domain.Avvisning;
import no.innkreving.intake.domain.Endringsregler;
import no.innkreving.intake.domain.Mottaksstatus;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import org.junit.jupiter.api.Test;

/** Decision 0031: a claim still being checked answers 409 (resend later), one that will never be booked 404. */
class EndringsreglerTest {

    private static Oppdragstilstand med(Mottaksstatus status) {
        return new Oppdragstilstand(UUID.randomUUID(), "889640782", "K-1", "TILBAKEKREVING_BARNETRYGD", Identifikatortype.PERSON,
                "01010012345", 1_500_000, List.of(), "SAK-1", LocalDate.of(2026, 1, 1), null, status, Instant.now(), null);
    }

    @Test
    void ennaaIkkeReskontrofoertEr409AldriReskontrofoertEr404() {
        for (Mottaksstatus s : List.of(Mottaksstatus.MOTTATT_IKKE_BEHANDLET, Mottaksstatus.MOTTATT_UNDER_BEHANDLING)) {
            Avvisning a = Endringsregler.kanEndres(med(s), null).orElseThrow();
            assertThat(a.feil().type()).isEqualTo("tag:skatteetaten.no,2024:innkreving:innkrevingsoppdrag:innkrevingsoppdrag-er-ikke-reskontrofoert");
            assertThat(a.feil().status()).isEqualTo(409);
        }
        for (Mottaksstatus s : List.of(Mottaksstatus.VALIDERINGSFEIL, Mottaksstatus.SKAL_IKKE_RESKONTROFOERES)) {
            for (Avvisning a : List.of(Endringsregler.kanEndres(med(s), null).orElseThrow(), Endringsregler.kanAvskrives(med(s), null).orElseThrow())) {
                assertThat(a.feil().type()).isEqualTo("tag:skatteetaten.no,2024:innkreving:innkrevingsoppdrag:innkrevingsoppdrag-er-ikke-reskontrofoert");
                assertThat(a.feil().tittel()).isEqualTo("Innkrevingsoppdrag er ikke reskontrofoert");
                assertThat(a.feil().status()).isEqualTo(404);
                assertThat(a.detalj()).contains("aldri reskontroført").contains("ny oppdragsgiversKravidentifikator");
            }
        }
        assertThat(Endringsregler.kanEndres(med(Mottaksstatus.RESKONTROFOERT), null)).isEmpty();
    }
}

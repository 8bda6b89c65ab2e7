package no.innkreving.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;

/** A claim as the creditor currently states it, with its receipt status. Amounts in øre. */
public record Oppdragstilstand(
        UUID kravidentifikator,
        String oppdragsgiver,
        String oppdragsgiversKravidentifikator,
        String kravtype,
        Identifikatortype skyldnerType,
        String skyldner,
        long hovedstolOre,
        List<Renteoppgave> renter,
        String oppdragsgiversReferanse,
        LocalDate fastsettelsesdato,
        LocalDate foreldelsesfristensUtgangspunkt,
        Mottaksstatus mottaksstatus,
        Instant statusOppdatert,
        Instant avskrevet) {

    /** An interest line as the creditor set it. */
    public record Renteoppgave(long beloepOre, LocalDate renterIlagtDato, String rentetype) {
    }

    public boolean erAvskrevet() {
        return avskrevet != null;
    }
}

package no.innkreving.intake.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A create request as read from the wire: the JSON has the right types, nothing more is known. Amounts are whole
 * kroner as the API speaks them; optional fields are null when absent.
 */
public record OpprettInnkrevingsoppdrag(
        String kravtype,
        Skyldner skyldner,
        long hovedstolKroner,
        List<Rente> renter,
        String oppdragsgiversReferanse,
        String oppdragsgiversKravidentifikator,
        LocalDate fastsettelsesdato,
        LocalDate foreldelsesfristensUtgangspunkt,
        LocalDate tilleggsfristEtterForeldelsesloven,
        Tilleggsinformasjon tilleggsinformasjon) {

    public OpprettInnkrevingsoppdrag {
        renter = renter == null ? List.of() : List.copyOf(renter);
    }

    public enum Identifikatortype { PERSON, ORGANISASJON }

    public record Skyldner(Identifikatortype identifikatortype, String identifikator) {
    }

    public record Rente(long beloepKroner, LocalDate renterIlagtDato, String rentetype) {
    }

    public record Periode(LocalDate fraDato, LocalDate tilDato) {
    }

    /**
     * The creditor-specific block, read leniently: which creditor it must match is decided by the rules.
     *
     * @param formfeil what was wrong with its shape (a date that is no date, a period without an end), or null
     */
    public record Tilleggsinformasjon(Periode tilbakekrevingsperiode, Long ytelserForAvregningKroner,
                                      Periode periode, LocalDate stoppdatoForLoependeMulkt, String formfeil) {
    }
}

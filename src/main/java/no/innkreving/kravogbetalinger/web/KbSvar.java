package no.innkreving.kravogbetalinger.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The response shapes of Krav og betalinger v1, field for field as the published examples
 * (../shared/spec/examples/kravogbetalinger-*.json). Amounts are kroner with two decimals; signs as the spec says:
 * claims positive, placed payments, offsets and credits negative; payments and their unplaced amounts positive, as
 * in the examples.
 */
final class KbSvar {
    private KbSvar() {
    }

    static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    @JsonPropertyOrder({"partIdentifikator", "skjermet", "aapentKravMedGjenstaaendeBeloep", "innbetalingMedUplassertBeloep",
            "totalOversikt", "oversiktPerKravgruppe"})
    record AapneKrav(String partIdentifikator, boolean skjermet, List<Krav> aapentKravMedGjenstaaendeBeloep,
                     List<Innbetaling> innbetalingMedUplassertBeloep, TotalOversikt totalOversikt,
                     List<OversiktPerKravgruppe> oversiktPerKravgruppe) {
    }

    record Periode(LocalDate fraOgMed, LocalDate tilOgMed) {
    }

    @JsonPropertyOrder({"partIdentifikator", "periode", "skjermet", "krav"})
    record KravListe(String partIdentifikator, Periode periode, boolean skjermet, List<Krav> krav) {
    }

    @JsonPropertyOrder({"partIdentifikator", "periode", "skjermet", "innbetaling"})
    record InnbetalingListe(String partIdentifikator, Periode periode, boolean skjermet, List<Innbetaling> innbetaling) {
    }

    @JsonPropertyOrder({"partIdentifikator", "periode", "skjermet", "utbetaling"})
    record UtbetalingListe(String partIdentifikator, Periode periode, boolean skjermet, List<Utbetaling> utbetaling) {
    }

    @JsonPropertyOrder({"partIdentifikator", "kravidentifikator", "kravtype", "opprinneligBeloep", "gjenstaaendeBeloep",
            "kravforfall", "stipulerteRenter", "kravbeskrivelse", "kravperiode", "opprettelsesdatoForKrav", "kravgruppe",
            "fastsettingsmaate"})
    record Krav(String partIdentifikator, String kravidentifikator, String kravtype, BigDecimal opprinneligBeloep,
                BigDecimal gjenstaaendeBeloep, List<Kravforfall> kravforfall, BigDecimal stipulerteRenter,
                Tekst kravbeskrivelse, Kravperiode kravperiode, LocalDate opprettelsesdatoForKrav, String kravgruppe,
                String fastsettingsmaate) {
    }

    @JsonPropertyOrder({"kravforfallsIdentifikator", "forfallsdato", "opprinneligBeloep", "gjenstaaendeBeloep",
            "betalingsinformasjon", "utsattIverksettelse", "plassertInnbetaling", "plassertMotkrav"})
    record Kravforfall(String kravforfallsIdentifikator, LocalDate forfallsdato, BigDecimal opprinneligBeloep,
                       BigDecimal gjenstaaendeBeloep, Betalingsinformasjon betalingsinformasjon, boolean utsattIverksettelse,
                       List<PlassertInnbetaling> plassertInnbetaling, List<PlassertMotkrav> plassertMotkrav) {
    }

    @JsonPropertyOrder({"konto", "kidnummer"})
    record Betalingsinformasjon(Konto konto, String kidnummer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bankinformasjon", "kontoeiersNavn", "kontonummer", "iban", "swiftBIC"})
    record Konto(String bankinformasjon, String kontoeiersNavn, String kontonummer, String iban, String swiftBIC) {
    }

    record KontoHolder(Konto konto) {
    }

    record Kontonummer(String kontonummer) {
    }

    @JsonPropertyOrder({"innbetalingsIdentifikator", "plassertBeloep", "plassertDato", "innbetalingsdato", "innbetaltBeloep",
            "innbetaltFra", "innbetalingstype"})
    record PlassertInnbetaling(String innbetalingsIdentifikator, BigDecimal plassertBeloep, LocalDate plassertDato,
                               LocalDate innbetalingsdato, BigDecimal innbetaltBeloep, KontoHolder innbetaltFra,
                               String innbetalingstype) {
    }

    /**
     * An offset placed on a due date: the counter-claim (an amount the state owed the debtor, module offset) with its id,
     * its kind as kravtype (SKATTEOPPGJOER, NAV_ETTERBETALING, …), the day it fell due as forfallsdato, and the part of it
     * placed here, negative. kravperiode is null: the payer's file states no period.
     */
    @JsonPropertyOrder({"kravforfallsIdentifikator", "plassertBeloep", "kravtype", "plassertDato", "kravbeskrivelse",
            "forfallsdato", "kravperiode"})
    record PlassertMotkrav(String kravforfallsIdentifikator, BigDecimal plassertBeloep, String kravtype,
                           LocalDate plassertDato, Tekst kravbeskrivelse, LocalDate forfallsdato, Kravperiode kravperiode) {
    }

    @JsonPropertyOrder({"partIdentifikator", "innbetalingsidentifikator", "innbetalingsdato", "innbetaltBeloep",
            "uplassertBeloep", "mottakersKontonummer", "innbetaltFra", "innbetalingstype"})
    record Innbetaling(String partIdentifikator, String innbetalingsidentifikator, LocalDate innbetalingsdato,
                       BigDecimal innbetaltBeloep, BigDecimal uplassertBeloep, Kontonummer mottakersKontonummer,
                       KontoHolder innbetaltFra, String innbetalingstype) {
    }

    @JsonPropertyOrder({"partIdentifikator", "utbetalingsidentifikator", "utbetaltdato", "utbetaltBeloep", "betaltTil",
            "grunnlagForUtbetaling", "utbetalingstatus"})
    record Utbetaling(String partIdentifikator, String utbetalingsidentifikator, LocalDate utbetaltdato,
                      BigDecimal utbetaltBeloep, BetaltTil betaltTil, GrunnlagForUtbetaling grunnlagForUtbetaling,
                      String utbetalingstatus) {
    }

    @JsonPropertyOrder({"meldingSendtTilMottaker", "konto", "valutakode"})
    record BetaltTil(String meldingSendtTilMottaker, Konto konto, String valutakode) {
    }

    record GrunnlagForUtbetaling(List<KreditKrav> kreditKrav) {
    }

    @JsonPropertyOrder({"kravforfallidentifikator", "opprinneligBeloep", "gjenstaaendeBeloep", "utbetaltBeloep",
            "kravbeskrivelse", "kravtype", "kravperiode"})
    record KreditKrav(String kravforfallidentifikator, BigDecimal opprinneligBeloep, BigDecimal gjenstaaendeBeloep,
                      BigDecimal utbetaltBeloep, Tekst kravbeskrivelse, String kravtype, Kravperiode kravperiode) {
    }

    record Tekst(List<SpraakTekst> spraakTekst) {
        static Tekst nb(String tekst) {
            return new Tekst(List.of(new SpraakTekst(tekst, "nb")));
        }
    }

    @JsonPropertyOrder({"tekst", "spraak"})
    record SpraakTekst(String tekst, String spraak) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"periodeBeskrivelse", "aar", "fraDato", "tilDato"})
    record Kravperiode(Tekst periodeBeskrivelse, String aar, LocalDate fraDato, LocalDate tilDato) {
    }

    @JsonPropertyOrder({"sumStipulerteRenter", "sumForfalteKrav", "sumIkkeForfalteKrav", "sumUplasserteInnbetalinger", "saldo"})
    record TotalOversikt(BigDecimal sumStipulerteRenter, BigDecimal sumForfalteKrav, BigDecimal sumIkkeForfalteKrav,
                         BigDecimal sumUplasserteInnbetalinger, BigDecimal saldo) {
    }

    @JsonPropertyOrder({"kravgruppe", "sumStipulerteRenter", "sumForfalteKrav", "sumIkkeForfalteKrav", "saldo"})
    record OversiktPerKravgruppe(String kravgruppe, BigDecimal sumStipulerteRenter, BigDecimal sumForfalteKrav,
                                 BigDecimal sumIkkeForfalteKrav, BigDecimal saldo) {
    }
}

package no.innkreving.invoicing.dokument;

import java.time.LocalDate;
import java.util.List;

/** Everything an invoice or credit note document shows; amounts in øre, positive on both. */
public record Fakturadokument(
        Dokumenttype type,
        String fakturanummer,
        String gjelderFakturanummer,
        LocalDate fakturadato,
        LocalDate forfallsdato,
        Part utsteder,
        Part mottaker,
        String oppdragsgiverNavn,
        String kravbeskrivelse,
        String oppdragsgiversReferanse,
        LocalDate fastsettelsesdato,
        List<Linje> linjer,
        String kid,
        Betalingskonto konto) {

    public long totalOre() {
        return linjer.stream().mapToLong(Linje::beloepOre).sum();
    }

    public enum Parttype { PERSON, ORGANISASJON }

    public record Part(String navn, String identifikator, Parttype type, List<String> adresselinjer, String postnummer,
                       String poststed, String landkode) {
    }

    public record Linje(String beskrivelse, long beloepOre) {
    }

    public record Betalingskonto(String kontonummer, String iban, String bic, String bankinformasjon) {
    }
}

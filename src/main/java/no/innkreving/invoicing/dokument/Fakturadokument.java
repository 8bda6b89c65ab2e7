package no.innkreving.invoicing.dokument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an invoice or credit note document shows; amounts in øre, positive on both (a credit note's lines are
 * what is taken off). Checked on construction, so a bad record fails where it is made, not halfway through a PDF.
 */
public record Fakturadokument(
        Dokumenttype type,
        String fakturanummer,
        String gjelderFakturanummer,       // KREDITNOTA: the invoice it credits; null for FAKTURA
        LocalDate fakturadato,
        LocalDate forfallsdato,            // null allowed for KREDITNOTA
        Part utsteder,                     // the collection authority (seller)
        Part mottaker,                     // the debtor (buyer)
        String oppdragsgiverNavn,
        String kravbeskrivelse,            // the claim type's debtor-facing name
        String oppdragsgiversReferanse,    // may be null
        LocalDate fastsettelsesdato,
        List<Linje> linjer,                // at least one
        String kid,                        // digits; null for KREDITNOTA
        Betalingskonto konto) {

    public Fakturadokument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fakturanummer, "fakturanummer");
        Objects.requireNonNull(fakturadato, "fakturadato");
        Objects.requireNonNull(utsteder, "utsteder");
        Objects.requireNonNull(mottaker, "mottaker");
        Objects.requireNonNull(oppdragsgiverNavn, "oppdragsgiverNavn");
        Objects.requireNonNull(kravbeskrivelse, "kravbeskrivelse");
        linjer = List.copyOf(Objects.requireNonNull(linjer, "linjer"));
        if (linjer.isEmpty()) throw new IllegalArgumentException("A document needs at least one line: " + fakturanummer);
        if (type == Dokumenttype.FAKTURA) {
            Objects.requireNonNull(forfallsdato, "forfallsdato");
            Objects.requireNonNull(konto, "konto");
            if (kid == null || !kid.matches("\\d{2,25}")) throw new IllegalArgumentException("An invoice needs a KID of digits: " + kid);
        } else {
            Objects.requireNonNull(gjelderFakturanummer, "gjelderFakturanummer");
        }
    }

    public long totalOre() {
        return linjer.stream().mapToLong(Linje::beloepOre).sum();
    }

    public enum Parttype { PERSON, ORGANISASJON }

    /**
     * @param identifikator fødselsnummer (11 digits) or organisasjonsnummer (9)
     * @param iForetaksregisteret whether the party is registered in Foretaksregisteret (AS, ASA, NUF ...); a seller
     *        that is must say so on its invoices (foretaksregisterloven § 10-2, EHF rule NO-R-002). A state agency
     *        such as the collection authority is only in Enhetsregisteret, so the 7-argument constructor says false.
     */
    public record Part(String navn, String identifikator, Parttype type, List<String> adresselinjer, String postnummer,
                       String poststed, String landkode, boolean iForetaksregisteret) {
        public Part {
            Objects.requireNonNull(navn, "navn");
            Objects.requireNonNull(type, "type");
            adresselinjer = adresselinjer == null ? List.of() : List.copyOf(adresselinjer);
        }

        public Part(String navn, String identifikator, Parttype type, List<String> adresselinjer, String postnummer,
                    String poststed, String landkode) {
            this(navn, identifikator, type, adresselinjer, postnummer, poststed, landkode, false);
        }
    }

    public record Linje(String beskrivelse, long beloepOre) {
        public Linje {
            Objects.requireNonNull(beskrivelse, "beskrivelse");
            if (beloepOre < 0) throw new IllegalArgumentException("Line amounts are positive, also on a credit note: " + beloepOre);
        }
    }

    /** @param kontonummer BBAN, 11 digits; iban, bic and bankinformasjon may be null. */
    public record Betalingskonto(String kontonummer, String iban, String bic, String bankinformasjon) {
        public Betalingskonto {
            Objects.requireNonNull(kontonummer, "kontonummer");
        }
    }
}

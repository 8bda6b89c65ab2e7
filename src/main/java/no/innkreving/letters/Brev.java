package no.innkreving.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.innkreving.parties.Skyldner;

/**
 * A letter to a debtor, as its sender (invoicing today; dunning, enforcement, complaints later) states it: what kind
 * it is, the claim it is about, the amounts and, when the debtor is to pay, how. The letters module adds the address,
 * the wording of the kind, how to complain, and chooses the channel. Amounts in øre, positive (a credit note's lines
 * are what is taken off). Checked on construction, so a bad letter fails where it is made, not halfway through a PDF.
 *
 * @param nummer   the letter's number as the debtor quotes it back (the invoice or credit note number)
 * @param betaling how to pay; required when the kind asks for payment, absent otherwise
 */
public record Brev(Brevslag slag, String nummer, LocalDate dato, Skyldner mottaker, Kravomtale krav, List<Linje> linjer,
                   Betaling betaling) {

    public Brev {
        Objects.requireNonNull(slag, "slag");
        Objects.requireNonNull(nummer, "nummer");
        Objects.requireNonNull(dato, "dato");
        Objects.requireNonNull(mottaker, "mottaker");
        Objects.requireNonNull(krav, "krav");
        linjer = List.copyOf(Objects.requireNonNull(linjer, "linjer"));
        if (linjer.isEmpty()) throw new IllegalArgumentException("A letter needs at least one line: " + nummer);
        if (slag.kreverBetaling() != (betaling != null))
            throw new IllegalArgumentException(slag + " " + nummer + (betaling == null ? " needs" : " takes no") + " payment details");
    }

    public long totalOre() {
        return linjer.stream().mapToLong(Linje::beloepOre).sum();
    }

    /**
     * The claim a letter is about, read from the modules that own each fact when the letter is made.
     *
     * @param beskrivelse             the claim type's debtor-facing name
     * @param oppdragsgiversReferanse the creditor's case number as it stands now; may be null
     * @param forsinkelsesrente       whether late-payment interest accrues on this claim type (the catalogue says)
     */
    public record Kravomtale(String oppdragsgiverNavn, String beskrivelse, String oppdragsgiversReferanse,
                             LocalDate fastsettelsesdato, boolean forsinkelsesrente) {
        public Kravomtale {
            Objects.requireNonNull(oppdragsgiverNavn, "oppdragsgiverNavn");
            Objects.requireNonNull(beskrivelse, "beskrivelse");
        }
    }

    public record Linje(String beskrivelse, long beloepOre) {
        public Linje {
            Objects.requireNonNull(beskrivelse, "beskrivelse");
            if (beloepOre < 0) throw new IllegalArgumentException("Line amounts are positive, also on a credit note: " + beloepOre);
        }
    }

    /** @param kid digits, as issued; the amount is the letter's total */
    public record Betaling(String kid, LocalDate forfallsdato, Konto konto) {
        public Betaling {
            if (kid == null || !kid.matches("\\d{2,25}")) throw new IllegalArgumentException("Payment needs a KID of digits: " + kid);
            Objects.requireNonNull(forfallsdato, "forfallsdato");
            Objects.requireNonNull(konto, "konto");
        }
    }

    /** @param kontonummer BBAN, 11 digits; iban, bic and bankinformasjon may be null. */
    public record Konto(String kontonummer, String iban, String bic, String bankinformasjon) {
        public Konto {
            Objects.requireNonNull(kontonummer, "kontonummer");
        }
    }
}

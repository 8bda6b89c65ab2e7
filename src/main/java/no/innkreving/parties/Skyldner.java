package no.innkreving.parties;

import java.util.Optional;

/**
 * A debtor: a person (fødselsnummer or d-nummer) or an organisation (organisasjonsnummer of the main unit). Made only
 * from a valid identifier, so code that holds one never asks again what kind it is or whether it is well formed.
 */
public sealed interface Skyldner permits Skyldner.Person, Skyldner.Organisasjon {

    /** The identifier as the registers and the creditor API write it (digits only). */
    String identifikator();

    /** For letters and logs that others may read: a person shows the birth date only (DDMMYY*****). */
    String maskert();

    /** @param foedselsnummer a fødselsnummer, d-nummer or synthetic test number that passes {@link Foedselsnummer#erGyldig} */
    record Person(String foedselsnummer) implements Skyldner {
        public Person {
            if (!Foedselsnummer.erGyldig(foedselsnummer))
                throw new IllegalArgumentException("Not a valid fødselsnummer or d-nummer: " + Skyldner.maskert(foedselsnummer));
        }

        /** A d-nummer (for people not in the population register as residents) adds 4 to the first digit of the day. */
        public boolean erDnummer() {
            return foedselsnummer.charAt(0) >= '4';
        }

        @Override
        public String identifikator() {
            return foedselsnummer;
        }

        @Override
        public String maskert() {
            return Skyldner.maskert(foedselsnummer);
        }

        @Override
        public String toString() {
            return "Person[" + maskert() + "]";
        }
    }

    /** @param organisasjonsnummer nine digits that pass {@link Organisasjonsnummer#erGyldig} */
    record Organisasjon(String organisasjonsnummer) implements Skyldner {
        public Organisasjon {
            if (!Organisasjonsnummer.erGyldig(organisasjonsnummer))
                throw new IllegalArgumentException("Not a valid organisasjonsnummer: " + organisasjonsnummer);
        }

        @Override
        public String identifikator() {
            return organisasjonsnummer;
        }

        @Override
        public String maskert() {
            return organisasjonsnummer;
        }
    }

    /**
     * The debtor an identifier names, by the identifier rules (a valid organisasjonsnummer or a valid fødselsnummer /
     * d-nummer; the two cannot be confused); empty for anything else.
     */
    static Optional<Skyldner> tolk(String identifikator) {
        if (Organisasjonsnummer.erGyldig(identifikator)) return Optional.of(new Organisasjon(identifikator));
        if (Foedselsnummer.erGyldig(identifikator)) return Optional.of(new Person(identifikator));
        return Optional.empty();
    }

    /** As {@link #tolk}, for identifiers that were checked when they came in (stored claims, invoices). */
    static Skyldner av(String identifikator) {
        return tolk(identifikator).orElseThrow(() ->
                new IllegalArgumentException("Not a debtor's identifier: " + maskert(identifikator)));
    }

    /**
     * Any text shown where others may read it: only a valid organisation number is shown whole; anything else (it may
     * be a person's number, perhaps mistyped) shows its first six characters at most.
     */
    static String maskert(String identifikator) {
        if (identifikator == null) return null;
        if (Organisasjonsnummer.erGyldig(identifikator)) return identifikator;
        return identifikator.substring(0, Math.min(6, identifikator.length())) + "*****";
    }
}

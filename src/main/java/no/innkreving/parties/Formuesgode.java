package no.innkreving.parties;

import java.util.Objects;

/**
 * One asset as the asset register records it.
 *
 * @param identifikator    in the register's form ({@link Formuesgodeart#normaliser})
 * @param eier             the registered owner (fødselsnummer, d-nummer or organisasjonsnummer)
 * @param antattVerdiOre   estimated value in øre (tax value, or the balance last reported); 0 when not known
 */
public record Formuesgode(Formuesgodeart art, String identifikator, String eier, String beskrivelse, long antattVerdiOre) {
    public Formuesgode {
        Objects.requireNonNull(art, "art");
        Objects.requireNonNull(identifikator, "identifikator");
        Objects.requireNonNull(eier, "eier");
        Objects.requireNonNull(beskrivelse, "beskrivelse");
        if (antattVerdiOre < 0) throw new IllegalArgumentException("antattVerdiOre < 0");
    }
}

package no.innkreving.platform.innlogging;

/**
 * Whether a person may act for an organisation now (parties answers from the business register's roles). Asked on
 * every request of a person acting for one, so a role ended in the register ends the acting at once.
 */
public interface Representasjonsregister {
    boolean kanRepresentere(String foedselsnummer, String organisasjonsnummer);

    /** The person's name as the population register has it (ID-porten gives only the number); null if unknown. */
    String navn(String foedselsnummer);
}

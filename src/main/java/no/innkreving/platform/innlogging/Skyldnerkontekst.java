package no.innkreving.platform.innlogging;

import java.util.Objects;

/**
 * The debtor the pages show and act for: the person logged in, or an organisation they chose and may represent
 * (checked against the business register's roles when chosen). Every debtor page reads and writes only this
 * party's data: an id in a URL that belongs to another party is answered 404, as if it did not exist.
 *
 * @param innlogget          the person logged in (who signs what is sent)
 * @param partIdentifikator  the debtor acted for: the person's own fødselsnummer or an organisasjonsnummer
 * @param partNavn           the debtor's name as the register has it
 */
public record Skyldnerkontekst(Innlogget.Innbygger innlogget, String partIdentifikator, String partNavn) {
    public Skyldnerkontekst {
        Objects.requireNonNull(innlogget, "innlogget");
        Objects.requireNonNull(partIdentifikator, "partIdentifikator");
    }

    /** Whether the person acts for an organisation rather than for themselves. */
    public boolean forOrganisasjon() {
        return !partIdentifikator.equals(innlogget.foedselsnummer());
    }
}

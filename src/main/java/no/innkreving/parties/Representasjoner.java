package no.innkreving.parties;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may act for an organisation on the debtor pages: the persons the business register gives a role that
 * represents it (daglig leder, styrets leder, innehaver, deltaker with full responsibility, komplementar, norsk
 * representant). Locally the register's roles are a table of synthetic data; a production adapter asks
 * Enhetsregisteret (or Altinn's authorisations).
 */
@Component
public class Representasjoner implements no.innkreving.platform.innlogging.Representasjonsregister {
    private final JdbcTemplate jdbc;

    Representasjoner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param rolle the register's role code, e.g. {@code DAGL} */
    public record Representert(String organisasjonsnummer, String navn, String rolle) {
    }

    /** The active organisations the person may act for, by name. */
    public List<Representert> forPerson(String foedselsnummer) {
        return jdbc.query("""
                select r.organisasjonsnummer, e.navn, min(r.rolle) rolle
                from register_rolle r join register_enhet e using (organisasjonsnummer)
                where r.foedselsnummer = ? and e.status = 'AKTIV'
                group by r.organisasjonsnummer, e.navn order by e.navn, r.organisasjonsnummer""",
                (rs, i) -> new Representert(rs.getString(1), rs.getString(2), rs.getString(3)), foedselsnummer);
    }

    /** Whether the person may act for the organisation now. */
    @Override
    public boolean kanRepresentere(String foedselsnummer, String organisasjonsnummer) {
        return forPerson(foedselsnummer).stream().anyMatch(r -> r.organisasjonsnummer().equals(organisasjonsnummer));
    }

    @Override
    public String navn(String foedselsnummer) {
        return jdbc.query("select navn from register_person where foedselsnummer = ?", (rs, i) -> rs.getString(1), foedselsnummer)
                .stream().findFirst().orElse(null);
    }
}

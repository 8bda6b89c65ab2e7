package no.innkreving.parties;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a debtor has told us on the debtor pages about how to reach them: phone and e-mail, a postal address for our
 * letters instead of the register's, and the letter channel (digital or paper). The registers still say who the
 * debtor is; {@link Register#kontaktinfo} gives letters the debtor's own choices on top of them.
 */
@Component
public class Kontaktvalg {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Kontaktvalg(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** DIGITAL: Altinn (eFaktura or EHF where registered); POST: paper letters (a person only: businesses are digital). */
    public enum Brevkanal { DIGITAL, POST }

    /**
     * @param adresse    null, or with postnummer (4 digits) and poststed: all three or none
     * @param brevkanal  null: as the dispatch registers say
     */
    public record Valg(String telefon, String epost, String adresse, String postnummer, String poststed, Brevkanal brevkanal) {
        public Valg {
            boolean noe = adresse != null || postnummer != null || poststed != null;
            boolean alt = adresse != null && postnummer != null && poststed != null;
            if (noe && !alt) throw new IllegalArgumentException("an address is adresse, postnummer and poststed together");
            if (postnummer != null && !postnummer.matches("\\d{4}")) throw new IllegalArgumentException("postnummer: 4 digits");
        }

        public static final Valg INGEN = new Valg(null, null, null, null, null, null);
    }

    public Optional<Valg> hent(String identifikator) {
        return jdbc.query("select telefon, epost, adresse, postnummer, poststed, brevkanal from kontaktvalg where identifikator = ?",
                (rs, i) -> new Valg(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : Brevkanal.valueOf(rs.getString(6))), identifikator).stream().findFirst();
    }

    /**
     * Replaces the debtor's choices (an organisation cannot choose paper).
     *
     * @param endretAv who made the change, for the record (a masked fødselsnummer)
     */
    public void endre(Skyldner skyldner, Valg valg, String endretAv) {
        Objects.requireNonNull(valg, "valg");
        if (skyldner instanceof Skyldner.Organisasjon && valg.brevkanal() == Brevkanal.POST)
            throw new IllegalArgumentException("organisations receive letters digitally (source document 001)");
        jdbc.update("""
                insert into kontaktvalg (identifikator, telefon, epost, adresse, postnummer, poststed, brevkanal, endret, endret_av)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (identifikator) do update set telefon = excluded.telefon, epost = excluded.epost, adresse = excluded.adresse,
                    postnummer = excluded.postnummer, poststed = excluded.poststed, brevkanal = excluded.brevkanal,
                    endret = excluded.endret, endret_av = excluded.endret_av""",
                skyldner.identifikator(), valg.telefon(), valg.epost(), valg.adresse(), valg.postnummer(), valg.poststed(),
                valg.brevkanal() == null ? null : valg.brevkanal().name(), Timestamp.from(clock.instant()), endretAv);
    }
}

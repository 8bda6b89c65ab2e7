package no.innkreving.garnishment.persistence;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import no.innkreving.garnishment.Inntektsregister.Inntekt;
import no.innkreving.garnishment.Utbetalingsart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The local income register's table. */
@Repository
public class Inntektstabell {
    private final JdbcTemplate jdbc;

    Inntektstabell(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's payments reported for the month, largest gross first. */
    public List<Inntekt> inntekter(String foedselsnummer, YearMonth maaned) {
        Date m = Date.valueOf(maaned.atDay(1));
        return jdbc.query("""
                        select trekkpliktig, art, brutto_ore, forskuddstrekk_ore from inntektsregister_utbetaling
                        where foedselsnummer = ? and fra_maaned <= ? and (til_maaned is null or til_maaned >= ?)
                        order by brutto_ore desc, trekkpliktig""",
                (rs, n) -> new Inntekt(rs.getString(1), Utbetalingsart.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4), maaned),
                foedselsnummer, m, m);
    }

    /** Whether the table holds any row for the person (then it alone answers for them). */
    public boolean kjenner(String foedselsnummer) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from inntektsregister_utbetaling where foedselsnummer = ?)", Boolean.class, foedselsnummer));
    }

    /** Adds a run of months for a person and payer; an identical row already there is left as it is. */
    public void leggTil(String foedselsnummer, String trekkpliktig, Utbetalingsart art, YearMonth fra, YearMonth til,
                        long bruttoOre, long forskuddstrekkOre, String kilde) {
        jdbc.update("""
                        insert into inntektsregister_utbetaling (foedselsnummer, trekkpliktig, art, fra_maaned, til_maaned,
                                                                 brutto_ore, forskuddstrekk_ore, kilde)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                foedselsnummer, trekkpliktig, art.name(), Date.valueOf(fra.atDay(1)), til == null ? null : Date.valueOf(til.atDay(1)),
                bruttoOre, forskuddstrekkOre, kilde);
    }
}

package no.innkreving.dunning.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.dunning.domain.Purreregel.Frister;
import no.innkreving.dunning.domain.Purreregel.Steg;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class DunningTables {
    private final JdbcTemplate jdbc;

    DunningTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A step as stored. */
    public record Lagret(UUID kravId, Steg steg, LocalDate dato, LocalDate frist, UUID dokumentId, long gjenstaaendeOre) {
    }

    /** The terms per claim type; the key "*" is the default. */
    public Map<String, Frister> frister() {
        Map<String, Frister> f = new HashMap<>();
        jdbc.query("select * from purreregel", rs -> {
            f.put(rs.getString("kravtype"), new Frister(rs.getInt("purring_dager_etter_forfall"), rs.getInt("varsel_dager_etter_purring"),
                    rs.getInt("varselfrist_dager"), rs.getLong("purregebyr_ore"), rs.getString("kilde")));
        });
        return f;
    }

    public List<Lagret> steg(Collection<UUID> kravIder) {
        if (kravIder.isEmpty()) return List.of();
        return jdbc.query("select * from purresteg where krav_id = any(?) order by dato, krav_id, steg",
                (rs, i) -> lagret(rs), (Object) kravIder.toArray(UUID[]::new));
    }

    /** Stores steps; a step already taken for a claim fails the unit (primary key), so nothing is sent twice. */
    public void settInn(List<Lagret> steg) {
        jdbc.batchUpdate("insert into purresteg (krav_id, steg, dato, frist, dokument_id, gjenstaaende_ore) values (?, ?, ?, ?, ?, ?)",
                steg, 200, (ps, s) -> {
                    ps.setObject(1, s.kravId());
                    ps.setString(2, s.steg().name());
                    ps.setDate(3, Date.valueOf(s.dato()));
                    ps.setDate(4, s.frist() == null ? null : Date.valueOf(s.frist()));
                    ps.setObject(5, s.dokumentId());
                    ps.setLong(6, s.gjenstaaendeOre());
                });
    }

    public long nyttBrevnummer() {
        return jdbc.queryForObject("select nextval('purrebrevnummer')", Long.class);
    }

    /** The claims queued as ready for enforcement, oldest first. */
    public List<UUID> klare() {
        return jdbc.queryForList("select krav_id from purresteg where steg = 'KLAR_FOR_TVANGSINNKREVING' order by dato, krav_id", UUID.class);
    }

    private static Lagret lagret(ResultSet rs) throws SQLException {
        Date frist = rs.getDate("frist");
        return new Lagret(rs.getObject("krav_id", UUID.class), Steg.valueOf(rs.getString("steg")), rs.getDate("dato").toLocalDate(),
                frist == null ? null : frist.toLocalDate(), rs.getObject("dokument_id", UUID.class), rs.getLong("gjenstaaende_ore"));
    }
}

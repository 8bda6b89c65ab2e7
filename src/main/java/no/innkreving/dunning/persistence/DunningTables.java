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

    /**
     * Of these open overdue claims, the debtors of those with a step due on the date (decision 0071): no reminder yet
     * and due date + the type's days passed; a reminder whose deadline has passed and no notice; a notice whose
     * deadline has passed and not yet ready for enforcement. Holds are for the unit to see (a held claim is looked at
     * each day until its hold ends).
     */
    public List<String> skyldnereMedStegForfalt(LocalDate dato, List<no.innkreving.ledger.Kravutvalg.ForfaltKrav> krav) {
        if (krav.isEmpty()) return List.of();
        UUID[] ider = new UUID[krav.size()];
        String[] skyldnere = new String[krav.size()];
        String[] typer = new String[krav.size()];
        String[] forfall = new String[krav.size()];
        for (int i = 0; i < krav.size(); i++) {
            var k = krav.get(i);
            ider[i] = k.kravId();
            skyldnere[i] = k.skyldner();
            typer[i] = k.kravtype();
            forfall[i] = k.forfallsdato().toString();
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select distinct u.skyldner
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::date[]) u(krav_id, skyldner, kravtype, forfall)
                    join purreregel d on d.kravtype = '*'
                    left join purreregel r on r.kravtype = u.kravtype
                    left join purresteg p on p.krav_id = u.krav_id and p.steg = 'PURRING'
                    left join purresteg v on v.krav_id = u.krav_id and v.steg = 'VARSEL_OM_TVANGSFULLBYRDELSE'
                    left join purresteg k on k.krav_id = u.krav_id and k.steg = 'KLAR_FOR_TVANGSINNKREVING'
                    where k.krav_id is null
                      and (v.krav_id is not null and v.frist < ?
                           or v.krav_id is null and p.krav_id is not null and p.frist < ?
                           or p.krav_id is null and v.krav_id is null and u.forfall + coalesce(r.purring_dager_etter_forfall, d.purring_dager_etter_forfall) <= ?)
                    order by u.skyldner""");
            ps.setArray(1, con.createArrayOf("uuid", ider));
            ps.setArray(2, con.createArrayOf("text", skyldnere));
            ps.setArray(3, con.createArrayOf("text", typer));
            ps.setArray(4, con.createArrayOf("text", forfall));
            ps.setObject(5, dato);
            ps.setObject(6, dato);
            ps.setObject(7, dato);
            return ps;
        }, (rs, n) -> rs.getString(1));
    }

    /** {@code antall} new letter numbers at once. */
    public List<Long> nyeBrevnumre(int antall) {
        return jdbc.queryForList("select nextval('purrebrevnummer') from generate_series(1, ?)", Long.class, antall);
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

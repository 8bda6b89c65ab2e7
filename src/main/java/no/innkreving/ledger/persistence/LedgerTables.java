package no.innkreving.ledger.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.ledger.KravTilBokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.Linjetype;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.domain.Postering;
import no.innkreving.ledger.domain.Transaksjon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of the ledger. Inserts are batched: booking runs at thousands of claims a second. */
@Repository
public class LedgerTables {
    private final JdbcTemplate jdbc;

    LedgerTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NyKravlinje(long kravlinjeId, UUID kravId, Linjetype linjetype, Rentelinje rente, LocalDate opprettet) {
    }

    public Set<UUID> finnesAllerede(Collection<UUID> kravIds) {
        return new HashSet<>(jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select krav_id from reskontro_krav where krav_id = any(?)");
            ps.setArray(1, con.createArrayOf("uuid", kravIds.toArray()));
            return ps;
        }, (rs, n) -> rs.getObject(1, UUID.class)));
    }

    public List<Long> nyeKravlinjeIder(int antall) {
        if (antall == 0) return List.of();
        return jdbc.queryForList("select nextval(pg_get_serial_sequence('kravlinje', 'kravlinje_id')) from generate_series(1, ?)",
                Long.class, antall);
    }

    public void settInnKrav(List<KravTilBokfoering> krav, Instant naa) {
        jdbc.batchUpdate("""
                        insert into reskontro_krav (krav_id, skyldner, skyldner_type, oppdragsgiver, kravtype,
                            fastsettelsesdato, foreldelse_utgangspunkt, bokfoert) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                krav, 500, (ps, k) -> {
                    ps.setObject(1, k.kravId());
                    ps.setString(2, k.skyldner());
                    ps.setString(3, k.skyldnerType());
                    ps.setString(4, k.oppdragsgiver());
                    ps.setString(5, k.kravtype());
                    ps.setObject(6, k.fastsettelsesdato());
                    ps.setObject(7, k.foreldelseUtgangspunkt());
                    ps.setTimestamp(8, Timestamp.from(naa));
                });
    }

    public void settInnLinjer(List<NyKravlinje> linjer) {
        jdbc.batchUpdate("""
                        insert into kravlinje (kravlinje_id, krav_id, linjetype, rentetype, ilagt_dato, opprettet)
                        values (?, ?, ?, ?, ?, ?)""",
                linjer, 500, (ps, l) -> {
                    ps.setLong(1, l.kravlinjeId());
                    ps.setObject(2, l.kravId());
                    ps.setString(3, l.linjetype().name());
                    ps.setString(4, l.rente() == null ? null : l.rente().rentetype());
                    ps.setObject(5, l.rente() == null ? null : l.rente().ilagtDato(), Types.DATE);
                    ps.setObject(6, l.opprettet());
                });
    }

    public void settInnTransaksjoner(List<Transaksjon> transaksjoner, Instant naa) {
        List<Transaksjon> medPosteringer = transaksjoner.stream().filter(t -> !t.posteringer().isEmpty()).toList();
        jdbc.batchUpdate("insert into transaksjon (transaksjon_id, krav_id, type, bokfoert_dato, registrert) values (?, ?, ?, ?, ?)",
                medPosteringer, 500, (ps, t) -> {
                    ps.setObject(1, t.transaksjonId());
                    ps.setObject(2, t.kravId());
                    ps.setString(3, t.type().name());
                    ps.setObject(4, t.bokfoertDato());
                    ps.setTimestamp(5, Timestamp.from(naa));
                });
        record Rad(Transaksjon t, Postering p) {
        }
        List<Rad> rader = new ArrayList<>();
        for (Transaksjon t : medPosteringer) for (Postering p : t.posteringer()) rader.add(new Rad(t, p));
        jdbc.batchUpdate("""
                        insert into postering (transaksjon_id, konto, krav_id, kravlinje_id, art, beloep_ore, bokfoert_dato)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                rader, 1000, (ps, r) -> {
                    ps.setObject(1, r.t().transaksjonId());
                    ps.setString(2, r.p().konto().name());
                    ps.setObject(3, r.t().kravId());
                    ps.setObject(4, r.p().kravlinjeId(), Types.BIGINT);
                    ps.setString(5, r.p().art().name());
                    ps.setLong(6, r.p().beloepOre());
                    ps.setObject(7, r.t().bokfoertDato());
                });
    }

    /** Balances of the given claims as of a date: lines created by then, postings dated by then. */
    public List<Kravsaldo> saldoer(Collection<UUID> kravIds, LocalDate per) {
        if (kravIds.isEmpty()) return List.of();
        Map<UUID, Kravsaldo> krav = new LinkedHashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select k.krav_id, k.skyldner, k.oppdragsgiver, k.kravtype, k.fastsettelsesdato,
                           l.kravlinje_id, l.linjetype, l.rentetype, l.ilagt_dato,
                           coalesce((array_agg(p.beloep_ore order by p.postering_id) filter (where p.art = 'FASTSATT'))[1], 0),
                           coalesce(sum(p.beloep_ore) filter (where p.art = 'FASTSATT'), 0),
                           coalesce(sum(p.beloep_ore), 0)
                    from reskontro_krav k
                    join kravlinje l on l.krav_id = k.krav_id and l.opprettet <= ?
                    left join postering p on p.kravlinje_id = l.kravlinje_id and p.konto = 'SKYLDNER_FORDRING'
                                          and p.bokfoert_dato <= ?
                    where k.krav_id = any(?)
                    group by k.krav_id, l.kravlinje_id
                    order by k.bokfoert, k.krav_id, l.kravlinje_id""");
            ps.setObject(1, per);
            ps.setObject(2, per);
            ps.setArray(3, con.createArrayOf("uuid", kravIds.toArray()));
            return ps;
        }, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            Kravsaldo s = krav.computeIfAbsent(id, k -> {
                try {
                    return new Kravsaldo(k, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), new ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            s.linjer().add(new Linjesaldo(rs.getLong(6), Linjetype.valueOf(rs.getString(7)), rs.getString(8),
                    rs.getObject(9, LocalDate.class), rs.getLong(10), rs.getLong(11), rs.getLong(12)));
        });
        return krav.values().stream().map(s -> new Kravsaldo(s.kravId(), s.skyldner(), s.oppdragsgiver(), s.kravtype(),
                s.fastsettelsesdato(), List.copyOf(s.linjer()))).toList();
    }

    /** Sum of all postings per transaction that does not balance; empty when the ledger is consistent. */
    public List<UUID> ubalanserteTransaksjoner() {
        return jdbc.queryForList("select transaksjon_id from postering group by transaksjon_id having sum(beloep_ore) <> 0",
                UUID.class);
    }

    public void laasKrav(UUID kravId) {
        jdbc.query("select 1 from reskontro_krav where krav_id = ? for update", rs -> {
        }, kravId);
    }

}

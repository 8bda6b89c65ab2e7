package no.innkreving.utleggstrekk.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class UtleggstrekkTables {
    private final JdbcTemplate jdbc;

    UtleggstrekkTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as decided: the claims in placement order. */
    public record Trekk(UUID trekkid, String skyldner, String trekkpliktig, String kidnummer, String saksnummer, String status,
                        LocalDate besluttet, List<UUID> krav) {
    }

    /** One decision on an order (a version): who, when, why, what size. */
    public record Vedtak(UUID trekkid, int trekkversjon, String handling, String saksbehandler, Instant tidspunkt,
                         String begrunnelse, Long beloepOre, BigDecimal prosent, LocalDate startdato, UUID dokumentId) {
    }

    public void nyttTrekk(Trekk t) {
        jdbc.update("""
                insert into utleggstrekk (trekkid, skyldner, trekkpliktig, kidnummer, saksnummer, status, besluttet)
                values (?, ?, ?, ?, ?, 'AKTIV', ?)""", t.trekkid(), t.skyldner(), t.trekkpliktig(), t.kidnummer(),
                t.saksnummer(), Date.valueOf(t.besluttet()));
        for (int i = 0; i < t.krav().size(); i++)
            jdbc.update("insert into utleggstrekk_krav (trekkid, rekkefoelge, krav_id) values (?, ?, ?)", t.trekkid(), i + 1, t.krav().get(i));
    }

    public void vedtak(Vedtak v) {
        jdbc.update("""
                insert into utleggstrekk_vedtak (trekkid, trekkversjon, handling, saksbehandler, tidspunkt, begrunnelse,
                    beloep_ore, prosent, startdato, dokument_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                v.trekkid(), v.trekkversjon(), v.handling(), v.saksbehandler(), Timestamp.from(v.tidspunkt()), v.begrunnelse(),
                v.beloepOre(), v.prosent(), v.startdato() == null ? null : Date.valueOf(v.startdato()), v.dokumentId());
    }

    public List<Vedtak> vedtak(UUID trekkid) {
        return jdbc.query("""
                select trekkid, trekkversjon, handling, saksbehandler, tidspunkt, begrunnelse, beloep_ore, prosent, startdato,
                       dokument_id from utleggstrekk_vedtak where trekkid = ? order by trekkversjon""",
                (rs, n) -> new Vedtak(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), (Long) rs.getObject(7, Long.class), rs.getBigDecimal(8),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(), rs.getObject(10, UUID.class)), trekkid);
    }

    public void avsluttet(UUID trekkid, LocalDate dato) {
        jdbc.update("update utleggstrekk set status = 'AVSLUTTET', avsluttet = ? where trekkid = ?", Date.valueOf(dato), trekkid);
    }

    /** The order, its row locked for this transaction (one change of an order at a time). */
    public Optional<Trekk> laast(UUID trekkid) {
        List<UUID> ider = jdbc.queryForList("select trekkid from utleggstrekk where trekkid = ? for update", UUID.class, trekkid);
        return ider.isEmpty() ? Optional.empty() : trekk(trekkid);
    }

    public Optional<Trekk> trekk(UUID trekkid) {
        List<Trekk> t = jdbc.query("""
                select trekkid, skyldner, trekkpliktig, kidnummer, saksnummer, status, besluttet from utleggstrekk where trekkid = ?""",
                (rs, n) -> new Trekk(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getDate(7).toLocalDate(), krav(trekkid)), trekkid);
        return t.stream().findFirst();
    }

    private List<UUID> krav(UUID trekkid) {
        return jdbc.queryForList("select krav_id from utleggstrekk_krav where trekkid = ? order by rekkefoelge", UUID.class, trekkid);
    }

    /** The active order of this debtor at this payer (at most one: utleggstrekk_ett_aktivt). */
    public Optional<UUID> aktivt(String skyldner, String trekkpliktig) {
        return jdbc.queryForList("select trekkid from utleggstrekk where skyldner = ? and trekkpliktig = ? and status = 'AKTIV'",
                UUID.class, skyldner, trekkpliktig).stream().findFirst();
    }

    public List<UUID> aktiveForSkyldner(String skyldner) {
        return jdbc.queryForList("select trekkid from utleggstrekk where skyldner = ? and status = 'AKTIV' order by besluttet, trekkid",
                UUID.class, skyldner);
    }

    /** Of these claims, those that were in an order a caseworker stopped: the rules do not put them in a new one (decision 0074). */
    public Set<UUID> iTrekkStansetAvSaksbehandler(Collection<UUID> kravIder) {
        if (kravIder.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.queryForList("""
                select distinct k.krav_id from utleggstrekk_krav k join utleggstrekk_vedtak v using (trekkid)
                where v.handling = 'STANSET' and k.krav_id = any(?)""", UUID.class, (Object) kravIder.toArray(UUID[]::new)));
    }

    /** Debtors the automatic run left undecided in the month, with their collectable claims then. */
    public Map<String, String> automatiskVurdert(java.time.YearMonth maaned) {
        Map<String, String> svar = new HashMap<>();
        jdbc.query("select skyldner, krav from utleggstrekk_automatisk_vurdert where maaned = ?",
                rs -> { svar.put(rs.getString(1), rs.getString(2)); }, maaned.atDay(1));
        return svar;
    }

    /** The automatic run left the debtor undecided this month with these claims ({@code krav} null: it decided). */
    public void automatiskVurdert(String skyldner, java.time.YearMonth maaned, String krav) {
        if (krav == null) {
            jdbc.update("delete from utleggstrekk_automatisk_vurdert where skyldner = ?", skyldner);
            return;
        }
        jdbc.update("""
                insert into utleggstrekk_automatisk_vurdert (skyldner, maaned, krav) values (?, ?, ?)
                on conflict (skyldner) do update set maaned = excluded.maaned, krav = excluded.krav""", skyldner, maaned.atDay(1), krav);
    }

    public List<String> skyldnereMedAktiveTrekk() {
        return jdbc.queryForList("select distinct skyldner from utleggstrekk where status = 'AKTIV' order by skyldner", String.class);
    }

    /** Of these claims, those in an active order. */
    public Set<UUID> iAktiveTrekk(Collection<UUID> kravIder) {
        if (kravIder.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.queryForList("""
                select k.krav_id from utleggstrekk_krav k join utleggstrekk t using (trekkid)
                where t.status = 'AKTIV' and k.krav_id = any(?)""", UUID.class, (Object) kravIder.toArray(UUID[]::new)));
    }

    /** Of these debtors, those with an active order. */
    public List<String> medAktiveTrekk(Collection<String> skyldnere) {
        if (skyldnere.isEmpty()) return List.of();
        return jdbc.queryForList("select distinct skyldner from utleggstrekk where status = 'AKTIV' and skyldner = any(?) order by skyldner",
                String.class, (Object) skyldnere.toArray(String[]::new));
    }

    /** The order's claims, in their new placement order. */
    public void erstattKrav(UUID trekkid, List<UUID> krav) {
        jdbc.update("delete from utleggstrekk_krav where trekkid = ?", trekkid);
        for (int i = 0; i < krav.size(); i++)
            jdbc.update("insert into utleggstrekk_krav (trekkid, rekkefoelge, krav_id) values (?, ?, ?)", trekkid, i + 1, krav.get(i));
    }

    /** Every order of the debtor, newest decision first. */
    public List<UUID> forSkyldner(String skyldner) {
        return jdbc.queryForList("select trekkid from utleggstrekk where skyldner = ? order by besluttet desc, trekkid", UUID.class, skyldner);
    }
}

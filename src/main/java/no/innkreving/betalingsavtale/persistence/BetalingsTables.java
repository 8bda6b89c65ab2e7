package no.innkreving.betalingsavtale.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.Betalingssak.Avdrag;
import no.innkreving.betalingsavtale.Betalingssak.Del;
import no.innkreving.betalingsavtale.Betalingssak.Hendelse;
import no.innkreving.betalingsavtale.Betalingssak.Sakskrav;
import no.innkreving.betalingsavtale.Betalingssak.Slag;
import no.innkreving.betalingsavtale.Betalingssak.Status;
import no.innkreving.betalingsavtale.domain.Regelsett;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The module's tables (V37): rule figures, cases, their claims, instalments and history. */
@Repository
public class BetalingsTables {
    private final JdbcTemplate jdbc;

    BetalingsTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule figures in force on the day: per parameter the row with the latest gyldig_fra on or before it. */
    public Regelsett regelsett(LocalDate dag) {
        Map<String, Long> verdi = new HashMap<>();
        Map<String, String> kilde = new HashMap<>();
        jdbc.query("""
                select distinct on (parameter) parameter, verdi, kilde from betalingsregel
                where gyldig_fra <= ? order by parameter, gyldig_fra desc""", rs -> {
            verdi.put(rs.getString("parameter"), rs.getLong("verdi"));
            kilde.put(rs.getString("parameter"), rs.getString("kilde"));
        }, Date.valueOf(dag));
        return Regelsett.av(verdi, kilde);
    }

    public long nyttSaksnummer() {
        return jdbc.queryForObject("select nextval('betalingssaknummer')", Long.class);
    }

    public void settInnSak(UUID id, long saksnummer, Slag slag, String skyldner, Instant mottatt, LocalDate dato,
                           Long maanedsbeloepOre, Integer dag, LocalDate nyForfallsdato, long totalOre, Status status,
                           String grunn, LocalDate frist, List<Sakskrav> krav) {
        jdbc.update("""
                insert into betalingssak (id, saksnummer, slag, skyldner, mottatt, mottatt_dato, maanedsbeloep_ore,
                    dag_i_maaneden, ny_forfallsdato, totalbeloep_ore, status, grunn, frist, status_dato)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, saksnummer, slag.name(), skyldner, Timestamp.from(mottatt), Date.valueOf(dato), maanedsbeloepOre, dag,
                nyForfallsdato == null ? null : Date.valueOf(nyForfallsdato), totalOre, status.name(), grunn,
                frist == null ? null : Date.valueOf(frist), Date.valueOf(dato));
        int i = 0;
        for (Sakskrav k : krav)
            jdbc.update("insert into betalingssak_krav (sak_id, krav_id, rekkefoelge, beloep_ore) values (?, ?, ?, ?)",
                    id, k.kravId(), i++, k.beloepOre());
    }

    /** Moves a case to a new status; only from the status expected (another writer got there first: false). */
    public boolean settStatus(UUID id, Status fra, Status til, String grunn, LocalDate dato, String avgjortAv, Instant avgjort) {
        return jdbc.update("""
                update betalingssak set status = ?, grunn = coalesce(?, grunn), status_dato = ?,
                    avgjort_av = coalesce(?, avgjort_av), avgjort = coalesce(?, avgjort)
                where id = ? and status = ?""",
                til.name(), grunn, Date.valueOf(dato), avgjortAv, avgjort == null ? null : Timestamp.from(avgjort),
                id, fra.name()) == 1;
    }

    /** A caseworker approves a plan on what remains now: the claims and total replace those applied for. */
    public void erstattKrav(UUID sakId, List<Sakskrav> krav, long totalOre) {
        jdbc.update("delete from betalingssak_krav where sak_id = ?", sakId);
        int i = 0;
        for (Sakskrav k : krav)
            jdbc.update("insert into betalingssak_krav (sak_id, krav_id, rekkefoelge, beloep_ore) values (?, ?, ?, ?)",
                    sakId, k.kravId(), i++, k.beloepOre());
        jdbc.update("update betalingssak set totalbeloep_ore = ? where id = ?", totalOre, sakId);
    }

    public void settKid(UUID sakId, String kid) {
        jdbc.update("update betalingssak set kid = ? where id = ?", kid, sakId);
    }

    /** The postponement's date as approved (moved to a business day). */
    public void settNyForfallsdato(UUID sakId, LocalDate dato) {
        jdbc.update("update betalingssak set ny_forfallsdato = ? where id = ?", Date.valueOf(dato), sakId);
    }

    public void settInnAvdrag(UUID sakId, List<Avdrag> avdrag) {
        for (Avdrag a : avdrag) {
            jdbc.update("insert into avdrag (sak_id, nummer, forfallsdato, beloep_ore) values (?, ?, ?, ?)",
                    sakId, a.nummer(), Date.valueOf(a.forfallsdato()), a.beloepOre());
            for (Del d : a.deler())
                jdbc.update("insert into avdragsdel (sak_id, avdrag_nummer, krav_id, kravforfall_nummer, beloep_ore) values (?, ?, ?, ?, ?)",
                        sakId, a.nummer(), d.kravId(), d.kravforfallNummer(), d.beloepOre());
        }
    }

    public void settInnHendelse(UUID sakId, Instant tidspunkt, LocalDate dato, String hendelse, String utfoertAv,
                                String begrunnelse, UUID dokumentId) {
        jdbc.update("""
                insert into betalingssakhendelse (sak_id, nr, tidspunkt, dato, hendelse, utfoert_av, begrunnelse, dokument_id)
                values (?, (select coalesce(max(nr), 0) + 1 from betalingssakhendelse where sak_id = ?), ?, ?, ?, ?, ?, ?)""",
                sakId, sakId, Timestamp.from(tidspunkt), Date.valueOf(dato), hendelse, utfoertAv, begrunnelse, dokumentId);
    }

    /** Locks the case row until the transaction ends (a caseworker's decision and the daily run never cross). */
    public void laas(UUID sakId) {
        jdbc.query("select id from betalingssak where id = ? for update", rs -> {
        }, sakId);
    }

    public Optional<Betalingssak> sak(UUID id) {
        return saker("where s.id = ?", id).stream().findFirst();
    }

    public List<Betalingssak> forSkyldner(String skyldner) {
        return saker("where s.skyldner = ? order by s.mottatt desc", skyldner);
    }

    /** The caseworker's queue: waiting cases, the nearest deadline first. */
    public List<Betalingssak> tilBehandling() {
        return saker("where s.status = 'TIL_SAKSBEHANDLER' order by s.frist, s.saksnummer");
    }

    /** Plans in force of the debtor. */
    public List<Betalingssak> aktiveAvtaler(String skyldner) {
        return saker("where s.skyldner = ? and s.slag = 'BETALINGSAVTALE' and s.status = 'GODKJENT' order by s.saksnummer", skyldner);
    }

    /** Debtors with a plan in force that has an instalment due before the day: the units of the daily check. */
    public List<String> skyldnereMedForfalteAvdrag(LocalDate foer) {
        return jdbc.queryForList("""
                select distinct s.skyldner from betalingssak s join avdrag a on a.sak_id = s.id
                where s.slag = 'BETALINGSAVTALE' and s.status = 'GODKJENT' and a.forfallsdato < ? order by 1""",
                String.class, Date.valueOf(foer));
    }

    /** The claims among these that are in a plan in force. */
    public Set<UUID> iAktivAvtale(Collection<UUID> kravIder) {
        return new HashSet<>(jdbc.queryForList("""
                select k.krav_id from betalingssak_krav k join betalingssak s on s.id = k.sak_id
                where k.krav_id = any(?) and s.slag = 'BETALINGSAVTALE' and s.status = 'GODKJENT'""",
                UUID.class, (Object) kravIder.toArray(UUID[]::new)));
    }

    /** The claims among these that an approved postponement covered. */
    public Set<UUID> tidligereUtsatt(Collection<UUID> kravIder) {
        return new HashSet<>(jdbc.queryForList("""
                select k.krav_id from betalingssak_krav k join betalingssak s on s.id = k.sak_id
                where k.krav_id = any(?) and s.slag = 'UTSETTELSE' and s.status = 'GODKJENT'""",
                UUID.class, (Object) kravIder.toArray(UUID[]::new)));
    }

    /** The last day a plan of the debtor broke, if any did. */
    public Optional<LocalDate> sisteBrudd(String skyldner) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(status_dato) from betalingssak where skyldner = ? and status = 'BRUTT'", LocalDate.class, skyldner));
    }

    private List<Betalingssak> saker(String hvor, Object... args) {
        List<Rad> rader = jdbc.query("select s.* from betalingssak s " + hvor, (rs, i) -> rad(rs), args);
        if (rader.isEmpty()) return List.of();
        UUID[] ider = rader.stream().map(Rad::id).toArray(UUID[]::new);
        Map<UUID, List<Sakskrav>> krav = new HashMap<>();
        jdbc.query("select * from betalingssak_krav where sak_id = any(?) order by sak_id, rekkefoelge", rs -> {
            krav.computeIfAbsent(rs.getObject("sak_id", UUID.class), k -> new ArrayList<>())
                    .add(new Sakskrav(rs.getObject("krav_id", UUID.class), rs.getLong("beloep_ore")));
        }, (Object) ider);
        Map<String, List<Del>> deler = new HashMap<>();
        // an instalment's parts in the plan's claim order (the order the instalments, and the plan's KID, pay them)
        jdbc.query("""
                select d.* from avdragsdel d join betalingssak_krav k on k.sak_id = d.sak_id and k.krav_id = d.krav_id
                where d.sak_id = any(?) order by d.sak_id, d.avdrag_nummer, k.rekkefoelge""", rs -> {
            deler.computeIfAbsent(rs.getObject("sak_id", UUID.class) + "/" + rs.getInt("avdrag_nummer"), k -> new ArrayList<>())
                    .add(new Del(rs.getObject("krav_id", UUID.class), rs.getInt("kravforfall_nummer"), rs.getLong("beloep_ore")));
        }, (Object) ider);
        Map<UUID, List<Avdrag>> avdrag = new HashMap<>();
        jdbc.query("select * from avdrag where sak_id = any(?) order by sak_id, nummer", rs -> {
            UUID sak = rs.getObject("sak_id", UUID.class);
            int nr = rs.getInt("nummer");
            avdrag.computeIfAbsent(sak, k -> new ArrayList<>()).add(new Avdrag(nr, rs.getDate("forfallsdato").toLocalDate(),
                    rs.getLong("beloep_ore"), deler.getOrDefault(sak + "/" + nr, List.of())));
        }, (Object) ider);
        Map<UUID, List<Hendelse>> hendelser = new HashMap<>();
        jdbc.query("select * from betalingssakhendelse where sak_id = any(?) order by sak_id, nr", rs -> {
            hendelser.computeIfAbsent(rs.getObject("sak_id", UUID.class), k -> new ArrayList<>()).add(new Hendelse(
                    rs.getTimestamp("tidspunkt").toInstant(), rs.getDate("dato").toLocalDate(), rs.getString("hendelse"),
                    rs.getString("utfoert_av"), rs.getString("begrunnelse"), rs.getObject("dokument_id", UUID.class)));
        }, (Object) ider);
        return rader.stream().map(r -> r.sak(krav.getOrDefault(r.id(), List.of()), avdrag.getOrDefault(r.id(), List.of()),
                hendelser.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Rad(UUID id, long saksnummer, Slag slag, String skyldner, Instant mottatt, LocalDate mottattDato,
                       Long maanedsbeloepOre, Integer dag, LocalDate nyForfallsdato, long totalOre, Status status,
                       String grunn, LocalDate frist, String avgjortAv, Instant avgjort, LocalDate statusDato, String kid) {
        Betalingssak sak(List<Sakskrav> krav, List<Avdrag> avdrag, List<Hendelse> hendelser) {
            return new Betalingssak(id, saksnummer, slag, skyldner, mottatt, mottattDato, maanedsbeloepOre, dag, nyForfallsdato,
                    totalOre, status, grunn, frist, avgjortAv, avgjort, statusDato, kid, krav, avdrag, hendelser);
        }
    }

    private static Rad rad(ResultSet rs) throws SQLException {
        Date ny = rs.getDate("ny_forfallsdato");
        Date frist = rs.getDate("frist");
        Timestamp avgjort = rs.getTimestamp("avgjort");
        return new Rad(rs.getObject("id", UUID.class), rs.getLong("saksnummer"), Slag.valueOf(rs.getString("slag")),
                rs.getString("skyldner"), rs.getTimestamp("mottatt").toInstant(), rs.getDate("mottatt_dato").toLocalDate(),
                (Long) rs.getObject("maanedsbeloep_ore"), (Integer) rs.getObject("dag_i_maaneden"),
                ny == null ? null : ny.toLocalDate(), rs.getLong("totalbeloep_ore"), Status.valueOf(rs.getString("status")),
                rs.getString("grunn"), frist == null ? null : frist.toLocalDate(), rs.getString("avgjort_av"),
                avgjort == null ? null : avgjort.toInstant(), rs.getDate("status_dato").toLocalDate(), rs.getString("kid"));
    }
}

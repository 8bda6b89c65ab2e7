package no.innkreving.liens.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.liens.Pantestatus;
import no.innkreving.liens.Utleggspanter.Panthendelse;
import no.innkreving.liens.domain.Rettsvern;
import no.innkreving.parties.Formuesgodeart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The liens, their claims and their status history (V33). Amounts in øre. */
@Repository
public class UtleggspantTables {
    private final JdbcTemplate jdbc;

    UtleggspantTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Pantekrav(UUID kravId, long beloepOre) {
    }

    public record Hendelse(Pantestatus status, LocalDate dato, Instant tidspunkt, String hvem, String begrunnelse, UUID dokumentId) {
    }

    public record Nytt(UUID id, String skyldner, Formuesgodeart art, String identifikator, String beskrivelse, Rettsvern rettsvern,
                       LocalDate besluttet, LocalDate klagefrist, String saksbehandler, List<Pantekrav> krav) {
    }

    public record Lagret(UUID id, long saksnummer, String skyldner, Formuesgodeart art, String identifikator, String beskrivelse,
                         Rettsvern rettsvern, Pantestatus status, LocalDate besluttet, LocalDate klagefrist, String saksbehandler,
                         UUID brevDokumentId, boolean harBegjaering, List<Pantekrav> krav, List<Hendelse> hendelser) {
    }

    /** Records a new lien in its first status; answers its saksnummer. */
    public long settInn(Nytt n, Instant naa) {
        Long nummer = jdbc.queryForObject("""
                insert into utleggspant (id, skyldner, art, identifikator, beskrivelse, rettsvern, status, besluttet_dato, klagefrist, saksbehandler)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning saksnummer""", Long.class,
                n.id(), n.skyldner(), n.art().name(), n.identifikator(), n.beskrivelse(), n.rettsvern().name(),
                n.rettsvern().startstatus().name(), Date.valueOf(n.besluttet()), Date.valueOf(n.klagefrist()), n.saksbehandler());
        jdbc.batchUpdate("insert into utleggspant_krav (pant_id, krav_id, beloep_ore) values (?, ?, ?)", n.krav(), 100, (ps, k) -> {
            ps.setObject(1, n.id());
            ps.setObject(2, k.kravId());
            ps.setLong(3, k.beloepOre());
        });
        return nummer;
    }

    /** The decision's letter and (movables) the request to namsmannen; the letter is also the first step's document. */
    public void settDokumenter(UUID id, UUID brevDokumentId, byte[] begjaering) {
        jdbc.update("update utleggspant set brev_dokument_id = ?, begjaering_pdf = ? where id = ?", brevDokumentId, begjaering, id);
        jdbc.update("update utleggspant_hendelse set dokument_id = ? where id = (select min(id) from utleggspant_hendelse where pant_id = ?)",
                brevDokumentId, id);
    }

    /** The letter that told the debtor of the lien's latest step. */
    public void settSisteHendelsesdokument(UUID id, UUID dokumentId) {
        jdbc.update("update utleggspant_hendelse set dokument_id = ? where id = (select max(id) from utleggspant_hendelse where pant_id = ?)",
                dokumentId, id);
    }

    /** Moves the lien to {@code status} and records who, when and why. */
    public void nyStatus(UUID id, Pantestatus status, LocalDate dato, Instant naa, String hvem, String begrunnelse) {
        jdbc.update("update utleggspant set status = ? where id = ?", status.name(), id);
        hendelse(id, status, dato, naa, hvem, begrunnelse);
    }

    public void hendelse(UUID id, Pantestatus status, LocalDate dato, Instant naa, String hvem, String begrunnelse) {
        jdbc.update("insert into utleggspant_hendelse (pant_id, status, dato, tidspunkt, hvem, begrunnelse) values (?, ?, ?, ?, ?, ?)",
                id, status.name(), Date.valueOf(dato), Timestamp.from(naa), hvem, begrunnelse);
    }

    /** The lien, read under a row lock when {@code forOppdatering} (a status change). */
    public Optional<Lagret> hent(UUID id, boolean forOppdatering) {
        List<Lagret> l = les("where p.id = ?" + (forOppdatering ? " for update" : ""), id);
        return l.stream().findFirst();
    }

    public List<Lagret> forSkyldner(String skyldner) {
        return les("where p.skyldner = ? order by p.saksnummer", skyldner);
    }

    public List<Lagret> aktiveForSkyldner(String skyldner) {
        return les("where p.skyldner = ? and p.status <> 'SLETTET' order by p.saksnummer for update", skyldner);
    }

    /** Debtors with a lien not deleted: the daily release run's units. */
    public List<String> skyldnereMedAktivePant() {
        return jdbc.queryForList("select distinct skyldner from utleggspant where status <> 'SLETTET' order by skyldner", String.class);
    }

    public Optional<byte[]> begjaering(UUID id) {
        return jdbc.query("select begjaering_pdf from utleggspant where id = ? and begjaering_pdf is not null",
                (rs, i) -> rs.getBytes(1), id).stream().findFirst();
    }

    public List<Panthendelse> hendelserForKrav(UUID kravId) {
        return jdbc.query("""
                select h.pant_id, h.status, h.dato, h.dokument_id
                from utleggspant_hendelse h join utleggspant_krav k on k.pant_id = h.pant_id
                where k.krav_id = ? order by h.id""",
                (rs, i) -> new Panthendelse(rs.getObject(1, UUID.class), Pantestatus.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getObject(4, UUID.class)), kravId);
    }

    private List<Lagret> les(String hvor, Object... args) {
        List<Object[]> rader = jdbc.query("""
                select p.id, p.saksnummer, p.skyldner, p.art, p.identifikator, p.beskrivelse, p.rettsvern, p.status, p.besluttet_dato,
                       p.klagefrist, p.saksbehandler, p.brev_dokument_id, p.begjaering_pdf is not null
                from utleggspant p\s""" + hvor, (rs, i) -> new Object[]{
                rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(), rs.getDate(10).toLocalDate(), rs.getString(11),
                rs.getObject(12, UUID.class), rs.getBoolean(13)}, args);
        if (rader.isEmpty()) return List.of();
        UUID[] ider = rader.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new);
        Map<UUID, List<Pantekrav>> krav = new HashMap<>();
        jdbc.query("select pant_id, krav_id, beloep_ore from utleggspant_krav where pant_id = any(?) order by krav_id", rs -> {
            krav.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Pantekrav(rs.getObject(2, UUID.class), rs.getLong(3)));
        }, (Object) ider);
        Map<UUID, List<Hendelse>> hendelser = new HashMap<>();
        jdbc.query("select pant_id, status, dato, tidspunkt, hvem, begrunnelse, dokument_id from utleggspant_hendelse where pant_id = any(?) order by id", rs -> {
            hendelser.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Hendelse(
                    Pantestatus.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toInstant(),
                    rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class)));
        }, (Object) ider);
        return rader.stream().map(r -> new Lagret((UUID) r[0], (Long) r[1], (String) r[2], Formuesgodeart.valueOf((String) r[3]),
                (String) r[4], (String) r[5], Rettsvern.valueOf((String) r[6]), Pantestatus.valueOf((String) r[7]), (LocalDate) r[8],
                (LocalDate) r[9], (String) r[10], (UUID) r[11], (Boolean) r[12], krav.getOrDefault((UUID) r[0], List.of()),
                hendelser.getOrDefault((UUID) r[0], List.of()))).toList();
    }
}

package no.innkreving.desk.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.desk.domain.Utfall;
import no.innkreving.desk.domain.Virkning;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The desk's tables: {@code saksvedtak}, and {@code klagestans_opphevet} for holds lifted after a decision. */
@Repository
class Vedtakstabell {
    private final JdbcTemplate jdbc;

    Vedtakstabell(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void settInn(Vedtak v) {
        jdbc.update("""
                insert into saksvedtak (vedtak_id, sakstype, sak_id, skyldner, utfall, virkning, krav_ider, begrunnelse, saksbehandler,
                                        vedtatt, avskrevet_ore, tilbakebetalt_ore, brev_dokument_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                v.vedtakId(), v.sakstype(), v.sakId(), v.skyldner(), v.utfall().name(), v.virkning() == null ? null : v.virkning().name(),
                v.kravIder().toArray(UUID[]::new), v.begrunnelse(), v.saksbehandler(), Timestamp.from(v.vedtatt()), v.avskrevetOre(),
                v.tilbakebetaltOre(), v.brevDokumentId());
    }

    private static final String VEDTAK = """
            select vedtak_id, sakstype, sak_id, skyldner, utfall, virkning, krav_ider, begrunnelse, saksbehandler, vedtatt,
                   avskrevet_ore, tilbakebetalt_ore, brev_dokument_id from saksvedtak""";

    private static Vedtak rad(java.sql.ResultSet rs) throws java.sql.SQLException {
        String virkning = rs.getString(6);
        return new Vedtak(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                Utfall.valueOf(rs.getString(5)), virkning == null ? null : Virkning.valueOf(virkning),
                List.of((UUID[]) rs.getArray(7).getArray()), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                rs.getLong(11), rs.getLong(12), rs.getObject(13, UUID.class));
    }

    Optional<Vedtak> forSak(UUID sakId) {
        return jdbc.query(VEDTAK + " where sak_id = ?", (rs, i) -> rad(rs), sakId).stream().findFirst();
    }

    /** Records a lift; false if the complaint's hold was lifted before (its key). */
    boolean settInn(Saksvedtak.Oppheving o) {
        return jdbc.update("""
                insert into klagestans_opphevet (klage_id, skyldner, opphevet, begrunnelse, saksbehandler, registrert, brev_dokument_id)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (klage_id) do nothing""",
                o.klageId(), o.skyldner(), o.opphevet(), o.begrunnelse(), o.saksbehandler(), Timestamp.from(o.registrert()),
                o.brevDokumentId()) == 1;
    }

    Optional<Saksvedtak.Oppheving> oppheving(UUID klageId) {
        return jdbc.query("""
                select klage_id, skyldner, opphevet, begrunnelse, saksbehandler, registrert, brev_dokument_id
                from klagestans_opphevet where klage_id = ?""",
                (rs, i) -> new Saksvedtak.Oppheving(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class)), klageId)
                .stream().findFirst();
    }

    List<Vedtak> forSkyldner(String skyldner) {
        return jdbc.query(VEDTAK + " where skyldner = ? order by vedtatt desc", (rs, i) -> rad(rs), skyldner);
    }
}

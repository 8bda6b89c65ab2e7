package no.innkreving.letters.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class DokumentTables {
    private final JdbcTemplate jdbc;

    DokumentTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NyttDokument(UUID dokumentId, String brevslag, String nummer, String mottaker, String kanal,
                               String mediatype, byte[] innhold) {
    }

    public record Lagret(String mediatype, byte[] innhold) {
    }

    public void lagre(List<NyttDokument> dokumenter, Instant naa) {
        jdbc.batchUpdate("""
                        insert into brevdokument (dokument_id, brevslag, nummer, mottaker, kanal, mediatype, innhold, sendt)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                dokumenter, 200, (ps, d) -> {
                    ps.setObject(1, d.dokumentId());
                    ps.setString(2, d.brevslag());
                    ps.setString(3, d.nummer());
                    ps.setString(4, d.mottaker());
                    ps.setString(5, d.kanal());
                    ps.setString(6, d.mediatype());
                    ps.setBytes(7, d.innhold());
                    ps.setTimestamp(8, Timestamp.from(naa));
                });
    }

    public record Oppfoering(UUID dokumentId, String brevslag, String nummer, String mediatype, Instant sendt) {
    }

    public List<Oppfoering> forMottaker(String mottaker) {
        return jdbc.query("select dokument_id, brevslag, nummer, mediatype, sendt from brevdokument where mottaker = ? order by sendt desc, dokument_id desc",
                (rs, i) -> new Oppfoering(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), mottaker);
    }

    public Optional<Lagret> hent(UUID dokumentId, String mottaker) {
        return jdbc.query("select mediatype, innhold from brevdokument where dokument_id = ? and mottaker = ?",
                rs -> rs.next() ? Optional.of(new Lagret(rs.getString(1), rs.getBytes(2))) : Optional.empty(), dokumentId, mottaker);
    }

    public Optional<Lagret> hent(UUID dokumentId) {
        return jdbc.query("select mediatype, innhold from brevdokument where dokument_id = ?",
                rs -> rs.next() ? Optional.of(new Lagret(rs.getString(1), rs.getBytes(2))) : Optional.empty(), dokumentId);
    }
}

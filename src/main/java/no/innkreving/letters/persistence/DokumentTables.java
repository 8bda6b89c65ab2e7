package no.innkreving.letters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.innkreving.platform.jdbc.Binaerkopi;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class DokumentTables {
    private final JdbcTemplate jdbc;

    DokumentTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A letter as sent: what it says ({@link Brevgrunnlag}); its file is laid out later. */
    public record NyttDokument(UUID dokumentId, String brevslag, String nummer, String mottaker, String kanal,
                               String mediatype, byte[] grunnlag) {
    }

    /** A stored letter: its file when laid out, else null and what it says. */
    public record Lagret(UUID dokumentId, String mediatype, byte[] innhold, String grunnlag) {
    }

    /** Stores sent letters in one binary COPY (an offset run's batch sends thousands). */
    public void lagre(List<NyttDokument> dokumenter, Instant naa) {
        if (dokumenter.isEmpty()) return;
        var k = new Binaerkopi(8, dokumenter.size() * 1536);
        for (NyttDokument d : dokumenter)
            k.rad().uuid(d.dokumentId()).tekst(d.brevslag()).tekst(d.nummer()).tekst(d.mottaker()).tekst(d.kanal())
                    .tekst(d.mediatype()).tekst(d.grunnlag()).tidspunkt(naa);
        jdbc.execute((ConnectionCallback<Long>) con ->
                k.kopierTil(con, "brevdokument (dokument_id, brevslag, nummer, mottaker, kanal, mediatype, grunnlag, sendt)"));
    }

    /**
     * Stores fixed texts of letter kinds (id → text) not stored yet, in the caller's transaction, so a letter never
     * refers to a text that is not there. In id order, so two senders storing the same new texts never deadlock.
     */
    public void lagreFasteTekster(Map<String, String> tekster) {
        if (tekster.isEmpty()) return;
        Map<String, String> sortert = new TreeMap<>(tekster);
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into brevtekst (tekst_id, tekst)
                    select i, t from unnest(?::text[], ?::text[]) with ordinality x(i, t, nr) order by nr
                    on conflict (tekst_id) do nothing""");
            ps.setArray(1, con.createArrayOf("text", sortert.keySet().toArray()));
            ps.setArray(2, con.createArrayOf("text", sortert.values().toArray()));
            return ps;
        });
    }

    /** A stored fixed text by its id, or null. */
    public String fastTekst(String tekstId) {
        return jdbc.query("select tekst from brevtekst where tekst_id = ?", rs -> rs.next() ? rs.getString(1) : null, tekstId);
    }

    /** Up to {@code maks} letters not laid out yet, oldest first, locked for this transaction (two printers share them). */
    public List<Lagret> ikkeLaget(int maks) {
        return jdbc.query("""
                select dokument_id, mediatype, innhold, grunnlag from brevdokument where innhold is null
                order by sendt, dokument_id limit ? for update skip locked""", (rs, i) -> lagret(rs), maks);
    }

    /** Stores a letter's laid-out file, unless another printer or reader did first (the same file: layout is pure). */
    public void settInnhold(UUID dokumentId, byte[] innhold) {
        jdbc.update("update brevdokument set innhold = ? where dokument_id = ? and innhold is null", innhold, dokumentId);
    }

    public void settInnhold(List<UUID> dokumentIder, List<byte[]> innhold) {
        List<Object[]> rader = new java.util.ArrayList<>(dokumentIder.size());
        for (int i = 0; i < dokumentIder.size(); i++) rader.add(new Object[]{innhold.get(i), dokumentIder.get(i)});
        jdbc.batchUpdate("update brevdokument set innhold = ? where dokument_id = ? and innhold is null", rader);
    }

    public long antallIkkeLaget() {
        Long n = jdbc.queryForObject("select count(*) from brevdokument where innhold is null", Long.class);
        return n == null ? 0 : n;
    }

    private static Lagret lagret(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Lagret(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3), rs.getString(4));
    }

    public record Oppfoering(UUID dokumentId, String brevslag, String nummer, String mediatype, Instant sendt) {
    }

    public List<Oppfoering> forMottaker(String mottaker) {
        return jdbc.query("select dokument_id, brevslag, nummer, mediatype, sendt from brevdokument where mottaker = ? order by sendt desc, dokument_id desc",
                (rs, i) -> new Oppfoering(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), mottaker);
    }

    public Optional<Lagret> hent(UUID dokumentId, String mottaker) {
        return jdbc.query("select dokument_id, mediatype, innhold, grunnlag from brevdokument where dokument_id = ? and mottaker = ?",
                rs -> rs.next() ? Optional.of(lagret(rs)) : Optional.empty(), dokumentId, mottaker);
    }

    public Optional<Lagret> hent(UUID dokumentId) {
        return jdbc.query("select dokument_id, mediatype, innhold, grunnlag from brevdokument where dokument_id = ?",
                rs -> rs.next() ? Optional.of(lagret(rs)) : Optional.empty(), dokumentId);
    }
}

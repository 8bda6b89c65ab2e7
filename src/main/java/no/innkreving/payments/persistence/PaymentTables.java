package no.innkreving.payments.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Utbetaling;
import no.innkreving.platform.jdbc.Arrayparametre;
import no.innkreving.platform.jdbc.Binaerkopi;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentTables {
    private static final String INNBETALING = """
            innbetaling_id, bankfil_id, bankreferanse, innbetalingsdato, bokfoeringsdato, beloep_ore, kid, skyldner,
            utpekt_krav, fra_konto, fra_navn, til_konto, fritekst""";
    private static final String BANKFIL = """
            bankfil_id, filnavn, sha256, storrelse, kilde, format, mottatt, status, antall_poster, antall_feil,
            antall_nye, sum_ore, rapport""";
    private final JdbcTemplate jdbc;

    PaymentTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Bankfilstatus> bankfilMedInnhold(String sha256) {
        return jdbc.query("select " + BANKFIL + " from bankfil where sha256 = ?", (rs, n) -> bankfil(rs), sha256)
                .stream().findFirst();
    }

    public Optional<Bankfilstatus> bankfil(UUID id) {
        return jdbc.query("select " + BANKFIL + " from bankfil where bankfil_id = ?", (rs, n) -> bankfil(rs), id)
                .stream().findFirst();
    }

    public List<Bankfilstatus> bankfiler(int antall) {
        return jdbc.query("select " + BANKFIL + " from bankfil order by mottatt desc limit ?", (rs, n) -> bankfil(rs), antall);
    }

    /**
     * The current transaction commits without waiting for its WAL to reach the disk. Safe for a file's batches: the
     * file's own closing update commits normally, which flushes every earlier commit too, and until then a crash
     * leaves the file unfinished, so the import resumes and books again whatever the crash lost (decision 0015).
     */
    public void utenVentPaaDisk() {
        jdbc.execute("set local synchronous_commit = off");
    }

    /** Registers a file; false when a file with the same content got there first. */
    public boolean nyBankfil(UUID id, String filnavn, String sha256, long storrelse, String kilde, Instant mottatt) {
        return jdbc.update("""
                insert into bankfil (bankfil_id, filnavn, sha256, storrelse, kilde, mottatt, status)
                values (?, ?, ?, ?, ?, ?, 'UNDER_BEHANDLING') on conflict (sha256) do nothing""",
                id, filnavn, sha256, storrelse, kilde, Timestamp.from(mottatt)) == 1;
    }

    /** Payments booked so far of a file being imported (shown as antall_nye until the file is done). */
    public void fremdrift(UUID id, int bokfoert) {
        jdbc.update("update bankfil set antall_nye = ? where bankfil_id = ? and status = 'UNDER_BEHANDLING'", bokfoert, id);
    }

    public void avsluttBankfil(UUID id, String format, String status, int poster, int feil, int nye, long sumOre, String rapport) {
        avsluttBankfil(id, format, status, poster, feil, nye, sumOre, 0, 0, 0, rapport);
    }

    /** Closes a file with what its total went to: new payments, payments received before, reversals. */
    public void avsluttBankfil(UUID id, String format, String status, int poster, int feil, int nye, long sumOre,
                               long tidligereMottattOre, int tilbakefoeringer, long tilbakefoertOre, String rapport) {
        jdbc.update("""
                update bankfil set format = ?, status = ?, antall_poster = ?, antall_feil = ?, antall_nye = ?, sum_ore = ?,
                    sum_tidligere_mottatt_ore = ?, antall_tilbakefoeringer = ?, sum_tilbakefoeringer_ore = ?,
                    rapport = ? where bankfil_id = ?""", format, status, poster, feil, nye, sumOre, tidligereMottattOre,
                tilbakefoeringer, tilbakefoertOre, rapport, id);
    }

    /** The payment a reversal names: by its bank reference, or (OCR giro) the latest unreversed one with this KID and amount. */
    public Optional<Innbetaling> tilbakefoert(String bankreferanse, String kid, long beloepOre) {
        if (bankreferanse != null)
            return jdbc.query("select " + INNBETALING + " from innbetaling where bankreferanse = ?", (rs, n) -> innbetaling(rs),
                    bankreferanse).stream().findFirst();
        if (kid == null) return Optional.empty();
        return jdbc.query("select " + INNBETALING + " " + """
                 from innbetaling i where kid = ? and beloep_ore = ?
                  and not exists (select 1 from tilbakefoering t where t.innbetaling_id = i.innbetaling_id)
                order by innbetalingsdato desc, registrert desc limit 1""", (rs, n) -> innbetaling(rs), kid, beloepOre)
                .stream().findFirst();
    }

    public boolean tilbakefoeringFinnes(String bankreferanse) {
        return !jdbc.queryForList("select 1 from tilbakefoering where bankreferanse = ?", Integer.class, bankreferanse).isEmpty();
    }

    public boolean erTilbakefoert(UUID innbetalingId) {
        return !jdbc.queryForList("select 1 from tilbakefoering where innbetaling_id = ?", Integer.class, innbetalingId).isEmpty();
    }

    public boolean harSendtUtbetaling(UUID innbetalingId) {
        return !jdbc.queryForList("select 1 from utbetaling where innbetaling_id = ? and status = 'SENDT'", Integer.class,
                innbetalingId).isEmpty();
    }

    /** Books a reversal's row and cancels the refunds of the reversed payment not yet sent. */
    public void nyTilbakefoering(UUID id, UUID bankfilId, String bankreferanse, UUID innbetalingId, long beloepOre,
                                 LocalDate bokfoeringsdato, Instant naa) {
        jdbc.update("""
                insert into tilbakefoering (tilbakefoering_id, bankfil_id, bankreferanse, innbetaling_id, beloep_ore, bokfoeringsdato, registrert)
                values (?, ?, ?, ?, ?, ?, ?)""", id, bankfilId, bankreferanse, innbetalingId, beloepOre, bokfoeringsdato,
                Timestamp.from(naa));
        jdbc.update("update utbetaling set status = 'ANNULLERT' where innbetaling_id = ? and status = 'KLAR'", innbetalingId);
    }

    /** Per file: what it held and where it went, for reconciliation. */
    public record Filavstemming(UUID bankfilId, String filnavn, String status, long lestOre, long bokfoertOre,
                                long tidligereMottattOre, int avvistePoster, long tilbakefoeringerLestOre,
                                long tilbakefoertOre) {
        /** A file refused whole (AVVIST) ties when nothing of it was booked: all of it is reported as refused. */
        public boolean stemmer() {
            if ("UNDER_BEHANDLING".equals(status)) return true;
            if ("AVVIST".equals(status)) return bokfoertOre == 0 && tilbakefoertOre == 0;
            return lestOre == bokfoertOre + tidligereMottattOre && tilbakefoeringerLestOre >= tilbakefoertOre;
        }
    }

    public List<Filavstemming> filavstemming() {
        return jdbc.query("""
                select f.bankfil_id, f.filnavn, f.status, f.sum_ore,
                       coalesce((select sum(beloep_ore) from innbetaling i where i.bankfil_id = f.bankfil_id), 0),
                       f.sum_tidligere_mottatt_ore, f.antall_feil, f.sum_tilbakefoeringer_ore,
                       coalesce((select sum(beloep_ore) from tilbakefoering t where t.bankfil_id = f.bankfil_id), 0)
                from bankfil f order by f.mottatt, f.bankfil_id""",
                (rs, n) -> new Filavstemming(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getInt(7), rs.getLong(8), rs.getLong(9)));
    }

    /**
     * Stores the payments in one binary COPY and returns the ids stored. A bank reference twice in the list keeps the
     * first. With {@code ledeEtterKjente} the references already stored (a resent file, a rerun after a crash) are
     * looked up first and left out; without it (a batch's first try: one index probe a payment less) a known
     * reference makes the unique index refuse the copy with a {@link org.springframework.dao.DuplicateKeyException},
     * the transaction is lost, and the caller tries again with the look-up. So is a reference that another import
     * stores between the look-up and the copy.
     */
    public List<UUID> settInn(List<Innbetaling> innbetalinger, Instant naa, boolean ledeEtterKjente) {
        if (innbetalinger.isEmpty()) return List.of();
        Set<String> kjente = !ledeEtterKjente ? new HashSet<>() : new HashSet<>(jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select bankreferanse from innbetaling where bankreferanse = any(?::text[])");
            ps.setArray(1, Arrayparametre.tekst(con, innbetalinger.stream().map(Innbetaling::bankreferanse).toList()));
            return ps;
        }, (rs, n) -> rs.getString(1)));
        var kopi = new Binaerkopi(14);
        List<UUID> nye = new ArrayList<>(innbetalinger.size());
        for (Innbetaling b : innbetalinger) {
            if (!kjente.add(b.bankreferanse())) continue;
            kopi.rad().uuid(b.innbetalingId()).uuid(b.bankfilId()).tekst(b.bankreferanse()).dato(b.innbetalingsdato())
                    .dato(b.bokfoeringsdato()).heltall(b.beloepOre()).tekst(b.kid()).tekst(b.skyldner()).uuid(b.utpektKrav())
                    .tekst(b.fraKonto()).tekst(b.fraNavn()).tekst(b.tilKonto()).tekst(b.fritekst()).tidspunkt(naa);
            nye.add(b.innbetalingId());
        }
        jdbc.execute((ConnectionCallback<Long>) con -> kopi.kopierTil(con, "innbetaling (" + INNBETALING + ", registrert)"));
        return nye;
    }

    public List<Innbetaling> innbetalinger(Collection<UUID> ider) {
        if (ider.isEmpty()) return List.of();
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select " + INNBETALING + " from innbetaling where innbetaling_id = any(?) order by innbetalingsdato, innbetaling_id");
            ps.setArray(1, con.createArrayOf("uuid", ider.toArray()));
            return ps;
        }, (rs, n) -> innbetaling(rs));
    }

    public List<Innbetaling> innbetalingerForSkyldner(String skyldner, LocalDate fraOgMed, LocalDate tilOgMed) {
        return jdbc.query("select " + INNBETALING + " " + """
                 from innbetaling where skyldner = ? and innbetalingsdato between ? and ? order by innbetalingsdato, innbetaling_id""",
                (rs, n) -> innbetaling(rs), skyldner, fraOgMed, tilOgMed);
    }

    public List<Innbetaling> innbetalingerForSkyldner(String skyldner) {
        return jdbc.query("select " + INNBETALING + " from innbetaling where skyldner = ? order by innbetalingsdato, innbetaling_id",
                (rs, n) -> innbetaling(rs), skyldner);
    }

    public void tilordne(UUID innbetalingId, String skyldner, UUID utpektKrav) {
        jdbc.update("update innbetaling set skyldner = ?, utpekt_krav = coalesce(?, utpekt_krav) where innbetaling_id = ?",
                skyldner, utpektKrav, innbetalingId);
    }

    public void nyeUtbetalinger(List<Utbetaling> utbetalinger) {
        jdbc.batchUpdate("""
                insert into utbetaling (utbetaling_id, innbetaling_id, skyldner, beloep_ore, til_konto, til_navn, status, opprettet, motkrav_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", utbetalinger, 500, (ps, u) -> {
            ps.setObject(1, u.utbetalingId());
            ps.setObject(2, u.innbetalingId(), java.sql.Types.OTHER);
            ps.setString(3, u.skyldner());
            ps.setLong(4, u.beloepOre());
            ps.setString(5, u.tilKonto());
            ps.setString(6, u.tilNavn());
            ps.setString(7, u.status());
            ps.setObject(8, u.opprettet());
            ps.setObject(9, u.motkravId(), java.sql.Types.OTHER);
        });
    }

    public List<Utbetaling> utbetalingerForSkyldner(String skyldner, LocalDate fraOgMed, LocalDate tilOgMed) {
        return jdbc.query("""
                select utbetaling_id, innbetaling_id, skyldner, beloep_ore, til_konto, til_navn, status, opprettet, motkrav_id
                from utbetaling where skyldner = ? and opprettet between ? and ? order by opprettet, utbetaling_id""",
                (rs, n) -> new Utbetaling(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, UUID.class)),
                skyldner, fraOgMed, tilOgMed);
    }

    /** Sum of all payments, all reversals and all refunds not cancelled, for reconciliation against the ledger. */
    public long[] summer() {
        return jdbc.queryForObject("""
                select (select coalesce(sum(beloep_ore), 0) from innbetaling),
                       (select coalesce(sum(beloep_ore), 0) from utbetaling where status <> 'ANNULLERT'),
                       (select coalesce(sum(beloep_ore), 0) from tilbakefoering)""",
                (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    private static Innbetaling innbetaling(ResultSet rs) throws SQLException {
        return new Innbetaling(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getString(7),
                rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13));
    }

    private static Bankfilstatus bankfil(ResultSet rs) throws SQLException {
        return new Bankfilstatus(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getLong(12), rs.getString(13));
    }
}

package no.innkreving.offset.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.Motkravart;
import no.innkreving.offset.Tilbakebetaling;
import no.innkreving.offset.domain.Motregningslinje;
import no.innkreving.platform.jdbc.Arrayparametre;
import no.innkreving.platform.jdbc.Binaerkopi;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class OffsetTables {
    private static final String KOLONNER = "motkrav_id, referanse, skyldner, beloep_ore, art, dato, kontonummer, status, "
            + "coalesce(motregnet_ore, 0), coalesce(utbetalt_ore, 0), virkningsdato, dokument_id";
    private static final RowMapper<Motkrav> MOTKRAV = OffsetTables::motkrav;

    private final JdbcTemplate jdbc;

    OffsetTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current transaction commits without waiting for its WAL to reach the disk. Safe for a file's batches (as
     * for bank files, decision 0015): the file's own closing update commits normally, which flushes every earlier
     * commit too, and until then a crash leaves the file unfinished, so it is read again and whatever the crash lost
     * is offset again, once by its reference (decision 0078).
     */
    public void utenVentPaaDisk() {
        jdbc.execute("set local synchronous_commit = off");
    }

    public void nyFil(UUID filId, String filnavn, String kilde, Instant naa) {
        jdbc.update("insert into motregningsfil (fil_id, filnavn, kilde, mottatt, status) values (?, ?, ?, ?, 'UNDER_BEHANDLING')",
                filId, filnavn, kilde, Timestamp.from(naa));
    }

    public void filFerdig(UUID filId, String status, int linjer, int nye, int kjente, int feil, String rapport) {
        jdbc.update("""
                update motregningsfil set status = ?, antall_linjer = ?, antall_nye = ?, antall_kjente = ?, antall_feil = ?, rapport = ?
                where fil_id = ?""", status, linjer, nye, kjente, feil, rapport, filId);
    }

    public record Fil(UUID filId, String filnavn, String kilde, Instant mottatt, String status, int antallLinjer,
                      int antallNye, int antallKjente, int antallFeil, String rapport) {
    }

    public List<Fil> filer(int antall) {
        return jdbc.query("""
                select fil_id, filnavn, kilde, mottatt, status, antall_linjer, antall_nye, antall_kjente, antall_feil, rapport
                from motregningsfil order by mottatt desc, fil_id limit ?""",
                (rs, n) -> new Fil(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10)), antall);
    }

    /**
     * Stores the amounts not already known by their reference (a resent file, a rerun after a crash: nothing twice);
     * returns the references that were new.
     */
    public List<String> settInn(List<Motregningslinje> linjer, UUID filId, Instant naa) {
        if (linjer.isEmpty()) return List.of();
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into motkrav (motkrav_id, referanse, skyldner, beloep_ore, art, dato, kontonummer, fil_id, linjenummer, status, registrert)
                    select gen_random_uuid(), r, s, b, a, d, k, ?, l, 'MOTTATT', ?
                    from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::date[], ?::text[], ?::int[]) as x(r, s, b, a, d, k, l)
                    on conflict (referanse) do nothing
                    returning referanse""");
            ps.setObject(1, filId);
            ps.setTimestamp(2, Timestamp.from(naa));
            ps.setArray(3, con.createArrayOf("text", linjer.stream().map(Motregningslinje::referanse).toArray()));
            ps.setArray(4, con.createArrayOf("text", linjer.stream().map(Motregningslinje::skyldner).toArray()));
            ps.setArray(5, con.createArrayOf("bigint", linjer.stream().map(Motregningslinje::beloepOre).toArray()));
            ps.setArray(6, con.createArrayOf("text", linjer.stream().map(l -> l.art().name()).toArray()));
            ps.setArray(7, con.createArrayOf("date", linjer.stream().map(l -> java.sql.Date.valueOf(l.dato())).toArray()));
            ps.setArray(8, con.createArrayOf("text", linjer.stream().map(Motregningslinje::kontonummer).toArray()));
            ps.setArray(9, con.createArrayOf("int4", linjer.stream().map(Motregningslinje::linjenummer).toArray()));
            return ps;
        }, (rs, n) -> rs.getString(1));
    }

    /** The stored amounts with these references. */
    public Map<String, Motkrav> medReferanser(Collection<String> referanser) {
        Map<String, Motkrav> svar = new HashMap<>();
        if (referanser.isEmpty()) return svar;
        jdbc.query(con -> {
            var ps = con.prepareStatement("select " + KOLONNER + " from motkrav where referanse = any(?)");
            ps.setArray(1, con.createArrayOf("text", referanser.toArray()));
            return ps;
        }, rs -> {
            Motkrav m = motkrav(rs, 0);
            svar.put(m.referanse(), m);
        });
        return svar;
    }

    /** Debtors after {@code etter} with amounts received but not yet offset (a file being taken in, a run killed halfway). */
    public List<String> skyldnereMedUbehandlede(String etter, int antall) {
        return jdbc.queryForList("select distinct skyldner from motkrav where status = 'MOTTATT' and skyldner > ? order by skyldner limit ?",
                String.class, etter, antall);
    }

    /**
     * The debtors' amounts not yet offset, per debtor in the order they arrived (file by file, line by line), locked
     * until the transaction ends (the caller holds the debtors' locks).
     */
    public List<Motkrav> ubehandlede(Collection<String> skyldnere) {
        if (skyldnere.isEmpty()) return List.of();
        return jdbc.query(con -> {
            var ps = con.prepareStatement("select " + KOLONNER + " from motkrav where skyldner = any(?) and status = 'MOTTATT' "
                    + "order by skyldner, registrert, fil_id, linjenummer for update");
            ps.setArray(1, Arrayparametre.tekst(con, skyldnere));
            return ps;
        }, MOTKRAV);
    }

    /** What became of an amount: offset against claims, the rest paid out, from {@code virkningsdato}; its letter or null. */
    public record Utfall(UUID motkravId, long motregnetOre, long utbetaltOre, LocalDate virkningsdato, UUID dokumentId) {
    }

    /** Marks amounts received and waiting as done, in one statement; each must have been waiting. */
    public void motregnet(List<Utfall> utfall, Instant naa) {
        if (utfall.isEmpty()) return;
        int n = jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    update motkrav m set status = 'MOTREGNET', motregnet_ore = x.mo, utbetalt_ore = x.ut, virkningsdato = x.v::date,
                                         dokument_id = x.d::uuid, behandlet = ?
                    from unnest(?::uuid[], ?::int8[], ?::int8[], ?::text[], ?::text[]) x(id, mo, ut, v, d)
                    where m.motkrav_id = x.id and m.status = 'MOTTATT'""");
            ps.setTimestamp(1, Timestamp.from(naa));
            ps.setArray(2, Arrayparametre.tekst(con, utfall.stream().map(Utfall::motkravId).toArray()));
            ps.setArray(3, Arrayparametre.heltall(con, utfall.stream().map(Utfall::motregnetOre).toArray(Long[]::new)));
            ps.setArray(4, Arrayparametre.heltall(con, utfall.stream().map(Utfall::utbetaltOre).toArray(Long[]::new)));
            ps.setArray(5, Arrayparametre.tekst(con, utfall.stream().map(Utfall::virkningsdato).toArray()));
            ps.setArray(6, Arrayparametre.tekst(con, utfall.stream().map(Utfall::dokumentId).toArray()));
            return ps;
        });
        if (n != utfall.size()) throw new IllegalStateException(utfall.size() + " amounts to mark offset, but " + n + " were waiting");
    }

    /**
     * Part of an offset amount paid back to the debtor after all (its claim lowered or deleted): moved from offset to
     * paid out, so the two still add up to the amount. Refuses more than stands offset.
     */
    public void tilbakebetalt(UUID motkravId, long beloepOre) {
        int n = jdbc.update("""
                update motkrav set motregnet_ore = motregnet_ore - ?, utbetalt_ore = utbetalt_ore + ?
                where motkrav_id = ? and status = 'MOTREGNET' and motregnet_ore >= ?""", beloepOre, beloepOre, motkravId, beloepOre);
        if (n != 1) throw new IllegalStateException("amount " + motkravId + " has not " + beloepOre + " øre offset to pay back");
    }

    /** Records a payback of offset money and its letter. */
    public void registrerTilbakebetaling(Tilbakebetaling t, Instant naa) {
        jdbc.update("""
                insert into motregning_tilbakebetalt (motkrav_id, krav_id, dato, beloep_ore, grunn, dokument_id, registrert)
                values (?, ?, ?, ?, ?, ?, ?)""", t.motkravId(), t.kravId(), t.dato(), t.beloepOre(), t.grunn(), t.dokumentId(),
                Timestamp.from(naa));
    }

    public List<Tilbakebetaling> tilbakebetalinger(Collection<UUID> kravIder) {
        if (kravIder.isEmpty()) return List.of();
        return jdbc.query("""
                select motkrav_id, krav_id, dato, beloep_ore, grunn, dokument_id from motregning_tilbakebetalt
                where krav_id = any(?) order by dato, registrert""",
                (rs, n) -> new Tilbakebetaling(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5), rs.getObject(6, UUID.class)), (Object) kravIder.toArray(UUID[]::new));
    }

    /** A new amount from a file, offset in the same transaction it is stored in. */
    public record NyttMotkrav(Motregningslinje linje, UUID filId, Utfall utfall) {
    }

    /**
     * Stores new amounts already offset, in one binary COPY. A reference stored before (a resent file, a rerun, another
     * file at the same moment) fails the whole statement with a unique violation, and with it the caller's
     * transaction, so nothing is offset twice; the caller then leaves the known references out and tries again.
     */
    public void settInnMotregnet(List<NyttMotkrav> nye, Instant naa) {
        if (nye.isEmpty()) return;
        var k = new Binaerkopi(16);
        for (NyttMotkrav n : nye) {
            Motregningslinje l = n.linje();
            Utfall u = n.utfall();
            k.rad().uuid(u.motkravId()).tekst(l.referanse()).tekst(l.skyldner()).heltall(l.beloepOre()).tekst(l.art().name())
                    .dato(l.dato()).tekst(l.kontonummer()).uuid(n.filId()).heltall4(l.linjenummer()).tekst("MOTREGNET")
                    .heltall(u.motregnetOre()).heltall(u.utbetaltOre()).dato(u.virkningsdato()).uuid(u.dokumentId())
                    .tidspunkt(naa).tidspunkt(naa);
        }
        jdbc.execute((ConnectionCallback<Long>) con -> k.kopierTil(con, """
                motkrav (motkrav_id, referanse, skyldner, beloep_ore, art, dato, kontonummer, fil_id, linjenummer, status,
                         motregnet_ore, utbetalt_ore, virkningsdato, dokument_id, registrert, behandlet)"""));
    }

    /** What of each amount was offset as avregning against each claim. */
    public record Avregnet(UUID motkravId, UUID kravId, long beloepOre) {
    }

    public void avregnet(List<Avregnet> avregnet) {
        if (avregnet.isEmpty()) return;
        jdbc.batchUpdate("insert into motregning_avregning (motkrav_id, krav_id, beloep_ore) values (?, ?, ?)", avregnet, 500,
                (ps, a) -> {
                    ps.setObject(1, a.motkravId());
                    ps.setObject(2, a.kravId());
                    ps.setLong(3, a.beloepOre());
                });
    }

    /** What of an amount was offset as avregning against a claim, or null if nothing. */
    public Long avregnet(UUID motkravId, UUID kravId) {
        List<Long> b = jdbc.queryForList("select beloep_ore from motregning_avregning where motkrav_id = ? and krav_id = ?",
                Long.class, motkravId, kravId);
        return b.isEmpty() ? null : b.getFirst();
    }

    /** Sets what of an amount counts as avregning against a claim; 0 removes it. */
    public void settAvregnet(UUID motkravId, UUID kravId, long beloepOre) {
        if (beloepOre > 0)
            jdbc.update("update motregning_avregning set beloep_ore = ? where motkrav_id = ? and krav_id = ?", beloepOre, motkravId, kravId);
        else jdbc.update("delete from motregning_avregning where motkrav_id = ? and krav_id = ?", motkravId, kravId);
    }

    /** What has been offset as avregning against each given claim so far. */
    public Map<UUID, Long> avregnetHittil(Collection<UUID> kravIder) {
        Map<UUID, Long> svar = new HashMap<>();
        if (kravIder.isEmpty()) return svar;
        jdbc.query("select krav_id, sum(beloep_ore) from motregning_avregning where krav_id = any(?) group by krav_id",
                rs -> {
                    svar.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }, (Object) kravIder.toArray(UUID[]::new));
        return svar;
    }

    public List<Motkrav> motkrav(Collection<UUID> ider) {
        if (ider.isEmpty()) return List.of();
        return jdbc.query("select " + KOLONNER + " from motkrav where motkrav_id = any(?) order by dato, referanse", MOTKRAV,
                (Object) ider.toArray(UUID[]::new));
    }

    public List<Motkrav> forSkyldner(String skyldner) {
        return jdbc.query("select " + KOLONNER + " from motkrav where skyldner = ? order by dato, referanse", MOTKRAV, skyldner);
    }

    private static Motkrav motkrav(ResultSet rs, int n) throws SQLException {
        return new Motkrav(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                Motkravart.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                rs.getLong(9), rs.getLong(10), rs.getObject(11, LocalDate.class), rs.getObject(12, UUID.class));
    }
}

package no.innkreving.invoicing.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.platform.jdbc.Arrayparametre;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoicingTables {
    private static final String KOLONNER = """
            fakturanummer, type, krav_id, skyldner, kid, fakturadato, beloep_ore, gjelder_faktura, kanal, status""";
    private final JdbcTemplate jdbc;

    InvoicingTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NyFaktura(long fakturanummer, Faktura.Type type, UUID kravId, String skyldner, String kid,
                            LocalDate fakturadato, long beloepOre, Long gjelderFaktura) {
    }

    public List<Long> nyeFakturanumre(int antall) {
        if (antall == 0) return List.of();
        return jdbc.queryForList("select nextval('fakturanummer') from generate_series(1, ?)", Long.class, antall);
    }

    /** Inserts invoices; one already there for the same claim is left alone (a repeated booking event). */
    public void settInn(List<NyFaktura> fakturaer, Instant naa) {
        jdbc.batchUpdate("""
                        insert into faktura (fakturanummer, type, krav_id, skyldner, kid, fakturadato,
                            beloep_ore, gjelder_faktura, status, opprettet)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'NY', ?) on conflict do nothing""",
                fakturaer, 500, (ps, f) -> {
                    ps.setLong(1, f.fakturanummer());
                    ps.setString(2, f.type().name());
                    ps.setObject(3, f.kravId());
                    ps.setString(4, f.skyldner());
                    ps.setString(5, f.kid());
                    ps.setObject(6, f.fakturadato());
                    ps.setLong(7, f.beloepOre());
                    ps.setObject(8, f.gjelderFaktura());
                    ps.setTimestamp(9, Timestamp.from(naa));
                });
    }

    public List<Faktura> forKrav(Collection<UUID> kravIder) {
        if (kravIder.isEmpty()) return List.of();
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select " + KOLONNER + " from faktura where krav_id = any(?::uuid[]) order by fakturanummer");
            ps.setArray(1, Arrayparametre.tekst(con, kravIder));
            return ps;
        }, (rs, n) -> faktura(rs));
    }

    public List<Faktura> forSkyldner(String skyldner) {
        return jdbc.query("select " + KOLONNER + " from faktura where skyldner = ? order by fakturanummer",
                (rs, n) -> faktura(rs), skyldner);
    }

    public long nyttKidsettnummer() {
        return jdbc.queryForObject("select nextval('kidsett_nummer')", Long.class);
    }

    public void settInnKravsett(String kid, String skyldner, List<UUID> krav, String kilde, Instant naa) {
        jdbc.update("insert into kid_kravsett (kid, skyldner, kilde, opprettet) values (?, ?, ?, ?)", kid, skyldner, kilde,
                Timestamp.from(naa));
        for (int i = 0; i < krav.size(); i++)
            jdbc.update("insert into kid_kravsett_krav (kid, rekkefoelge, krav_id) values (?, ?, ?)", kid, i + 1, krav.get(i));
    }

    /** Replaces a KID set's claims; false when the KID is no set. */
    public boolean erstattKravsett(String kid, List<UUID> krav) {
        if (jdbc.queryForList("select kid from kid_kravsett where kid = ? for update", String.class, kid).isEmpty()) return false;
        jdbc.update("delete from kid_kravsett_krav where kid = ?", kid);
        for (int i = 0; i < krav.size(); i++)
            jdbc.update("insert into kid_kravsett_krav (kid, rekkefoelge, krav_id) values (?, ?, ?)", kid, i + 1, krav.get(i));
        return true;
    }

    /** Per KID: the claim of the invoice (not credit note) issued with exactly that KID, or the claims of a KID set. */
    public Map<String, KravForKid> kravForUtstedteKider(Collection<String> kider) {
        Map<String, KravForKid> svar = new HashMap<>();
        if (kider.isEmpty()) return svar;
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select kid, krav_id, skyldner, beloep_ore from faktura
                    where kid = any(?::text[]) and type = 'FAKTURA'""");
            ps.setArray(1, Arrayparametre.tekst(con, kider));
            return ps;
        }, rs -> {
            svar.put(rs.getString(1), new KravForKid(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getLong(4)));
        });
        // a set's KID is from the range 90000000001 up (V26), so only KIDs starting with 9 are looked for there
        List<String> settkider = kider.stream().filter(k -> k.startsWith("9")).toList();
        if (settkider.isEmpty()) return svar;
        Map<String, List<UUID>> sett = new HashMap<>();
        Map<String, String> settSkyldner = new HashMap<>();
        Map<String, String> settKilde = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select s.kid, s.skyldner, k.krav_id, s.kilde from kid_kravsett s join kid_kravsett_krav k on k.kid = s.kid
                    where s.kid = any(?::text[]) order by s.kid, k.rekkefoelge""");
            ps.setArray(1, Arrayparametre.tekst(con, settkider));
            return ps;
        }, rs -> {
            sett.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getObject(3, UUID.class));
            settSkyldner.put(rs.getString(1), rs.getString(2));
            settKilde.put(rs.getString(1), rs.getString(4));
        });
        sett.forEach((kid, krav) -> svar.put(kid, new KravForKid(kid, krav.getFirst(), settSkyldner.get(kid), 0, krav, settKilde.get(kid))));
        return svar;
    }

    /** Claims the next unsent invoices for this transaction; other nodes skip them. */
    public List<Faktura> nesteUsendte(int antall) {
        return jdbc.query("select " + KOLONNER + " from faktura where status = 'NY' order by fakturanummer limit ? for update skip locked",
                (rs, n) -> faktura(rs), antall);
    }

    /** The invoice went out as the letter {@code dokumentId} (module letters) on the given channel. */
    public void markerSendt(long fakturanummer, String kanal, UUID dokumentId, Instant naa) {
        jdbc.update("update faktura set status = 'SENDT', kanal = ?, dokument_id = ?, sendt = ? where fakturanummer = ?",
                kanal, dokumentId, Timestamp.from(naa), fakturanummer);
    }

    public Optional<UUID> dokumentId(long fakturanummer) {
        return Optional.ofNullable(jdbc.query("select dokument_id from faktura where fakturanummer = ?",
                rs -> rs.next() ? rs.getObject(1, UUID.class) : null, fakturanummer));
    }

    private static Faktura faktura(ResultSet rs) throws SQLException {
        long gjelder = rs.getLong(8);
        Long gjelderFaktura = rs.wasNull() ? null : gjelder;
        return new Faktura(rs.getLong(1), Faktura.Type.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getLong(7), gjelderFaktura, rs.getString(9), rs.getString(10));
    }
}

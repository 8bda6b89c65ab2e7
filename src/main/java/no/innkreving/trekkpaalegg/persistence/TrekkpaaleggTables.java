package no.innkreving.trekkpaalegg.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.trekkpaalegg.Periode;
import no.innkreving.trekkpaalegg.Trekkpaalegg;
import no.innkreving.trekkpaalegg.Trekkpaalegg.Trekkstatus;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class TrekkpaaleggTables {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KOLONNER = """
            v.trekkid, v.trekkversjon, v.sekvensnummer, v.opprettet, t.saksnummer, t.trekkpliktig, t.skyldner,
            t.kidnummer, v.trekkstatus, v.perioder::text""";
    private final JdbcTemplate jdbc;

    TrekkpaaleggTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next case number of the year, counted per year from 1. */
    public int nyttSaksnummer(int aar) {
        return jdbc.queryForObject("""
                insert into trekk_saksnummer (aar, siste) values (?, 1)
                on conflict (aar) do update set siste = trekk_saksnummer.siste + 1 returning siste""", Integer.class, aar);
    }

    public void nyttTrekk(UUID trekkid, String saksnummer, String trekkpliktig, String skyldner, String kid, Instant naa) {
        jdbc.update("""
                insert into trekkpaalegg (trekkid, saksnummer, trekkpliktig, skyldner, kidnummer, opprettet)
                values (?, ?, ?, ?, ?, ?)""", trekkid, saksnummer, trekkpliktig, skyldner, kid, Timestamp.from(naa));
    }

    /** Locks the order for a new version (two changes of one order one after the other); false if unknown. */
    public boolean laas(UUID trekkid) {
        return !jdbc.queryForList("select 1 from trekkpaalegg where trekkid = ? for update", trekkid).isEmpty();
    }

    /**
     * The next sequence number. The row lock taken here is held to the caller's commit, so a second writer waits
     * here until the first has committed: numbers become visible in the order they were given, with no gap in flight
     * (decision 0044). Call it as the transaction's last step.
     */
    public long nesteSekvensnummer() {
        return jdbc.queryForObject("update trekkpaalegg_sekvens set siste = siste + 1 where id = 1 returning siste", Long.class);
    }

    public void nyVersjon(UUID trekkid, int versjon, long sekvensnummer, String trekkpliktig, Instant naa, Trekkstatus status,
                          List<Periode> perioder) {
        jdbc.update("update trekkpaalegg_versjon set er_siste = false where trekkid = ? and er_siste", trekkid);
        jdbc.update("""
                insert into trekkpaalegg_versjon (trekkid, trekkversjon, sekvensnummer, trekkpliktig, opprettet, trekkstatus,
                    perioder, er_siste) values (?, ?, ?, ?, ?, ?, ?::jsonb, true)""",
                trekkid, versjon, sekvensnummer, trekkpliktig, Timestamp.from(naa), status.publisert(), tilJson(perioder));
    }

    public Optional<Trekkpaalegg> siste(UUID trekkid) {
        return jdbc.query("select " + KOLONNER + " from trekkpaalegg_versjon v join trekkpaalegg t using (trekkid) where v.trekkid = ? and v.er_siste",
                (rs, n) -> trekk(rs), trekkid).stream().findFirst();
    }

    public Optional<Trekkpaalegg> versjon(UUID trekkid, int versjon) {
        return jdbc.query("select " + KOLONNER + " from trekkpaalegg_versjon v join trekkpaalegg t using (trekkid) where v.trekkid = ? and v.trekkversjon = ?",
                (rs, n) -> trekk(rs), trekkid, versjon).stream().findFirst();
    }

    public List<Trekkpaalegg> versjoner(UUID trekkid) {
        return jdbc.query("select " + KOLONNER + " from trekkpaalegg_versjon v join trekkpaalegg t using (trekkid) where v.trekkid = ? order by v.trekkversjon",
                (rs, n) -> trekk(rs), trekkid);
    }

    /** The payer's orders, each in its latest version, with sekvensnummer above {@code fra}, ascending, at most {@code maks}. */
    public List<Trekkpaalegg> forTrekkpliktig(String trekkpliktig, long fra, int maks) {
        return jdbc.query("select " + KOLONNER + """
                         from trekkpaalegg_versjon v join trekkpaalegg t using (trekkid)
                        where v.trekkpliktig = ? and v.er_siste and v.sekvensnummer > ?
                        order by v.sekvensnummer limit ?""",
                (rs, n) -> trekk(rs), trekkpliktig, fra, maks);
    }

    private static Trekkpaalegg trekk(ResultSet rs) throws SQLException {
        return new Trekkpaalegg(rs.getObject(1, UUID.class), rs.getInt(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Trekkstatus.valueOf(rs.getString(9).toUpperCase(java.util.Locale.ROOT)), fraJson(rs.getString(10)));
    }

    static String tilJson(List<Periode> perioder) {
        List<Map<String, Object>> liste = new ArrayList<>();
        for (Periode p : perioder) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("startdato", p.startdato().toString());
            if (p.sluttdato() != null) m.put("sluttdato", p.sluttdato().toString());
            switch (p.stoerrelse()) {
                case Trekkstoerrelse.Beloep b -> m.put("beloepOre", b.ore());
                case Trekkstoerrelse.Prosent pr -> m.put("prosent", pr.prosent().toPlainString());
            }
            liste.add(m);
        }
        return JSON.writeValueAsString(liste);
    }

    static List<Periode> fraJson(String json) {
        List<Periode> perioder = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            JsonNode slutt = n.get("sluttdato");
            Trekkstoerrelse s = n.has("beloepOre") ? new Trekkstoerrelse.Beloep(n.get("beloepOre").asLong())
                    : new Trekkstoerrelse.Prosent(new BigDecimal(n.get("prosent").asString()));
            perioder.add(new Periode(LocalDate.parse(n.get("startdato").asString()),
                    slutt == null || slutt.isNull() ? null : LocalDate.parse(slutt.asString()), s));
        }
        return perioder;
    }
}

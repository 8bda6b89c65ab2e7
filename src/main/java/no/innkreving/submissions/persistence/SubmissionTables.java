package no.innkreving.submissions.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.submissions.Vedlegg;
import no.innkreving.submissions.Vedleggskontroll.Godkjent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SubmissionTables {
    private final JdbcTemplate jdbc;

    SubmissionTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record KlageRad(UUID klageId, UUID innsendingsId, String skyldner, String innsendtAv, String tema, UUID kravId, String begrunnelse,
                           String oensketUtfall, boolean videresendes, String oppdragsgiver, Instant mottatt, LocalDate svarfrist,
                           String status, UUID kvitteringDokumentId) {
    }

    public record SoeknadRad(UUID soeknadId, UUID innsendingsId, String skyldner, String innsendtAv, String slag, String begrunnelse, String oekonomi,
                             Instant mottatt, LocalDate svarfrist, String status, UUID kvitteringDokumentId) {
    }

    public void lagreKlage(KlageRad k) {
        jdbc.update("""
                insert into klage (klage_id, innsendings_id, skyldner, innsendt_av, tema, krav_id, begrunnelse, oensket_utfall,
                                   bekreftet_som_underskrift, videresendes_oppdragsgiver, oppdragsgiver, mottatt, svarfrist)
                values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)""",
                k.klageId(), k.innsendingsId(), k.skyldner(), k.innsendtAv(), k.tema(), k.kravId(), k.begrunnelse(), k.oensketUtfall(),
                k.videresendes(), k.oppdragsgiver(), Timestamp.from(k.mottatt()), Date.valueOf(k.svarfrist()));
    }

    public void lagreSoeknad(SoeknadRad s) {
        jdbc.update("""
                insert into soeknad (soeknad_id, innsendings_id, skyldner, innsendt_av, slag, begrunnelse, oekonomi, bekreftet_som_underskrift, mottatt, svarfrist)
                values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)""",
                s.soeknadId(), s.innsendingsId(), s.skyldner(), s.innsendtAv(), s.slag(), s.begrunnelse(), s.oekonomi(),
                Timestamp.from(s.mottatt()), Date.valueOf(s.svarfrist()));
    }

    /** @param klage true: the case is a complaint, else an application */
    public void lagreVedlegg(boolean klage, UUID sakId, List<Godkjent> vedlegg) {
        int nr = 0;
        for (Godkjent v : vedlegg) {
            nr++;
            String sha;
            try {
                sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(v.innhold()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            jdbc.update("""
                    insert into innsendt_vedlegg (vedlegg_id, klage_id, soeknad_id, nummer, filnavn, mediatype, stoerrelse, sha256, innhold)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    no.innkreving.platform.ider.Tidsordnet.uuid(), klage ? sakId : null, klage ? null : sakId, nr, v.filnavn(),
                    v.type().mediatype(), v.innhold().length, sha, v.innhold());
        }
    }

    public void settKvittering(boolean klage, UUID sakId, UUID dokumentId) {
        jdbc.update(klage ? "update klage set kvittering_dokument_id = ? where klage_id = ?"
                : "update soeknad set kvittering_dokument_id = ? where soeknad_id = ?", dokumentId, sakId);
    }

    private static final String KLAGE = """
            select klage_id, innsendings_id, skyldner, innsendt_av, tema, krav_id, begrunnelse, oensket_utfall, videresendes_oppdragsgiver,
                   oppdragsgiver, mottatt, svarfrist, status, kvittering_dokument_id from klage""";

    private KlageRad klage(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KlageRad(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getDate(12).toLocalDate(), rs.getString(13), rs.getObject(14, UUID.class));
    }

    public Optional<KlageRad> klage(UUID klageId, String skyldner) {
        return jdbc.query(KLAGE + " where klage_id = ? and skyldner = ?", (rs, i) -> klage(rs), klageId, skyldner).stream().findFirst();
    }

    /** For the caseworker (who may see every debtor's): by id alone. */
    public Optional<KlageRad> klage(UUID klageId) {
        return jdbc.query(KLAGE + " where klage_id = ?", (rs, i) -> klage(rs), klageId).stream().findFirst();
    }

    public Optional<SoeknadRad> soeknad(UUID soeknadId) {
        return jdbc.query(SOEKNAD + " where soeknad_id = ?", (rs, i) -> soeknad(rs), soeknadId).stream().findFirst();
    }

    /** The complaint a form already brought, if it came before. */
    public Optional<UUID> klageForInnsending(String skyldner, UUID innsendingsId) {
        return jdbc.queryForList("select klage_id from klage where skyldner = ? and innsendings_id = ?", UUID.class, skyldner, innsendingsId)
                .stream().findFirst();
    }

    public Optional<UUID> soeknadForInnsending(String skyldner, UUID innsendingsId) {
        return jdbc.queryForList("select soeknad_id from soeknad where skyldner = ? and innsendings_id = ?", UUID.class, skyldner, innsendingsId)
                .stream().findFirst();
    }

    public List<KlageRad> klager(String skyldner) {
        return jdbc.query(KLAGE + " where skyldner = ? order by mottatt desc", (rs, i) -> klage(rs), skyldner);
    }

    /** Per claim: the number of complaints about it still awaiting a decision. */
    public Map<UUID, Integer> aapneKlagerPerKrav(String skyldner, Collection<UUID> kravIder) {
        Map<UUID, Integer> svar = new HashMap<>();
        if (kravIder.isEmpty()) return svar;
        jdbc.query("select krav_id, count(*) from klage where skyldner = ? and status = 'MOTTATT' and krav_id = any(?) group by krav_id",
                rs -> {
                    svar.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, skyldner, kravIder.toArray(UUID[]::new));
        return svar;
    }

    private static final String SOEKNAD = """
            select soeknad_id, innsendings_id, skyldner, innsendt_av, slag, begrunnelse, oekonomi, mottatt, svarfrist, status, kvittering_dokument_id from soeknad""";

    private SoeknadRad soeknad(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SoeknadRad(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getDate(9).toLocalDate(), rs.getString(10),
                rs.getObject(11, UUID.class));
    }

    public Optional<SoeknadRad> soeknad(UUID soeknadId, String skyldner) {
        return jdbc.query(SOEKNAD + " where soeknad_id = ? and skyldner = ?", (rs, i) -> soeknad(rs), soeknadId, skyldner).stream().findFirst();
    }

    public List<SoeknadRad> soeknader(String skyldner) {
        return jdbc.query(SOEKNAD + " where skyldner = ? order by mottatt desc", (rs, i) -> soeknad(rs), skyldner);
    }

    public List<Vedlegg> vedlegg(boolean klage, UUID sakId) {
        return jdbc.query("select vedlegg_id, nummer, filnavn, mediatype, stoerrelse from innsendt_vedlegg where "
                        + (klage ? "klage_id" : "soeknad_id") + " = ? order by nummer",
                (rs, i) -> new Vedlegg(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)), sakId);
    }

    public record Innhold(String filnavn, String mediatype, byte[] innhold) {
    }

    public Optional<Innhold> vedleggInnhold(boolean klage, UUID sakId, UUID vedleggId) {
        return jdbc.query("select filnavn, mediatype, innhold from innsendt_vedlegg where vedlegg_id = ? and "
                        + (klage ? "klage_id" : "soeknad_id") + " = ?",
                (rs, i) -> new Innhold(rs.getString(1), rs.getString(2), rs.getBytes(3)), vedleggId, sakId).stream().findFirst();
    }
}

package no.innkreving.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.intake.Kravperiode;
import no.innkreving.intake.domain.Meldingstype;
import no.innkreving.intake.domain.Mottaksstatus;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.domain.Oppdragstilstand.Renteoppgave;
import no.innkreving.intake.domain.Valideringsfeil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** SQL of the intake module: received messages, claims as the creditor states them, receipt status. */
@Repository
public class IntakeTables {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KOLONNER = """
            kravidentifikator, oppdragsgiver, oppdragsgivers_kravidentifikator, kravtype, skyldner_type, skyldner,
            hovedstol_ore, renter::text, oppdragsgivers_referanse, fastsettelsesdato, foreldelsesfristens_utgangspunkt,
            mottaksstatus, status_oppdatert, avskrevet""";

    private final JdbcTemplate jdbc;

    IntakeTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as received, with the answer given. */
    public record Melding(UUID transaksjonsid, String oppdragsgiver, UUID kravidentifikator, Meldingstype type,
                          Instant mottatt, String korrelasjonsid, String klientid, String innhold, int httpStatus,
                          String feiltype, boolean virkning) {
    }

    /** A received message as listed for reconciliation. */
    public record MottattMelding(UUID transaksjonsid, Meldingstype type, Instant mottatt, String innhold) {
    }

    public void lagre(Melding m) {
        jdbc.update("""
                        insert into mottatt_melding (transaksjonsid, oppdragsgiver, kravidentifikator, meldingstype, mottatt,
                            korrelasjonsid, klientid, innhold, http_status, feiltype, virkning)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                m.transaksjonsid(), m.oppdragsgiver(), m.kravidentifikator(), m.type().name(), Timestamp.from(m.mottatt()),
                m.korrelasjonsid(), m.klientid(), m.innhold(), m.httpStatus(), m.feiltype(), m.virkning());
    }

    public boolean kravidentifikatorFinnes(String oppdragsgiver, String oppdragsgiversKravidentifikator) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                        select exists (select 1 from innkrevingsoppdrag
                                       where oppdragsgiver = ? and oppdragsgivers_kravidentifikator = ?)""",
                Boolean.class, oppdragsgiver, oppdragsgiversKravidentifikator));
    }

    /**
     * Inserts the claim and the message it came in, in one statement, unless the creditor's own identifier is taken
     * (a concurrent duplicate): then nothing is written and the answer is false.
     */
    public boolean settInn(Oppdragstilstand o, LocalDate tilleggsfrist, String tilleggsinformasjonJson, Instant mottatt, Melding m) {
        Boolean lagret = jdbc.queryForObject("""
                        with ny as (
                            insert into innkrevingsoppdrag (kravidentifikator, oppdragsgiver, oppdragsgivers_kravidentifikator,
                                kravtype, skyldner_type, skyldner, hovedstol_ore, renter, oppdragsgivers_referanse,
                                fastsettelsesdato, foreldelsesfristens_utgangspunkt, tilleggsfrist_etter_foreldelsesloven,
                                tilleggsinformasjon, mottaksstatus, status_oppdatert, mottatt)
                            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                            on conflict (oppdragsgiver, oppdragsgivers_kravidentifikator) do nothing
                            returning kravidentifikator),
                        melding as (
                            insert into mottatt_melding (transaksjonsid, oppdragsgiver, kravidentifikator, meldingstype, mottatt,
                                korrelasjonsid, klientid, innhold, http_status, feiltype, virkning)
                            select ?, ?, kravidentifikator, ?, ?, ?, ?, ?, ?, ?, ? from ny
                            returning 1)
                        select exists (select 1 from melding)""", Boolean.class,
                o.kravidentifikator(), o.oppdragsgiver(), o.oppdragsgiversKravidentifikator(), o.kravtype(),
                o.skyldnerType().name(), o.skyldner(), o.hovedstolOre(), renterJson(o.renter()), o.oppdragsgiversReferanse(),
                o.fastsettelsesdato(), o.foreldelsesfristensUtgangspunkt(), tilleggsfrist, tilleggsinformasjonJson,
                o.mottaksstatus().name(), Timestamp.from(o.statusOppdatert()), Timestamp.from(mottatt),
                m.transaksjonsid(), m.oppdragsgiver(), m.type().name(), Timestamp.from(m.mottatt()), m.korrelasjonsid(), m.klientid(),
                m.innhold(), m.httpStatus(), m.feiltype(), m.virkning());
        return Boolean.TRUE.equals(lagret);
    }

    public Optional<Oppdragstilstand> finn(String oppdragsgiver, UUID kravidentifikator, boolean forOppdatering) {
        return jdbc.query("select " + KOLONNER + " from innkrevingsoppdrag where oppdragsgiver = ? and kravidentifikator = ?"
                        + (forOppdatering ? " for update" : ""), RAD, oppdragsgiver, kravidentifikator).stream().findFirst();
    }

    public Optional<Oppdragstilstand> finnPaaOppdragsgiversId(String oppdragsgiver, String id, boolean forOppdatering) {
        return jdbc.query("select " + KOLONNER
                        + " from innkrevingsoppdrag where oppdragsgiver = ? and oppdragsgivers_kravidentifikator = ?"
                        + (forOppdatering ? " for update" : ""), RAD, oppdragsgiver, id).stream().findFirst();
    }

    public List<Oppdragstilstand> forSkyldner(String oppdragsgiver, String skyldner) {
        return jdbc.query("select " + KOLONNER + " from innkrevingsoppdrag where oppdragsgiver = ? and skyldner = ? order by mottatt",
                RAD, oppdragsgiver, skyldner);
    }

    /** The period each claim concerns (tilbakekrevingsperiode or periode in its tilleggsinformasjon), where stated. */
    public Map<UUID, Kravperiode> kravperioder(Collection<UUID> kravidentifikatorer) {
        Map<UUID, Kravperiode> svar = new HashMap<>();
        if (kravidentifikatorer.isEmpty()) return svar;
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select kravidentifikator, p->>'fraDato' as fra, p->>'tilDato' as til
                      from (select kravidentifikator,
                                   coalesce(tilleggsinformasjon->'tilbakekrevingsperiode', tilleggsinformasjon->'periode') as p
                              from innkrevingsoppdrag where kravidentifikator = any(?)) t
                     where p is not null""");
            ps.setArray(1, con.createArrayOf("uuid", kravidentifikatorer.toArray()));
            return ps;
        }, (RowCallbackHandler) rs -> svar.put(rs.getObject("kravidentifikator", UUID.class),
                new Kravperiode(LocalDate.parse(rs.getString("fra")), LocalDate.parse(rs.getString("til")))));
        return svar;
    }

    /** For NAV's claims that state it: the benefits available for avregning (ytelserForAvregning), in øre. */
    public Map<UUID, Long> ytelserForAvregning(Collection<UUID> kravidentifikatorer) {
        Map<UUID, Long> svar = new HashMap<>();
        if (kravidentifikatorer.isEmpty()) return svar;
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select kravidentifikator, round((tilleggsinformasjon->'ytelserForAvregning'->>'beloep')::numeric * 100)::bigint as ore
                      from innkrevingsoppdrag
                     where kravidentifikator = any(?) and tilleggsinformasjon->'ytelserForAvregning' is not null""");
            ps.setArray(1, con.createArrayOf("uuid", kravidentifikatorer.toArray()));
            return ps;
        }, (RowCallbackHandler) rs -> svar.put(rs.getObject("kravidentifikator", UUID.class), rs.getLong("ore")));
        return svar;
    }

    /** Claims waiting for the asynchronous checks, locked for this worker; other workers skip them. */
    public List<Oppdragstilstand> ventende(int antall) {
        return jdbc.query("select " + KOLONNER + " " + """
                from innkrevingsoppdrag where mottaksstatus = 'MOTTATT_UNDER_BEHANDLING'
                 order by mottatt limit ? for update skip locked""", RAD, antall);
    }

    public void settStatus(List<UUID> kravidentifikatorer, Mottaksstatus status, Instant naa) {
        jdbc.batchUpdate("update innkrevingsoppdrag set mottaksstatus = ?, status_oppdatert = ? where kravidentifikator = ?",
                kravidentifikatorer, 500, (ps, id) -> {
                    ps.setString(1, status.name());
                    ps.setTimestamp(2, Timestamp.from(naa));
                    ps.setObject(3, id);
                });
    }

    public record Feilrad(UUID kravidentifikator, int nr, Valideringsfeil feil) {
    }

    public void settInnValideringsfeil(List<Feilrad> feil) {
        jdbc.batchUpdate("insert into valideringsfeil (kravidentifikator, nr, error, message) values (?, ?, ?, ?)",
                feil, 500, (ps, f) -> {
                    ps.setObject(1, f.kravidentifikator());
                    ps.setInt(2, f.nr());
                    ps.setString(3, f.feil().error());
                    ps.setString(4, f.feil().message());
                });
    }

    public List<Valideringsfeil> valideringsfeil(UUID kravidentifikator) {
        return jdbc.query("select error, message from valideringsfeil where kravidentifikator = ? order by nr",
                (rs, n) -> new Valideringsfeil(rs.getString(1), rs.getString(2)), kravidentifikator);
    }

    public void settHovedstol(UUID kravidentifikator, long hovedstolOre) {
        jdbc.update("update innkrevingsoppdrag set hovedstol_ore = ? where kravidentifikator = ?", hovedstolOre, kravidentifikator);
    }

    public void settRenter(UUID kravidentifikator, List<Renteoppgave> renter) {
        jdbc.update("update innkrevingsoppdrag set renter = ?::jsonb where kravidentifikator = ?", renterJson(renter), kravidentifikator);
    }

    /** The creditors' current references of the given claims. */
    public java.util.Map<UUID, String> referanser(java.util.Collection<UUID> kravidentifikatorer) {
        java.util.Map<UUID, String> svar = new java.util.HashMap<>();
        if (kravidentifikatorer.isEmpty()) return svar;
        jdbc.query(con -> {
            var ps = con.prepareStatement(
                    "select kravidentifikator, oppdragsgivers_referanse from innkrevingsoppdrag where kravidentifikator = any(?::uuid[])");
            ps.setArray(1, no.innkreving.platform.jdbc.Arrayparametre.tekst(con, kravidentifikatorer));
            return ps;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> svar.put(rs.getObject(1, UUID.class), rs.getString(2)));
        return svar;
    }

    public java.util.Map<UUID, no.innkreving.intake.Foreldelsesdatoer> foreldelsesdatoer(java.util.Collection<UUID> kravidentifikatorer) {
        java.util.Map<UUID, no.innkreving.intake.Foreldelsesdatoer> svar = new java.util.HashMap<>();
        if (kravidentifikatorer.isEmpty()) return svar;
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select kravidentifikator, fastsettelsesdato, foreldelsesfristens_utgangspunkt, tilleggsfrist_etter_foreldelsesloven
                    from innkrevingsoppdrag where kravidentifikator = any(?::uuid[])""");
            ps.setArray(1, no.innkreving.platform.jdbc.Arrayparametre.tekst(con, kravidentifikatorer));
            return ps;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> svar.put(rs.getObject(1, UUID.class),
                new no.innkreving.intake.Foreldelsesdatoer(rs.getObject(2, java.time.LocalDate.class),
                        rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class))));
        return svar;
    }

    public void settReferanse(UUID kravidentifikator, String referanse) {
        jdbc.update("update innkrevingsoppdrag set oppdragsgivers_referanse = ? where kravidentifikator = ?", referanse, kravidentifikator);
    }

    public void settAvskrevet(UUID kravidentifikator, Instant naa) {
        jdbc.update("update innkrevingsoppdrag set avskrevet = ? where kravidentifikator = ?", Timestamp.from(naa), kravidentifikator);
    }

    /** The transaksjonsid answered for an earlier accepted request of this kind with this Korrelasjonsid. */
    public Optional<UUID> tidligereSvar(UUID kravidentifikator, Meldingstype type, String korrelasjonsid) {
        return jdbc.query("""
                        select transaksjonsid from mottatt_melding
                        where kravidentifikator = ? and meldingstype = ? and korrelasjonsid = ? and virkning
                        order by melding_id limit 1""",
                (rs, n) -> rs.getObject(1, UUID.class), kravidentifikator, type.name(), korrelasjonsid).stream().findFirst();
    }

    /** The latest accepted request of this kind for the claim: its transaksjonsid and body. */
    public Optional<MottattMelding> sisteGodtatte(UUID kravidentifikator, Meldingstype type) {
        return jdbc.query("""
                        select transaksjonsid, meldingstype, mottatt, innhold from mottatt_melding
                        where kravidentifikator = ? and meldingstype = ? and virkning
                        order by melding_id desc limit 1""", MELDING, kravidentifikator, type.name()).stream().findFirst();
    }

    /** Every accepted request for the claim, oldest first, bodies as received. */
    public List<MottattMelding> godtatteMeldinger(UUID kravidentifikator) {
        return jdbc.query("""
                        select transaksjonsid, meldingstype, mottatt, innhold from mottatt_melding
                        where kravidentifikator = ? and virkning order by melding_id""", MELDING, kravidentifikator);
    }

    private static final RowMapper<MottattMelding> MELDING = (rs, n) -> new MottattMelding(rs.getObject(1, UUID.class),
            Meldingstype.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4));

    private static final RowMapper<Oppdragstilstand> RAD = IntakeTables::tilstand;

    private static Oppdragstilstand tilstand(ResultSet rs, int n) throws SQLException {
        Timestamp avskrevet = rs.getTimestamp(14);
        return new Oppdragstilstand(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Identifikatortype.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7), renter(rs.getString(8)),
                rs.getString(9), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                Mottaksstatus.valueOf(rs.getString(12)), rs.getTimestamp(13).toInstant(),
                avskrevet == null ? null : avskrevet.toInstant());
    }

    private static String renterJson(List<Renteoppgave> renter) {
        ArrayNode a = JSON.createArrayNode();
        for (Renteoppgave r : renter) {
            var o = a.addObject();
            o.put("beloepOre", r.beloepOre());
            if (r.renterIlagtDato() != null) o.put("renterIlagtDato", r.renterIlagtDato().toString());
            o.put("rentetype", r.rentetype());
        }
        return a.toString();
    }

    private static List<Renteoppgave> renter(String json) {
        List<Renteoppgave> liste = new ArrayList<>();
        for (JsonNode r : JSON.readTree(json)) {
            JsonNode dato = r.get("renterIlagtDato");
            liste.add(new Renteoppgave(r.get("beloepOre").longValue(),
                    dato == null || dato.isNull() ? null : LocalDate.parse(dato.stringValue()), r.get("rentetype").stringValue()));
        }
        return List.copyOf(liste);
    }

}

package no.innkreving.parties.persistence;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import no.innkreving.parties.Register;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The local registers: batch look-ups in tables of synthetic people and organisations. Contact info for letters puts
 * the debtor's own choices (kontaktvalg: a postal address, paper or digital letters) over what the registers say.
 */
@Repository
public class RegisterTables implements Register {
    private final JdbcTemplate jdbc;

    RegisterTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, PersonOppslag> personer(Collection<String> foedselsnumre) {
        Map<String, PersonOppslag> svar = new HashMap<>();
        if (foedselsnumre.isEmpty()) return svar;
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "select foedselsnummer, navn, status from register_person where foedselsnummer = any(?)");
            ps.setArray(1, con.createArrayOf("bpchar", foedselsnumre.toArray()));
            return ps;
        }, rs -> {
            String id = rs.getString(1);
            svar.put(id, new PersonOppslag(id, rs.getString(2), PersonStatus.valueOf(rs.getString(3))));
        });
        return svar;
    }

    @Override
    public Map<String, EnhetOppslag> enheter(Collection<String> organisasjonsnumre) {
        Map<String, EnhetOppslag> svar = new HashMap<>();
        if (organisasjonsnumre.isEmpty()) return svar;
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "select organisasjonsnummer, navn, status from register_enhet where organisasjonsnummer = any(?)");
            ps.setArray(1, con.createArrayOf("bpchar", organisasjonsnumre.toArray()));
            return ps;
        }, rs -> {
            String id = rs.getString(1);
            svar.put(id, new EnhetOppslag(id, rs.getString(2), EnhetStatus.valueOf(rs.getString(3))));
        });
        return svar;
    }

    @Override
    public java.util.List<PersonOppslag> noenBosatte(int antall) {
        return jdbc.query("select foedselsnummer, navn from register_person where status = 'BOSATT' and navn not like 'Test %' order by foedselsnummer limit ?",
                (rs, i) -> new PersonOppslag(rs.getString(1), rs.getString(2), PersonStatus.BOSATT), antall);
    }

    @Override
    public Map<String, String> utbetalingskontoer(Collection<String> identifikatorer) {
        Map<String, String> svar = new HashMap<>();
        if (identifikatorer.isEmpty()) return svar;
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select identifikator, kontonummer from kontoregister where identifikator = any(?)");
            ps.setArray(1, con.createArrayOf("text", identifikatorer.toArray()));
            return ps;
        }, rs -> {
            svar.put(rs.getString(1), rs.getString(2));
        });
        return svar;
    }

    @Override
    public Map<String, Kontaktinfo> kontaktinfo(Collection<String> identifikatorer) {
        Map<String, Kontaktinfo> svar = new HashMap<>();
        if (identifikatorer.isEmpty()) return svar;
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select r.id, r.navn, coalesce(v.adresse, r.adresse), coalesce(v.postnummer, r.postnummer), coalesce(v.poststed, r.poststed),
                           coalesce(k.efaktura, false) and v.brevkanal is distinct from 'POST',
                           case v.brevkanal when 'POST' then true when 'DIGITAL' then false else coalesce(k.reservert_mot_digital, false) end,
                           coalesce(k.ehf_mottaker, false)
                    from (select foedselsnummer::text id, navn, adresse, postnummer, poststed from register_person
                          where foedselsnummer = any(?::bpchar[])
                          union all
                          select organisasjonsnummer::text, navn, adresse, postnummer, poststed from register_enhet
                          where organisasjonsnummer = any(?::bpchar[])) r
                    left join kanalregister k on k.identifikator = r.id
                    left join kontaktvalg v on v.identifikator = r.id""");
            var ider = con.createArrayOf("text", identifikatorer.toArray());
            ps.setArray(1, ider);
            ps.setArray(2, ider);
            return ps;
        }, rs -> {
            String id = rs.getString(1);
            svar.put(id, new Kontaktinfo(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8)));
        });
        return svar;
    }
}

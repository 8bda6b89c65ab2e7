package no.innkreving.claimtypes.persistence;

import java.util.List;
import java.util.Set;
import no.innkreving.claimtypes.AutomatiskTrekk;
import no.innkreving.claimtypes.Motregningsadgang;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClaimTypeTables {
    private final JdbcClient jdbc;

    ClaimTypeTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Kravtype> kravtyper() {
        return jdbc.sql("""
                        select kode, oppdragsgiver, navn_for_skyldner, aktiv, gjelder_person, gjelder_organisasjon,
                               prioritetsgruppe, trekkperiode_maaneder, avvis_doed_skyldner, tilleggsfrist_maks_maaneder,
                               foreldelse_utgangspunkt_maks_maaneder, renter_tillatt, kan_endres_av_oppdragsgiver,
                               kan_avskrives_av_oppdragsgiver, kravgruppe, betalingsfrist_dager, forsinkelsesrente
                        from kravtype""")
                .query((rs, n) -> new Kravtype(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getString(7).charAt(0), (Integer) rs.getObject(8),
                        rs.getBoolean(9), rs.getInt(10), (Integer) rs.getObject(11), rs.getBoolean(12),
                        rs.getBoolean(13), rs.getBoolean(14), rs.getString(15), rs.getInt(16), rs.getBoolean(17)))
                .list();
    }

    public List<Motregningsadgang> motregningsadganger() {
        return jdbc.sql("select kode, motregning_arter, motregning_rang, coalesce(motregning_kilde, '') from kravtype")
                .query((rs, n) -> new Motregningsadgang(rs.getString(1),
                        Set.of((String[]) rs.getArray(2).getArray()), rs.getInt(3), rs.getString(4)))
                .list();
    }

    public List<AutomatiskTrekk> automatiskeTrekk() {
        return jdbc.sql("select kode, trekk_automatisk, trekk_automatisk_kilde from kravtype")
                .query((rs, n) -> new AutomatiskTrekk(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    public List<Oppdragsgiver> oppdragsgivere() {
        return jdbc.sql("select organisasjonsnummer, navn, regelsett from oppdragsgiver")
                .query((rs, n) -> new Oppdragsgiver(rs.getString(1), rs.getString(2),
                        Oppdragsgiver.Regelsett.valueOf(rs.getString(3))))
                .list();
    }
}

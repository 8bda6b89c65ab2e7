package no.innkreving.ledger;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.platform.jdbc.Arrayparametre;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Public API: the claims and debtors a daily run has work for on a date, each chosen in one indexed query, so a run
 * looks at what is due and not at every debtor with an open claim (decision 0071). Reads only; the run decides and
 * books under the debtors' lock ({@link Bokfoering#forSkyldnere}).
 */
@Component
public class Kravutvalg {
    private final JdbcTemplate jdbc;

    Kravutvalg(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The debtors in the order of their lock groups ({@link Bokfoering#laasegruppe}), so a daily run's unit of
     * consecutive debtors holds few groups and two workers' units seldom wait for each other.
     */
    public static List<String> iLaaseordning(Collection<String> skyldnere) {
        return skyldnere.stream().sorted(java.util.Comparator.comparingInt(Bokfoering::laasegruppe)
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    /** An open claim that has fallen due: its first due date, debtor and type. */
    public record ForfaltKrav(UUID kravId, String skyldner, String kravtype, LocalDate forfallsdato) {
    }

    /** Claims with something left to pay whose first due date is before {@code foer}. */
    public List<ForfaltKrav> aapneForfalteKrav(LocalDate foer) {
        return jdbc.query("""
                        select f.krav_id, k.skyldner, k.kravtype, f.forfallsdato from kravforfall f
                        join reskontro_krav k on k.krav_id = f.krav_id
                        where f.nummer = 1 and f.forfallsdato < ?
                          and exists (select 1 from linjesaldo s where s.krav_id = f.krav_id and s.saldo_ore > 0)""",
                (rs, n) -> new ForfaltKrav(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)), foer);
    }

    /** Debtors with a claim of one of these types with something left to pay whose first due date is before {@code foer}. */
    public List<String> skyldnereMedAapneForfalteKrav(LocalDate foer, Collection<String> kravtyper) {
        if (kravtyper.isEmpty()) return List.of();
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select distinct k.skyldner from kravforfall f join reskontro_krav k on k.krav_id = f.krav_id
                    where f.nummer = 1 and f.forfallsdato < ? and k.kravtype = any(?)
                      and exists (select 1 from linjesaldo s where s.krav_id = f.krav_id and s.saldo_ore > 0)
                    order by k.skyldner""");
            ps.setObject(1, foer);
            ps.setArray(2, Arrayparametre.tekst(con, kravtyper));
            return ps;
        }, (rs, n) -> rs.getString(1));
    }

    /** The first due dates before {@code foer} of these debtors' claims, paid or not. */
    public List<Kravforfall> forfalteForSkyldnere(Collection<String> skyldnere, LocalDate foer) {
        if (skyldnere.isEmpty()) return List.of();
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select f.krav_id, f.nummer, f.forfallsdato, f.beloep_ore from reskontro_krav k
                    join kravforfall f on f.krav_id = k.krav_id and f.nummer = 1
                    where k.skyldner = any(?) and f.forfallsdato < ? order by k.skyldner, f.krav_id""");
            ps.setArray(1, Arrayparametre.tekst(con, skyldnere));
            ps.setObject(2, foer);
            return ps;
        }, (rs, n) -> new Kravforfall(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getLong(4)));
    }

    /** Debtors with a claim line to look at for limitation on the date: never looked at, or its day has come. */
    public List<String> skyldnereTilForeldelseskontroll(LocalDate dato) {
        return jdbc.queryForList("""
                select distinct skyldner from linjesaldo where foreldelse_kontroll is null or foreldelse_kontroll <= ?
                order by skyldner""", String.class, dato);
    }

    /** These debtors' claims with a line to look at for limitation on the date. */
    public List<UUID> kravTilForeldelseskontroll(Collection<String> skyldnere, LocalDate dato) {
        if (skyldnere.isEmpty()) return List.of();
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select distinct krav_id from linjesaldo
                    where skyldner = any(?) and (foreldelse_kontroll is null or foreldelse_kontroll <= ?)""");
            ps.setArray(1, Arrayparametre.tekst(con, skyldnere));
            ps.setObject(2, dato);
            return ps;
        }, (rs, n) -> rs.getObject(1, UUID.class));
    }

    /**
     * Records per claim line the first day it can be time-barred ({@link LocalDate#MAX}: closed, not to be looked at
     * again). Never money: a hint the limitation run keeps for itself, in its unit's transaction.
     */
    public void settForeldelseskontroll(Map<Long, LocalDate> perLinje) {
        if (perLinje.isEmpty()) return;
        Long[] linjer = perLinje.keySet().toArray(new Long[0]);
        String[] datoer = new String[linjer.length];
        for (int i = 0; i < linjer.length; i++) {
            LocalDate d = perLinje.get(linjer[i]);
            datoer[i] = d.equals(LocalDate.MAX) ? "infinity" : d.toString();
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    update linjesaldo s set foreldelse_kontroll = x.dato
                    from unnest(?::int8[], ?::date[]) x(kravlinje_id, dato) where s.kravlinje_id = x.kravlinje_id""");
            ps.setArray(1, Arrayparametre.heltall(con, linjer));
            ps.setArray(2, con.createArrayOf("text", datoer));
            return ps;
        });
    }
}

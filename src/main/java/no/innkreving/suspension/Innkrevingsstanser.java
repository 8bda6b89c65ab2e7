package no.innkreving.suspension;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds on collection of a claim: the module that decides one (a complaint, a plan, a postponement) records it with
 * its cause; dunning, garnishment and offset ask before they act. A hold runs from a day until a day, or until lifted.
 */
@Component
public class Innkrevingsstanser {
    private final JdbcTemplate jdbc;

    Innkrevingsstanser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the claim from {@code fra} to {@code til} inclusive ({@code null}: until lifted). The same (claim, reason,
     * cause) again updates its days.
     *
     * @param kilde the cause, e.g. {@code "betalingsavtale:<id>"} (at most 200 characters)
     */
    public void stans(UUID kravId, Stansgrunn grunn, LocalDate fra, LocalDate til, String kilde) {
        Objects.requireNonNull(kravId, "kravId");
        Objects.requireNonNull(grunn, "grunn");
        Objects.requireNonNull(fra, "fra");
        if (til != null && til.isBefore(fra)) throw new IllegalArgumentException("til before fra");
        if (kilde == null || kilde.isBlank() || kilde.length() > 200) throw new IllegalArgumentException("kilde: 1-200 characters");
        jdbc.update("""
                insert into innkrevingsstans (krav_id, grunn, kilde, fra, til) values (?, ?, ?, ?, ?)
                on conflict (krav_id, grunn, kilde) do update set fra = excluded.fra, til = excluded.til""",
                kravId, grunn.name(), kilde, Date.valueOf(fra), til == null ? null : Date.valueOf(til));
    }

    /** Lifts every hold with this cause from {@code fraOgMed} (the hold's last day is the day before). */
    public void opphev(String kilde, LocalDate fraOgMed) {
        jdbc.update("""
                update innkrevingsstans set til = greatest(fra - 1, ?::date - 1)
                where kilde = ? and (til is null or til >= ?::date)""",
                Date.valueOf(fraOgMed), kilde, Date.valueOf(fraOgMed));
    }

    /** The claims held on {@code dato}, each with one reason (a suspended enforcement before a plan before a postponement). */
    public Map<UUID, Stansgrunn> stansetPaa(Collection<UUID> kravIder, LocalDate dato) {
        Map<UUID, Stansgrunn> svar = new HashMap<>();
        if (kravIder.isEmpty()) return svar;
        jdbc.query("""
                select krav_id, grunn from innkrevingsstans
                where krav_id = any(?) and fra <= ? and (til is null or til >= ?)""",
                rs -> {
                    Stansgrunn g = Stansgrunn.valueOf(rs.getString("grunn"));
                    svar.merge(rs.getObject("krav_id", UUID.class), g, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                },
                kravIder.toArray(UUID[]::new), Date.valueOf(dato), Date.valueOf(dato));
        return svar;
    }

    /**
     * Every hold on each given claim on {@code dato}, all its reasons (offset stops for some reasons and not for
     * others: an instalment plan does not stop it). Claims not held are absent.
     */
    public Map<UUID, java.util.Set<Stansgrunn>> stanserPaa(Collection<UUID> kravIder, LocalDate dato) {
        Map<UUID, java.util.Set<Stansgrunn>> svar = new HashMap<>();
        if (kravIder.isEmpty()) return svar;
        jdbc.query("""
                select krav_id, grunn from innkrevingsstans
                where krav_id = any(?) and fra <= ? and (til is null or til >= ?)""",
                rs -> {
                    svar.computeIfAbsent(rs.getObject("krav_id", UUID.class), k -> java.util.EnumSet.noneOf(Stansgrunn.class))
                            .add(Stansgrunn.valueOf(rs.getString("grunn")));
                },
                kravIder.toArray(UUID[]::new), Date.valueOf(dato), Date.valueOf(dato));
        return svar;
    }
}

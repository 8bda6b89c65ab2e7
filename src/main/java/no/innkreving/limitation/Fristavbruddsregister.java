package no.innkreving.limitation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The interruptions of limitation that the ledger does not show by itself (payments placed it does): an instalment
 * plan or other acknowledgement (foreldelsesloven § 14), our own enforcement steps such as utleggstrekk, utleggspant
 * and motregning (§ 17), an enforceable decision (§ 21). The module that takes the step records it here, in its own
 * transaction; the caseworker view, the watch list and the write-off run read them with the payments.
 */
@Component
public class Fristavbruddsregister {
    private final JdbcTemplate jdbc;

    Fristavbruddsregister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the claim's limitation was interrupted on {@code dato}; the same (claim, day, kind, cause) again
     * changes nothing.
     *
     * @param kilde what took the step, e.g. {@code "utleggstrekk:<trekkid>"} (at most 200 characters)
     */
    public void registrer(UUID kravId, LocalDate dato, Fristavbrudd.Slag slag, String kilde) {
        Objects.requireNonNull(kravId, "kravId");
        new Fristavbrudd(dato, slag);
        if (kilde == null || kilde.isBlank() || kilde.length() > 200) throw new IllegalArgumentException("kilde: 1-200 characters");
        jdbc.update("insert into fristavbrudd (krav_id, dato, slag, kilde) values (?, ?, ?, ?) on conflict do nothing",
                kravId, Date.valueOf(dato), slag.name(), kilde);
    }

    /** The recorded interruptions per claim, in date order (claims with none are absent). */
    public Map<UUID, List<Fristavbrudd>> avbrudd(Collection<UUID> kravIder) {
        Map<UUID, List<Fristavbrudd>> svar = new HashMap<>();
        if (kravIder.isEmpty()) return svar;
        jdbc.query("select krav_id, dato, slag from fristavbrudd where krav_id = any(?) order by dato, slag",
                rs -> {
                    svar.computeIfAbsent(rs.getObject("krav_id", UUID.class), k -> new ArrayList<>())
                            .add(new Fristavbrudd(rs.getDate("dato").toLocalDate(), Fristavbrudd.Slag.valueOf(rs.getString("slag"))));
                },
                (Object) kravIder.toArray(UUID[]::new));
        return svar;
    }
}

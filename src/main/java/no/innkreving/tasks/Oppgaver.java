package no.innkreving.tasks;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Public API of the caseworkers' queue. */
@Component
public class Oppgaver {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Oppgaver(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param type       the kind of case, e.g. {@code KLAGE}
     * @param referanse  the case in its owning module, e.g. {@code klage:<uuid>}; the same (type, referanse) again changes nothing
     * @param rolle      the caseworker role that decides it (a {@code Saksbehandlerrolle} name)
     * @param frist      the day it must be decided by
     */
    public record NyOppgave(String type, String referanse, String skyldner, String tittel, String rolle, LocalDate frist) {
        public NyOppgave {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(referanse, "referanse");
            Objects.requireNonNull(skyldner, "skyldner");
            Objects.requireNonNull(tittel, "tittel");
            Objects.requireNonNull(rolle, "rolle");
            Objects.requireNonNull(frist, "frist");
        }
    }

    public record Oppgave(UUID oppgaveId, String type, String referanse, String skyldner, String tittel, String rolle,
                          LocalDate opprettet, LocalDate frist, String status) {
    }

    /** Puts the task in the queue in the caller's transaction; its id (the existing one if it was there). */
    public UUID opprett(NyOppgave o) {
        UUID id = Tidsordnet.uuid();
        jdbc.update("""
                insert into oppgave (oppgave_id, type, referanse, skyldner, tittel, rolle, opprettet, frist)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (type, referanse) do nothing""",
                id, o.type(), o.referanse(), o.skyldner(), o.tittel(), o.rolle(), Timestamp.from(clock.instant()), Date.valueOf(o.frist()));
        return jdbc.queryForObject("select oppgave_id from oppgave where type = ? and referanse = ?", UUID.class, o.type(), o.referanse());
    }

    /** Open tasks for the given roles, earliest deadline first. */
    public List<Oppgave> aapne(Collection<String> roller) {
        if (roller.isEmpty()) return List.of();
        return jdbc.query("""
                select oppgave_id, type, referanse, skyldner, tittel, rolle, opprettet, frist, status from oppgave
                where status = 'AAPEN' and rolle = any(?) order by frist, opprettet""",
                (rs, i) -> new Oppgave(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant().atZone(no.innkreving.platform.time.ClockConfig.NORGE).toLocalDate(),
                        rs.getDate(8).toLocalDate(), rs.getString(9)),
                (Object) roller.toArray(String[]::new));
    }

    /** The task of a case, if there is one. */
    public java.util.Optional<Oppgave> forSak(String type, String referanse) {
        return jdbc.query("""
                select oppgave_id, type, referanse, skyldner, tittel, rolle, opprettet, frist, status from oppgave
                where type = ? and referanse = ?""",
                (rs, i) -> new Oppgave(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant().atZone(no.innkreving.platform.time.ClockConfig.NORGE).toLocalDate(),
                        rs.getDate(8).toLocalDate(), rs.getString(9)), type, referanse).stream().findFirst();
    }

    /** Closes the case's task (its owning module decided it). */
    public void avslutt(String type, String referanse) {
        jdbc.update("update oppgave set status = 'AVSLUTTET', avsluttet = ? where type = ? and referanse = ? and status = 'AAPEN'",
                Timestamp.from(clock.instant()), type, referanse);
    }
}

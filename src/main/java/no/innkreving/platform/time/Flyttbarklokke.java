package no.innkreving.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock that runs with real time but can be set to another day (at the same time of day): the demo profile's
 * clock, moved by {@code POST /demo/klokke}, and the tests' time machine. Never used outside those.
 */
public class Flyttbarklokke extends Clock {
    private volatile Duration forskyvning = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ClockConfig.NORGE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), forskyvning);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(forskyvning);
    }

    /** From now on, today is {@code dag} (at the current time of day). */
    public void flyttTil(LocalDate dag) {
        forskyvning = Duration.ofDays(dag.toEpochDay() - LocalDate.now(ClockConfig.NORGE).toEpochDay());
    }

    /** Back to real time. */
    protected void nullstill() {
        forskyvning = Duration.ZERO;
    }
}

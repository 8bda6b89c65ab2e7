package no.innkreving.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock in tests: runs with real time, but can be moved to another day (and back) so a test can book a
 * claim in 2025 and let interest run over a rate change. Tests share one context: always travel back in finally.
 */
public final class Tidsmaskin extends Clock {
    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private volatile Duration forskyvning = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return NORGE;
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
    public void reisTil(LocalDate dag) {
        forskyvning = Duration.ofDays(dag.toEpochDay() - LocalDate.now(NORGE).toEpochDay());
    }

    public void hjem() {
        forskyvning = Duration.ZERO;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        Tidsmaskin tidsmaskin() {
            return new Tidsmaskin();
        }
    }
}

package no.innkreving.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one clock every rule asks for today's date; tests replace it to travel in time. In the demo profile it is a
 * {@link Flyttbarklokke} that {@code POST /demo/klokke} moves forward; elsewhere the system clock.
 */
@Configuration
public class ClockConfig {
    public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    @Bean
    @ConditionalOnMissingBean
    Clock clock(Environment env) {
        return env.acceptsProfiles(Profiles.of("demo")) ? new Flyttbarklokke() : Clock.system(NORGE);
    }
}

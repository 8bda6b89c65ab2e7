package no.innkreving.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every rule asks for today's date; tests replace it to travel in time. */
@Configuration
public class ClockConfig {
    public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(NORGE);
    }
}

package no.innkreving.platform.dagligkjoering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, the daily runs missed while the app was down, in date order up to today. With the scheduled jobs only
 * (tests switch both off and run the jobs themselves).
 */
@Component
@ConditionalOnProperty(name = "innkreving.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Innhenting {
    private final Kjoeringsmotor motor;
    private final List<DagligJobb> jobber;
    private final Clock clock;

    Innhenting(Kjoeringsmotor motor, List<DagligJobb> jobber, Clock clock) {
        this.motor = motor;
        this.jobber = jobber;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void taIgjen() {
        motor.taIgjen(jobber, LocalDate.now(clock));
    }
}

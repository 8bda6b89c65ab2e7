package no.innkreving.platform.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (invoice sender, interest run, placement of held money, catalogue refresh) and the bank-inbox poller
 * run on real time unless {@code innkreving.scheduling.enabled} is false. Tests set it false and invoke the jobs
 * themselves, so nothing fires in the middle of a test because the wall clock passed 01:15 or two seconds went by.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "innkreving.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class PlanlagteJobber {
}

package no.innkreving.support;

import java.time.LocalDate;
import no.innkreving.platform.time.Flyttbarklokke;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock in tests: runs with real time, but can be moved to another day (and back) so a test can book a
 * claim in 2025 and let interest run over a rate change. The demo clock's own kind, so {@code POST /demo/klokke}
 * moves it too. Tests share one context: always travel back in finally.
 */
public final class Tidsmaskin extends Flyttbarklokke {
    /** From now on, today is {@code dag} (at the current time of day). */
    public void reisTil(LocalDate dag) {
        flyttTil(dag);
    }

    public void hjem() {
        nullstill();
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

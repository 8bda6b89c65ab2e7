package no.innkreving;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The back office of the collection authority: one deployable, one module per feature (see ARCHITECTURE.md). */
@SpringBootApplication
@EnableScheduling
public class InnkrevingApplication {
    public static void main(String[] args) {
        SpringApplication.run(InnkrevingApplication.class, args);
    }
}

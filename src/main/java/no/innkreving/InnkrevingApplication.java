package no.innkreving;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The back office of the collection authority: one deployable, one module per feature (see ARCHITECTURE.md). */
@SpringBootApplication
public class InnkrevingApplication {
    public static void main(String[] args) {
        SpringApplication.run(InnkrevingApplication.class, args);
    }
}

package no.innkreving.platform.embeddeddb;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no {@code spring.datasource.url} configured, starts the embedded PostgreSQL (once per JVM and data
 * directory) and points the datasource at it. A configured URL always wins: production never gets here.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) return;
        if (!env.getProperty("innkreving.embedded-db.enabled", Boolean.class, true)) return;
        boolean ephemeral = env.getProperty("innkreving.embedded-db.ephemeral", Boolean.class, false);
        String defaultDir = Path.of(System.getProperty("java.io.tmpdir"),
                ephemeral ? "innkreving-test-db-" + ProcessHandle.current().pid() : "innkreving-embedded-db", "data").toString();
        // the per-JVM test directory itself goes at exit too (see EmbeddedPostgres: data and log are removed)
        Path dataDir = Path.of(env.getProperty("innkreving.embedded-db.data-dir", defaultDir)).toAbsolutePath();
        List<String> settings = Stream.concat(
                        Arrays.stream(env.getProperty("innkreving.embedded-db.settings", String[].class, new String[0])),
                        Arrays.stream(env.getProperty("innkreving.embedded-db.extra-settings", String[].class, new String[0])))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        EmbeddedPostgres pg = RUNNING.computeIfAbsent(dataDir, dir -> EmbeddedPostgres.start(dir, ephemeral, settings));
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", pg.jdbcUrl("postgres") + "?reWriteBatchedInserts=true",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }
}

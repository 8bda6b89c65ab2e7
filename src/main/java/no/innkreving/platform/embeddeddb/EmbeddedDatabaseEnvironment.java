package no.innkreving.platform.embeddeddb;

import java.lang.management.ManagementFactory;
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
        // later settings win over earlier ones (each is a -c option), so the configured ones override the default
        List<String> settings = Stream.of(Stream.of(delteBuffere(totaltMinne())),
                        Arrays.stream(env.getProperty("innkreving.embedded-db.settings", String[].class, new String[0])),
                        Arrays.stream(env.getProperty("innkreving.embedded-db.extra-settings", String[].class, new String[0])))
                .flatMap(x -> x).map(String::trim).filter(s -> !s.isEmpty()).toList();
        EmbeddedPostgres pg = RUNNING.computeIfAbsent(dataDir, dir -> EmbeddedPostgres.start(dir, ephemeral, settings));
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", pg.jdbcUrl("postgres") + "?reWriteBatchedInserts=true",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    /**
     * A quarter of the machine's memory for PostgreSQL's buffer cache, the usual advice for a server of its own
     * (decision 0019), at least 128 MB and at most 16 GB: the ledger's working set at national size (claims, lines,
     * invoices and their indexes) is several GB. The memory is taken as pages are used, not at start.
     */
    static String delteBuffere(long totaltMinne) {
        long mb = Math.clamp(totaltMinne / 4 / (1 << 20), 128, 16 * 1024);
        return "shared_buffers=" + mb + "MB";
    }

    private static long totaltMinne() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
}

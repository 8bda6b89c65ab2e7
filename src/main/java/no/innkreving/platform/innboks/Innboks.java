package no.innkreving.platform.innboks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop directory watched the way an SFTP delivery works, for any kind of file (bank files, offset files): a file
 * whose name starts with '.' or ends in '.part' is still being written and is left alone; any other file is taken
 * once its size and modification time have stayed the same for {@code stabilMs}, handed to the module's
 * {@link Behandler}, and moved to {@code processed/} (or {@code rejected/}) beside the inbox with its report
 * {@code <name>.rapport.txt} written first. A file the handler could not deal with now (it threw: a database outage)
 * stays in the inbox and is tried again. Polling rather than a WatchService, because network file systems and some
 * container mounts do not deliver file events. Not a bean: each module makes its own and runs it.
 */
public final class Innboks {
    private static final Logger log = LoggerFactory.getLogger(Innboks.class);

    /** What became of a file: refused whole ({@code avvist}: to rejected/) or not, and the report written beside it. */
    public record Utfall(boolean avvist, String rapport) {
    }

    /** Deals with one complete file; throws to leave it in the inbox for the next round. */
    @FunctionalInterface
    public interface Behandler {
        Utfall behandle(Path fil, String navn) throws IOException;
    }

    private final String navn;
    private final Path innboks;
    private final long intervallMs;
    private final long stabilMs;
    private final Behandler behandler;
    private final Runnable hverRunde;
    private volatile boolean running;
    private Thread vakt;

    /** A file's size and modification time when first seen so, and since when (System.nanoTime) they have held. */
    private record Sett(long stoerrelse, long endret, long siden) {
    }

    private final Map<Path, Sett> sett = new HashMap<>();

    /** @param navn what the inbox holds, for the log and the thread's name (e.g. "bank") */
    public Innboks(String navn, Path innboks, long intervallMs, long stabilMs, Behandler behandler) {
        this(navn, innboks, intervallMs, stabilMs, behandler, () -> {
        });
    }

    /** @param hverRunde run after each round of the poller (e.g. finish work a crash left half-way) */
    public Innboks(String navn, Path innboks, long intervallMs, long stabilMs, Behandler behandler, Runnable hverRunde) {
        this.hverRunde = hverRunde;
        this.navn = navn;
        this.innboks = innboks.toAbsolutePath().normalize();
        this.intervallMs = intervallMs;
        this.stabilMs = stabilMs;
        this.behandler = behandler;
    }

    public Path innboks() {
        return innboks;
    }

    /** Whether this file has been seen (and is waiting to stay unchanged). */
    public synchronized boolean harSett(Path fil) {
        return sett.containsKey(fil.toAbsolutePath().normalize());
    }

    /**
     * Takes whatever is complete in the inbox now; returns how many files were taken. Complete means: the name does
     * not start with '.' nor end in '.part', and its size and modification time have not changed for {@code stabilMs}
     * (a file written in several steps under its final name is not taken half-written).
     */
    public synchronized int sjekkNaa() {
        List<Path> filer = new ArrayList<>();
        Map<Path, Sett> naa = new HashMap<>();
        long tid = System.nanoTime();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(innboks)) {
            for (Path p : ds) {
                String filnavn = p.getFileName().toString();
                if (filnavn.startsWith(".") || filnavn.endsWith(".part") || !Files.isRegularFile(p)) continue;
                Path fil = p.toAbsolutePath().normalize();
                long stoerrelse;
                long endret;
                try {
                    stoerrelse = Files.size(fil);
                    endret = Files.getLastModifiedTime(fil).toMillis();
                } catch (IOException e) {
                    continue; // renamed or removed since the listing: looked at again next time
                }
                Sett foer = sett.get(fil);
                Sett denne = foer != null && foer.stoerrelse() == stoerrelse && foer.endret() == endret ? foer
                        : new Sett(stoerrelse, endret, tid);
                if (tid - denne.siden() >= stabilMs * 1_000_000L) filer.add(fil);
                else naa.put(fil, denne);
            }
        } catch (IOException e) {
            log.warn("Cannot list the {} inbox {}: {}", navn, innboks, e.toString());
            return 0;
        }
        sett.clear();
        sett.putAll(naa);
        filer.sort(null);
        for (Path fil : filer) ta(fil);
        return filer.size();
    }

    /**
     * Takes this file in now, by the same rules (once it has held still for {@code stabilMs}), waiting at most
     * {@code maksMs}; whether it has left the inbox. For a file that must be in before the app takes requests (the demo
     * profile's), while the poller may not run yet.
     */
    public boolean taInn(Path fil, long maksMs) throws InterruptedException {
        long frist = System.nanoTime() + maksMs * 1_000_000L;
        while (Files.exists(fil)) {
            if (System.nanoTime() > frist) return false;
            sjekkNaa();
            if (Files.exists(fil)) Thread.sleep(100);
        }
        return true;
    }

    private void ta(Path fil) {
        String filnavn = fil.getFileName().toString();
        Utfall utfall;
        try {
            utfall = behandler.behandle(fil, filnavn);
        } catch (IOException | RuntimeException e) {
            // Left in the inbox: an outage must not lose or misfile what the file holds.
            log.error("{} file {} could not be taken now; it stays in the inbox and is tried again", navn, filnavn, e);
            return;
        }
        Path maal = innboks.resolveSibling(utfall.avvist() ? "rejected" : "processed");
        try {
            Files.createDirectories(maal);
            Path flyttet = ledigNavn(maal, filnavn);
            // the report first: whoever sees the file in processed/ finds its report beside it
            Files.writeString(flyttet.resolveSibling(flyttet.getFileName() + ".rapport.txt"), utfall.rapport(), StandardCharsets.UTF_8);
            Files.move(fil, flyttet, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("{} file {} was taken but could not be moved out of the inbox; a second pickup has no effect", navn, filnavn, e);
        }
    }

    private static Path ledigNavn(Path mappe, String navn) {
        Path p = mappe.resolve(navn);
        for (int i = 1; Files.exists(p); i++) p = mappe.resolve(navn + "." + i);
        return p;
    }

    private void loekke() {
        while (running) {
            try {
                sjekkNaa();
                hverRunde.run();
            } catch (RuntimeException e) {
                log.error("{} inbox round failed", navn, e);
            }
            try {
                Thread.sleep(intervallMs); // also after a failure: a failing round is not retried in a hot loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Creates the directory; with {@code paaTid} polls it on a daemon thread (off in tests: they call {@link #sjekkNaa}). */
    public void start(boolean paaTid) {
        try {
            Files.createDirectories(innboks);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the " + navn + " inbox " + innboks, e);
        }
        running = true;
        if (!paaTid) return;
        log.info("Watching the {} inbox {}", navn, innboks);
        vakt = Thread.ofPlatform().name(navn + "-innboks").daemon().start(this::loekke);
    }

    public void stop() {
        running = false;
        if (vakt != null) vakt.interrupt();
    }

    public boolean isRunning() {
        return running;
    }
}

package no.innkreving.payments.application;

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
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Importresultat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the bank's drop directory ({@code bank.inbox-dir}) the way an SFTP delivery works: a file whose name
 * starts with '.' or ends in '.part' is still being written and is left alone; any other file is taken once its
 * size and modification time have stayed the same for {@code bank.inbox-stabil-ms} (3 s), imported, and moved to {@code processed/} (or {@code rejected/} when nothing in it could be
 * read) beside the inbox, with a short report {@code <name>.rapport.txt}. Polling rather than a WatchService,
 * because network file systems and some container mounts do not deliver file events.
 */
@Component
public class Innboksvakt implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(Innboksvakt.class);

    private final Innbetalingsimport importen;
    private final Path innboks;
    private final long intervallMs;
    private final long stabilMs;
    private final boolean paaTid;
    private volatile boolean running;
    private Thread vakt;

    Innboksvakt(Innbetalingsimport importen, @Value("${bank.inbox-dir:data/bank/inbox}") Path innboks,
                @Value("${bank.poll-ms:1000}") long intervallMs, @Value("${bank.inbox-stabil-ms:3000}") long stabilMs,
                @Value("${innkreving.scheduling.enabled:true}") boolean paaTid) {
        this.importen = importen;
        this.stabilMs = stabilMs;
        this.paaTid = paaTid;
        this.innboks = innboks.toAbsolutePath().normalize();
        this.intervallMs = intervallMs;
    }

    public Path innboks() {
        return innboks;
    }

    /** A file's size and modification time when first seen so, and since when (System.nanoTime) they have held. */
    private record Sett(long stoerrelse, long endret, long siden) {
    }

    private final Map<Path, Sett> sett = new HashMap<>();

    /** Whether the watcher has seen this file (and is waiting for it to stay unchanged). */
    public synchronized boolean harSett(Path fil) {
        return sett.containsKey(fil.toAbsolutePath().normalize());
    }

    /**
     * Imports whatever is complete in the inbox now; returns how many files were taken. Complete means: the name does
     * not start with '.' nor end in '.part', and its size and modification time have not changed for
     * {@code bank.inbox-stabil-ms} (a file written in several steps under its final name is not taken half-written).
     */
    public synchronized int sjekkNaa() {
        List<Path> filer = new ArrayList<>();
        Map<Path, Sett> naa = new HashMap<>();
        long tid = System.nanoTime();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(innboks)) {
            for (Path p : ds) {
                String navn = p.getFileName().toString();
                if (navn.startsWith(".") || navn.endsWith(".part") || !Files.isRegularFile(p)) continue;
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
            log.warn("Cannot list the bank inbox {}: {}", innboks, e.toString());
            return 0;
        }
        sett.clear();
        sett.putAll(naa);
        filer.sort(null);
        for (Path fil : filer) ta(fil);
        return filer.size();
    }

    private void ta(Path fil) {
        String navn = fil.getFileName().toString();
        Importresultat resultat;
        try {
            resultat = importen.importer(fil, navn, "INNBOKS");
        } catch (IOException | RuntimeException e) {
            // Left in the inbox: a database outage must not lose or misfile the bank's money.
            log.error("Bank file {} could not be imported now; it stays in the inbox and is tried again", navn, e);
            return;
        }
        Bankfilstatus status = resultat.status();
        Path maal = innboks.resolveSibling("AVVIST".equals(status.status()) ? "rejected" : "processed");
        try {
            Files.createDirectories(maal);
            Path flyttet = ledigNavn(maal, navn);
            String rapport = !resultat.duplikat() ? status.rapport()
                    : "Samme innhold som " + status.filnavn() + " (mottatt " + status.mottatt()
                      + "), som allerede er importert. Filen er ikke bokført på nytt.\n";
            // the report first: whoever sees the file in processed/ finds its report beside it
            Files.writeString(flyttet.resolveSibling(flyttet.getFileName() + ".rapport.txt"), rapport, StandardCharsets.UTF_8);
            Files.move(fil, flyttet, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("Bank file {} was imported but could not be moved out of the inbox; a second pickup has no effect", navn, e);
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
                Thread.sleep(intervallMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Bank inbox check failed", e);
            }
        }
    }

    @Override
    public void start() {
        try {
            Files.createDirectories(innboks);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the bank inbox " + innboks, e);
        }
        running = true;
        if (!paaTid) return; // scheduling off (tests): whoever wants the inbox looked at calls sjekkNaa()
        log.info("Watching the bank inbox {}", innboks);
        vakt = Thread.ofPlatform().name("bank-innboks").daemon().start(this::loekke);
    }

    @Override
    public void stop() {
        running = false;
        if (vakt != null) vakt.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

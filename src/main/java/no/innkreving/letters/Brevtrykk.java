package no.innkreving.letters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.letters.persistence.DokumentTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The printer: lays out the files of letters sent but not laid out yet (decision 0066), oldest first, in batches that
 * two instances share ({@code FOR UPDATE SKIP LOCKED}). Layout is the heaviest work in the system (a PDF letter takes
 * milliseconds), so it runs behind the daily runs and the API, paced to a share of a core as the invoice sender is
 * (decision 0016); a letter read before the printer comes to it is laid out on that read.
 */
@Component
public class Brevtrykk {
    private static final Logger log = LoggerFactory.getLogger(Brevtrykk.class);

    private final DokumentTables tables;
    private final TransactionTemplate tx;
    private final int batch;
    private final double arbeidsandel;

    Brevtrykk(DokumentTables tables, TransactionTemplate tx, @Value("${innkreving.brevtrykk.batch:100}") int batch,
              @Value("${innkreving.brevtrykk.arbeidsandel:0.25}") double arbeidsandel) {
        if (!(arbeidsandel > 0 && arbeidsandel <= 1)) throw new IllegalArgumentException("innkreving.brevtrykk.arbeidsandel must be in (0, 1]");
        this.tables = tables;
        this.tx = tx;
        this.batch = batch;
        this.arbeidsandel = arbeidsandel;
    }

    /** Lays out letters while there are any, resting between batches so it takes only its share of a core. */
    @Scheduled(fixedDelayString = "${innkreving.brevtrykk.intervall-ms:1000}", initialDelay = 1000)
    public void lagNeste() {
        long start = System.nanoTime();
        long laget = 0;
        try {
            while (true) {
                long t = System.nanoTime();
                int n = lagBatch();
                laget += n;
                if (n < batch) break;
                long brukt = System.nanoTime() - t;
                Thread.sleep(Duration.ofNanos((long) (brukt * (1 - arbeidsandel) / arbeidsandel)));
                if (laget % (batch * 50L) == 0)
                    log.info("Printer: {} letters laid out so far, {} waiting", laget, tables.antallIkkeLaget());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Laying out letters failed; the batch is tried again", e);
        }
        if (laget > 0) log.info("Printer: laid out {} letters in {} ms", laget, (System.nanoTime() - start) / 1_000_000);
    }

    /** Lays out one batch of letters in one transaction; answers how many. */
    public int lagBatch() {
        Integer n = tx.execute(s -> {
            List<DokumentTables.Lagret> brev = tables.ikkeLaget(batch);
            List<UUID> ider = new ArrayList<>(brev.size());
            List<byte[]> filer = new ArrayList<>(brev.size());
            for (DokumentTables.Lagret b : brev) {
                ider.add(b.dokumentId());
                filer.add(Brevutsending.lagFil(b, tables));
            }
            tables.settInnhold(ider, filer);
            return brev.size();
        });
        return n == null ? 0 : n;
    }

    /** Letters sent whose file is not laid out yet. */
    public long venter() {
        return tables.antallIkkeLaget();
    }
}

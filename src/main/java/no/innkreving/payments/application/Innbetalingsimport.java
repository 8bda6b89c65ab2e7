package no.innkreving.payments.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import no.innkreving.interest.Forsinkelsesrenter;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.ledger.Innbetalingsbokfoering;
import no.innkreving.ledger.Ledger;
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Importresultat;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Utbetaling;
import no.innkreving.payments.bankfil.Bankfilleser;
import no.innkreving.payments.bankfil.Bankpost;
import no.innkreving.payments.bankfil.Mottaker;
import no.innkreving.payments.bankfil.Postfeil;
import no.innkreving.payments.bankfil.Sammendrag;
import no.innkreving.payments.bankfil.UgyldigBankfil;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.ider.Tidsordnet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one bank file: registered by content hash (the same content twice has one effect, whatever its name),
 * then streamed in batches. Each batch is one transaction: payments new by bank reference are stored, matched by
 * KID, placed by the allocation rule and booked in the ledger. A broken record is reported with its place in the
 * file and the good records are kept (decision 0008); a rerun after a crash skips what was already stored.
 */
@Component
public class Innbetalingsimport {
    private static final Logger log = LoggerFactory.getLogger(Innbetalingsimport.class);

    private final PaymentTables tables;
    private final Fakturering fakturering;
    private final Ledger ledger;
    private final Plasseringsberegning plassering;
    private final Forsinkelsesrenter renter;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batch;
    private final int samtidige;

    Innbetalingsimport(PaymentTables tables, Fakturering fakturering, Ledger ledger, Plasseringsberegning plassering,
                       Forsinkelsesrenter renter, TransactionTemplate tx, Clock clock, @Value("${bank.import.batch:5000}") int batch,
                       @Value("${bank.import.samtidige:2}") int samtidige) {
        this.samtidige = Math.max(1, samtidige);
        this.tables = tables;
        this.fakturering = fakturering;
        this.ledger = ledger;
        this.plassering = plassering;
        this.renter = renter;
        this.tx = tx;
        this.clock = clock;
        this.batch = batch;
    }

    /** Imports a file; its content must not change meanwhile (it has been moved out of the bank's reach). */
    public Importresultat importer(Path fil, String filnavn, String kilde) throws IOException {
        String sha = sha256(fil);
        var tidligere = tables.bankfilMedInnhold(sha);
        UUID id;
        if (tidligere.isPresent() && !"UNDER_BEHANDLING".equals(tidligere.get().status())) {
            log.info("Bank file {} has the same content as {} ({}), imported before: no effect", filnavn,
                    tidligere.get().filnavn(), tidligere.get().bankfilId());
            return new Importresultat(tidligere.get(), true);
        } else if (tidligere.isPresent()) {
            id = tidligere.get().bankfilId();
            log.info("Resuming bank file {} ({}), left unfinished", filnavn, id);
        } else {
            id = UUID.randomUUID();
            if (!tables.nyBankfil(id, filnavn, sha, Files.size(fil), kilde, clock.instant()))
                return new Importresultat(tables.bankfilMedInnhold(sha).orElseThrow(), true);
        }
        return new Importresultat(les(id, fil, filnavn), false);
    }

    private Bankfilstatus les(UUID bankfilId, Path fil, String filnavn) throws IOException {
        List<Postfeil> feil = new ArrayList<>();
        List<Bankpost> buffer = new ArrayList<>(batch);
        Sammendrag sammendrag;
        // Reading goes on while earlier batches are booked. Each batch is split by the debtor's lock group over
        // `samtidige` workers, one transaction at a time each, so two concurrent transactions never need the same lock
        // (no lock waits, no deadlocks) and each debtor's payments are booked in file order.
        List<ExecutorService> arbeidere = new ArrayList<>();
        for (int i = 0; i < samtidige; i++) arbeidere.add(Executors.newSingleThreadExecutor(Thread.ofVirtual().factory()));
        Semaphore plass = new Semaphore(samtidige * 2);
        List<Future<?>> batcher = new ArrayList<>();
        var fremdrift = new Fremdrift(filnavn, bankfilId, Files.size(fil));
        try (FileChannel kanal = FileChannel.open(fil);
             InputStream in = new BufferedInputStream(Channels.newInputStream(kanal), 1 << 16)) {
            var mottaker = new Mottaker() {
                @Override
                public void post(Bankpost p) {
                    buffer.add(p);
                    if (buffer.size() >= batch) send();
                }

                @Override
                public void feil(Postfeil f) {
                    feil.add(f);
                }

                void send() {
                    Map<String, KravForKid> krav = fakturering.kravForKider(buffer.stream().map(Bankpost::kid)
                            .filter(k -> k != null).toList());
                    List<List<Bankpost>> deler = new ArrayList<>();
                    for (int i = 0; i < samtidige; i++) deler.add(new ArrayList<>());
                    for (Bankpost p : buffer) {
                        KravForKid k = p.kid() == null ? null : krav.get(p.kid());
                        deler.get(k == null ? 0 : Ledger.laasegruppe(k.skyldner()) % samtidige).add(p);
                    }
                    buffer.clear();
                    for (int i = 0; i < samtidige; i++) {
                        List<Bankpost> del = deler.get(i);
                        if (del.isEmpty()) continue;
                        plass.acquireUninterruptibly();
                        batcher.add(arbeidere.get(i).submit(() -> {
                            try {
                                fremdrift.bokfoert.addAndGet(bokfoer(bankfilId, del, krav));
                            } finally {
                                plass.release();
                            }
                        }));
                    }
                    fremdrift.vis(kanal);
                }
            };
            try {
                sammendrag = Bankfilleser.les(in, mottaker);
                if (!buffer.isEmpty()) mottaker.send();
            } finally {
                ferdige(batcher);
                arbeidere.forEach(ExecutorService::close);
            }
        } catch (UgyldigBankfil e) {
            int nye = fremdrift.bokfoert.get();
            String rapport = "Filen " + filnavn + " kunne ikke leses: " + e.getMessage()
                    + (nye > 0 ? "\n" + nye + " innbetalinger før feilen er beholdt.\n" : "\nIngen innbetalinger er bokført.\n");
            tables.avsluttBankfil(bankfilId, null, nye > 0 ? "DELVIS_BEHANDLET" : "AVVIST", nye, 1, nye, 0, rapport);
            log.warn("Bank file {} rejected: {}", filnavn, e.getMessage());
            return tables.bankfil(bankfilId).orElseThrow();
        }
        String status = feil.isEmpty() ? "BEHANDLET" : sammendrag.antallPoster() == 0 ? "AVVIST" : "DELVIS_BEHANDLET";
        int nye = fremdrift.bokfoert.get();
        String rapport = Importrapport.tekst(filnavn, sammendrag, nye, feil);
        tables.avsluttBankfil(bankfilId, sammendrag.format().name(), status, sammendrag.antallPoster(), feil.size(),
                nye, sammendrag.sumOre(), rapport);
        log.info("Bank file {} imported: {} payments ({} new), {} refused, {} øre", filnavn, sammendrag.antallPoster(),
                nye, feil.size(), sammendrag.sumOre());
        return tables.bankfil(bankfilId).orElseThrow();
    }

    /**
     * What a long import has done so far, in the log and in the file's row (antall_nye while UNDER_BEHANDLING) every
     * few seconds: a million-payment file takes a minute or more, and the operator should see it move.
     */
    private final class Fremdrift {
        final AtomicInteger bokfoert = new AtomicInteger();
        private final String filnavn;
        private final UUID bankfilId;
        private final long storrelse;
        private final long start = System.nanoTime();
        private long sist = start;

        Fremdrift(String filnavn, UUID bankfilId, long storrelse) {
            this.filnavn = filnavn;
            this.bankfilId = bankfilId;
            this.storrelse = storrelse;
        }

        /** Called by the reader after each batch; shows progress at most every five seconds. */
        void vis(FileChannel kanal) {
            long naa = System.nanoTime();
            if (naa - sist < 5_000_000_000L) return;
            sist = naa;
            int n = bokfoert.get();
            long lest;
            try {
                lest = kanal.position();
            } catch (IOException e) {
                lest = 0;
            }
            log.info("Bank file {}: {} new payments booked, {} % of the file read, {} payments/s", filnavn, n,
                    storrelse == 0 ? 100 : lest * 100 / storrelse, n * 1_000_000_000L / Math.max(1, naa - start));
            tables.fremdrift(bankfilId, n);
        }
    }

    /**
     * Waits for every batch; the first failure is thrown after all have ended (the file is then retried). What they
     * booked is counted by the batches themselves (Fremdrift.bokfoert).
     */
    private static void ferdige(List<Future<?>> batcher) {
        RuntimeException feil = null;
        for (Future<?> f : batcher) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (feil == null) feil = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (feil == null) feil = new IllegalStateException("interrupted while booking a bank file", e);
            }
        }
        if (feil != null) throw feil;
    }

    /**
     * One batch in one transaction. Returns how many payments were new. The first try assumes every payment is new
     * (the usual case, one index probe a payment less); if one was stored before (a resent file, a rerun after a
     * crash, another import at the same moment), the batch is booked again, leaving out those already stored.
     */
    private int bokfoer(UUID bankfilId, List<Bankpost> poster, Map<String, KravForKid> krav) {
        if (poster.isEmpty()) return 0;
        List<Bankpost> kopi = List.copyOf(poster);
        for (int forsoek = 1; ; forsoek++) {
            try {
                return bokfoerEnGang(bankfilId, kopi, krav, forsoek > 1);
            } catch (DuplicateKeyException e) {
                if (forsoek == 3) throw e;
                log.debug("Payments of this batch were stored before; booking the rest of it");
            }
        }
    }

    private int bokfoerEnGang(UUID bankfilId, List<Bankpost> kopi, Map<String, KravForKid> krav, boolean ledeEtterKjente) {
        return tx.execute(s -> {
            tables.utenVentPaaDisk();
            List<Innbetaling> innbetalinger = new ArrayList<>(kopi.size());
            Map<UUID, KravForKid> kjente = new HashMap<>();
            for (Bankpost p : kopi) {
                KravForKid k = p.kid() == null ? null : krav.get(p.kid());
                if (k != null) kjente.put(k.kravId(), k);
                innbetalinger.add(new Innbetaling(Tidsordnet.uuid(), bankfilId, p.referanse(), p.betalingsdato(),
                        p.bokfoeringsdato(), p.beloepOre(), p.kid(), k == null ? null : k.skyldner(),
                        k == null ? null : k.kravId(), p.betalersKonto(), p.betalersNavn(), p.mottakersKonto(), p.fritekst()));
            }
            Set<UUID> nye = new LinkedHashSet<>(tables.settInn(innbetalinger, clock.instant(), ledeEtterKjente));
            List<Innbetaling> aaBokfoere = innbetalinger.stream().filter(i -> nye.contains(i.innbetalingId())).toList();
            plasserOgBokfoer(aaBokfoere, kjente);
            return aaBokfoere.size();
        });
    }

    /** Places new payments (those with a known debtor) and books all of them; the rest goes to suspense. */
    void plasserOgBokfoer(List<Innbetaling> innbetalinger, Map<UUID, KravForKid> kjenteKrav) {
        LocalDate idag = LocalDate.now(clock);
        // interest runs to the payer's date: a payment older than the last interest run takes back what was booked past it
        Map<UUID, LocalDate> sene = new HashMap<>();
        for (Innbetaling i : innbetalinger)
            if (i.utpektKrav() != null && betalersDato(i).isBefore(idag.minusDays(1)))
                sene.merge(i.utpektKrav(), betalersDato(i), (a, b) -> a.isBefore(b) ? a : b);
        if (!sene.isEmpty()) renter.foerInnbetalinger(sene);
        var aapne = plassering.aapneFor(innbetalinger, kjenteKrav, idag);
        List<Innbetalingsbokfoering> bokfoering = new ArrayList<>(innbetalinger.size());
        List<Utbetaling> utbetalinger = new ArrayList<>();
        for (Innbetaling i : innbetalinger) {
            if (i.skyldner() == null) {
                bokfoering.add(new Innbetalingsbokfoering(i.innbetalingId(), null, betalersDato(i), i.beloepOre(), List.of(), 0));
                continue;
            }
            var r = aapne.plasser(i.skyldner(), i.beloepOre(), i.utpektKrav());
            bokfoering.add(new Innbetalingsbokfoering(i.innbetalingId(), i.skyldner(), betalersDato(i), i.beloepOre(),
                    r.plasseringer(), r.tilbakebetalOre()));
            if (r.tilbakebetalOre() > 0) utbetalinger.add(new Utbetaling(Tidsordnet.uuid(), i.innbetalingId(), i.skyldner(),
                    r.tilbakebetalOre(), i.fraKonto(), i.fraNavn(), "KLAR", idag));
        }
        ledger.bokfoerInnbetalinger(bokfoering);
        tables.nyeUtbetalinger(utbetalinger);
    }

    /**
     * The ledger date of a payment: the day the payer's bank received the order (the bank file's payer's date), up to
     * which late-payment interest runs (skattebetalingsloven § 9-2 (2) a), never later than the bank's booking.
     */
    static LocalDate betalersDato(Innbetaling i) {
        return i.innbetalingsdato().isAfter(i.bokfoeringsdato()) ? i.bokfoeringsdato() : i.innbetalingsdato();
    }

    static String sha256(Path fil) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(fil), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading is hashing
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

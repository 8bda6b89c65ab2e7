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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.innkreving.interest.Forsinkelsesrenter;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Innbetalingsbokfoering;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Importresultat;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.InnbetalingerPlassert;
import no.innkreving.payments.bankfil.Bankfilformat;
import no.innkreving.payments.bankfil.Bankfilleser;
import no.innkreving.payments.bankfil.Bankpost;
import no.innkreving.payments.bankfil.Mottaker;
import no.innkreving.payments.bankfil.Postfeil;
import no.innkreving.payments.bankfil.Sammendrag;
import no.innkreving.payments.bankfil.Tilbakefoering;
import no.innkreving.payments.bankfil.UgyldigBankfil;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.platform.parallelt.Parallelt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Bokfoering bokfoering;
    private final Plasseringsberegning plassering;
    private final Forsinkelsesrenter renter;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher hendelser;
    private final int batch;
    private final int samtidige;
    private final Tilbakebetalinger tilbakebetalinger;

    Innbetalingsimport(PaymentTables tables, Fakturering fakturering, Bokfoering bokfoering, Plasseringsberegning plassering,
                       Forsinkelsesrenter renter, TransactionTemplate tx, Clock clock, ApplicationEventPublisher hendelser,
                       Tilbakebetalinger tilbakebetalinger,
                       @Value("${bank.import.batch:5000}") int batch,
                       @Value("${bank.import.samtidige:2}") int samtidige) {
        this.samtidige = Math.max(1, samtidige);
        this.tilbakebetalinger = tilbakebetalinger;
        this.tables = tables;
        this.fakturering = fakturering;
        this.bokfoering = bokfoering;
        this.plassering = plassering;
        this.renter = renter;
        this.tx = tx;
        this.clock = clock;
        this.hendelser = hendelser;
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
        Optional<Bankfilstatus> avvist = kontrollerFoerst(bankfilId, fil, filnavn);
        if (avvist.isPresent()) return avvist.get();
        List<Postfeil> feil = new ArrayList<>();
        List<Bankpost> buffer = new ArrayList<>(batch);
        List<Tilbakefoering> tilbakefoeringer = new ArrayList<>();
        Referansesett sett = new Referansesett();
        Map<String, Integer> gjentatt = new HashMap<>();
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
                    // A reference seen before in this file is a second payment, never dropped (decision 0027): it is
                    // kept under its occurrence's own reference and held in suspense for a caseworker to check.
                    if (!sett.leggTil(p.referanse())) p = gjentakelse(p, gjentatt.merge(p.referanse(), 2, (a, b) -> a + 1));
                    buffer.add(p);
                    if (buffer.size() >= batch) send();
                }

                @Override
                public void feil(Postfeil f) {
                    feil.add(f);
                }

                @Override
                public void tilbakefoering(Tilbakefoering t) {
                    tilbakefoeringer.add(t);
                }

                void send() {
                    Map<String, KravForKid> krav = fakturering.kravForKider(buffer.stream().map(Bankpost::kid)
                            .filter(k -> k != null).toList());
                    List<List<Bankpost>> deler = new ArrayList<>();
                    for (int i = 0; i < samtidige; i++) deler.add(new ArrayList<>());
                    for (Bankpost p : buffer) {
                        KravForKid k = p.kid() == null ? null : krav.get(p.kid());
                        deler.get(k == null ? 0 : Bokfoering.laasegruppe(k.skyldner()) % samtidige).add(p);
                    }
                    buffer.clear();
                    for (int i = 0; i < samtidige; i++) {
                        List<Bankpost> del = deler.get(i);
                        if (del.isEmpty()) continue;
                        plass.acquireUninterruptibly();
                        batcher.add(arbeidere.get(i).submit(() -> {
                            try {
                                Bokfoert b = bokfoer(bankfilId, del, krav);
                                fremdrift.bokfoert.addAndGet(b.nye());
                                fremdrift.tidligereMottatt.addAndGet(b.tidligereMottattOre());
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
                Parallelt.ventPaaAlle(batcher, "booking a bank file");
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
        int[] tilbakefoert = {0};
        long tilbakefoertOre = 0;
        long tilbakefoeringerLestOre = 0;
        for (Tilbakefoering t : tilbakefoeringer) {
            tilbakefoeringerLestOre += t.beloepOre();
            Postfeil f = tilbakefoer(bankfilId, t);
            if (f != null) feil.add(f);
            else {
                tilbakefoert[0]++;
                tilbakefoertOre += t.beloepOre();
            }
        }
        String status = feil.isEmpty() ? "BEHANDLET"
                : sammendrag.antallPoster() == 0 && tilbakefoert[0] == 0 ? "AVVIST" : "DELVIS_BEHANDLET";
        int nye = fremdrift.bokfoert.get();
        long tidligere = fremdrift.tidligereMottatt.get();
        String rapport = Importrapport.tekst(filnavn, sammendrag, nye, feil)
                + (gjentatt.isEmpty() ? "" : "Bankreferanser som står mer enn én gang i filen: " + gjentatt.size()
                   + "; hver gjentakelse er bokført som egen innbetaling og holdt uplassert til en saksbehandler har sjekket den.\n")
                + (tilbakefoeringer.isEmpty() ? "" : "Tilbakeføringer lest: " + tilbakefoeringer.size() + ", til sammen "
                   + Beloepsformat.kroner(tilbakefoeringerLestOre) + "; bokført: " + tilbakefoert[0] + ", til sammen "
                   + Beloepsformat.kroner(tilbakefoertOre) + "\n");
        tables.avsluttBankfil(bankfilId, sammendrag.format().name(), status, sammendrag.antallPoster(), feil.size(),
                nye, sammendrag.sumOre(), tidligere, tilbakefoeringer.size(), tilbakefoeringerLestOre, rapport);
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
        final AtomicLong tidligereMottatt = new AtomicLong();
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
     * One batch in one transaction. Returns how many payments were new. The first try assumes every payment is new
     * (the usual case, one index probe a payment less); if one was stored before (a resent file, a rerun after a
     * crash, another import at the same moment), the batch is booked again, leaving out those already stored.
     */
    /** What a batch did: payments new, and the sum of those whose bank reference was booked before (another file). */
    record Bokfoert(int nye, long tidligereMottattOre) {
    }

    private Bokfoert bokfoer(UUID bankfilId, List<Bankpost> poster, Map<String, KravForKid> krav) {
        if (poster.isEmpty()) return new Bokfoert(0, 0);
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

    private Bokfoert bokfoerEnGang(UUID bankfilId, List<Bankpost> kopi, Map<String, KravForKid> krav, boolean ledeEtterKjente) {
        return tx.execute(s -> {
            tables.utenVentPaaDisk();
            List<Innbetaling> innbetalinger = new ArrayList<>(kopi.size());
            Map<UUID, KravForKid> kjente = new HashMap<>();
            Map<String, List<UUID>> kravsett = new HashMap<>();
            for (Bankpost p : kopi) {
                KravForKid k = p.kid() == null ? null : krav.get(p.kid());
                if (k != null && k.erKravsett()) kravsett.put(k.kid(), k.krav());
                else if (k != null) kjente.put(k.kravId(), k);
                innbetalinger.add(new Innbetaling(Tidsordnet.uuid(), bankfilId, p.referanse(), p.betalingsdato(),
                        p.bokfoeringsdato(), p.beloepOre(), p.kid(), k == null ? null : k.skyldner(),
                        k == null ? null : k.kravId(), p.betalersKonto(), p.betalersNavn(), p.mottakersKonto(), p.fritekst()));
            }
            Set<UUID> nye = new LinkedHashSet<>(tables.settInn(innbetalinger, clock.instant(), ledeEtterKjente));
            List<Innbetaling> aaBokfoere = innbetalinger.stream().filter(i -> nye.contains(i.innbetalingId())).toList();
            plasserOgBokfoer(aaBokfoere, kjente, kravsett);
            long tidligere = 0;
            for (Innbetaling i : innbetalinger) if (!nye.contains(i.innbetalingId())) tidligere += i.beloepOre();
            return new Bokfoert(aaBokfoere.size(), tidligere);
        });
    }

    /**
     * Places new payments (those with a known debtor) and books all of them; the rest goes to suspense. A payment whose
     * KID stands for a set of claims ({@code kravsett}, by KID) is placed on them in the set's order (decision 0043).
     */
    void plasserOgBokfoer(List<Innbetaling> innbetalinger, Map<UUID, KravForKid> kjenteKrav, Map<String, List<UUID>> kravsett) {
        LocalDate idag = LocalDate.now(clock);
        Set<String> skyldnere = new HashSet<>();
        for (Innbetaling i : innbetalinger) if (i.skyldner() != null) skyldnere.add(i.skyldner());
        // interest runs to the payer's date: a payment older than the last interest run takes back what was booked past it
        Map<UUID, LocalDate> sene = new HashMap<>();
        for (Innbetaling i : innbetalinger)
            if (i.utpektKrav() != null && betalersDato(i).isBefore(idag.minusDays(1)))
                for (UUID k : i.kid() != null && kravsett.containsKey(i.kid()) ? kravsett.get(i.kid()) : List.of(i.utpektKrav()))
                    sene.merge(k, betalersDato(i), (a, b) -> a.isBefore(b) ? a : b);
        List<Tilbakebetalinger.Refusjon> refusjoner = new ArrayList<>();
        bokfoering.forSkyldnere(skyldnere, enhet -> {
            if (!sene.isEmpty()) renter.foerInnbetalinger(enhet, sene);
            var aapne = plassering.aapneFor(enhet, innbetalinger, kjenteKrav, idag);
            List<Innbetalingsbokfoering> bokfoering = new ArrayList<>(innbetalinger.size());
            for (Innbetaling i : innbetalinger) {
                if (i.skyldner() == null) {
                    bokfoering.add(new Innbetalingsbokfoering(i.innbetalingId(), null, betalersDato(i), i.beloepOre(), List.of(), 0));
                    continue;
                }
                List<UUID> sett = i.kid() == null ? null : kravsett.get(i.kid());
                var r = sett != null ? aapne.plasserPaaSett(i.skyldner(), i.beloepOre(), sett)
                        : aapne.plasser(i.skyldner(), i.beloepOre(), i.utpektKrav());
                bokfoering.add(new Innbetalingsbokfoering(i.innbetalingId(), i.skyldner(), betalersDato(i), i.beloepOre(),
                        r.plasseringer(), r.tilbakebetalOre()));
                if (r.tilbakebetalOre() > 0) refusjoner.add(Tilbakebetalinger.Refusjon.overskudd(i, i.skyldner(), i.kid(), r.tilbakebetalOre()));
            }
            enhet.bokfoerInnbetalinger(bokfoering);
            return null;
        });
        tilbakebetalinger.betalTilbake(refusjoner, idag);
        if (!skyldnere.isEmpty()) hendelser.publishEvent(new InnbetalingerPlassert(Set.copyOf(skyldnere)));
    }

    /** The n-th occurrence of a bank reference in one file: its own reference, no KID match, a note for the caseworker. */
    private static Bankpost gjentakelse(Bankpost p, int n) {
        String merknad = "Bankreferansen " + p.referanse() + " står " + n + ". gang i samme fil"
                + (p.kid() == null ? "" : " (KID " + p.kid() + ")") + ": holdt uplassert til en saksbehandler har sjekket at pengene kom.";
        return new Bankpost(p.referanse() + "/gjentatt-" + n, p.bokfoeringsdato(), p.betalingsdato(), p.beloepOre(), null,
                p.fritekst() == null ? merknad : merknad + " " + p.fritekst(), p.betalersKonto(), p.betalersNavn(),
                p.mottakersKonto(), p.plassering());
    }

    /**
     * A file whose own control totals do not match its records is refused whole before anything is booked (OCR
     * giro's records 88 and 89; camt.054's TxsSummry/TtlCdtNtries, count and sum of credit entries). The totals come
     * before or after the records they count, so the file is read once in full before the import proper; for camt.054
     * that costs a second parse (see bench/README.md). Returns the refused file's status, or empty.
     */
    private Optional<Bankfilstatus> kontrollerFoerst(UUID bankfilId, Path fil, String filnavn) throws IOException {
        Sammendrag s;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(fil), 1 << 16)) {
            s = Bankfilleser.les(in, new Mottaker() {
                @Override
                public void post(Bankpost p) {
                }

                @Override
                public void feil(Postfeil f) {
                }

                @Override
                public void tilbakefoering(Tilbakefoering t) {
                }
            });
        } catch (UgyldigBankfil e) {
            return Optional.empty(); // the import proper reports it
        }
        if (s.kontrollsummerStemmer()) return Optional.empty();
        boolean ocr = s.format() == Bankfilformat.OCR_GIRO;
        String rapport = "Fil: " + filnavn + "\nFormat: " + s.format() + "\nFilen er AVVIST i sin helhet: kontrollsummene i"
                + (ocr ? " sluttpostene (88 for hvert oppdrag, 89 for forsendelsen: antall transaksjoner, antall poster, sum)"
                       : " TxsSummry (antall og sum av kreditposteringer, TtlCdtNtries)")
                + " stemmer ikke med postene i filen. Ingenting er bokført. Be banken sende filen på nytt.\n"
                + "Lest: " + s.antallPoster() + " innbetalinger, til sammen " + Beloepsformat.kroner(s.sumOre())
                + (ocr ? "; forsendelsens sluttpost sier " : "; TxsSummry sier ")
                + (s.kontrollAntall() == null ? "-" : s.kontrollAntall()) + (ocr ? " transaksjoner, " : " kreditposteringer, ")
                + (s.kontrollSumOre() == null ? "-" : Beloepsformat.kroner(s.kontrollSumOre())) + ".\n";
        tables.avsluttBankfil(bankfilId, s.format().name(), "AVVIST", s.antallPoster(), s.antallFeil(), 0, s.sumOre(), rapport);
        log.warn("Bank file {} refused whole: its control totals do not match its records", filnavn);
        return tables.bankfil(bankfilId);
    }

    /**
     * Books one reversal in its own transaction: the payment it names has every posting reversed (ledger), its
     * unsent refunds cancelled. Returns why it was refused, or null. The same reversal again has no effect.
     */
    private Postfeil tilbakefoer(UUID bankfilId, Tilbakefoering t) {
        return tx.execute(st -> {
            if (tables.tilbakefoeringFinnes(t.referanse())) return null;
            Optional<Innbetaling> original = tables.tilbakefoert(t.originalReferanse(), t.kid(), t.beloepOre());
            String hvilken = t.originalReferanse() != null ? "med bankreferanse " + t.originalReferanse()
                    : "med KID " + t.kid() + " og beløp " + Beloepsformat.kroner(t.beloepOre());
            if (original.isEmpty())
                return new Postfeil(t.plassering(), "Tilbakeføring av en innbetaling vi ikke har mottatt (" + hvilken + "): ikke bokført");
            Innbetaling i = original.get();
            if (i.beloepOre() != t.beloepOre())
                return new Postfeil(t.plassering(), "Tilbakeføringen er på " + Beloepsformat.kroner(t.beloepOre())
                        + ", innbetalingen " + hvilken + " var på " + Beloepsformat.kroner(i.beloepOre()) + ": ikke bokført");
            bokfoering.laasInnbetaling(i.innbetalingId()); // the payment's lock before its debtor's (decision 0021)
            return bokfoering.forSkyldnere(i.skyldner() == null ? List.of() : List.of(i.skyldner()), e -> {
                if (tables.erTilbakefoert(i.innbetalingId()))
                    return new Postfeil(t.plassering(), "Innbetalingen " + hvilken + " er allerede tilbakeført");
                if (tables.harSendtUtbetaling(i.innbetalingId()))
                    return new Postfeil(t.plassering(), "Innbetalingen " + hvilken + " har en tilbakebetaling som alt er sendt:"
                            + " tilbakeføringen må behandles manuelt");
                e.tilbakefoerInnbetaling(i.innbetalingId(), i.skyldner(), t.bokfoeringsdato());
                tables.nyTilbakefoering(Tidsordnet.uuid(), bankfilId, t.referanse(), i.innbetalingId(), t.beloepOre(),
                        t.bokfoeringsdato(), clock.instant());
                return null;
            });
        });
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

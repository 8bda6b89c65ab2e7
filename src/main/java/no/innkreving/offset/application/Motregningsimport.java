package no.innkreving.offset.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.domain.Motregningsfilformat.Lest;
import no.innkreving.offset.domain.Motregningsfilformat;
import no.innkreving.offset.domain.Motregningslinje;
import no.innkreving.offset.persistence.OffsetTables;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.platform.parallelt.Parallelt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in an offset file (docs/motregningsfil.md), as a stream: each line read and checked, broken lines reported
 * with their line number (the header is line 1), the good ones a batch at a time split by the debtor's lock group
 * over the offset workers, each part stored and offset in one unit of work (decision 0068; each amount once by its
 * reference: a line already received is counted, not stored or offset again). Reading goes on while earlier batches
 * are offset, so memory holds a few batches, never the file. A file whose header is wrong, or in which no line could
 * be read, is refused whole and nothing of it is stored.
 */
@Component
public class Motregningsimport {
    private static final Logger log = LoggerFactory.getLogger(Motregningsimport.class);
    private static final int BATCH = 4000;
    private static final int MAKS_FEIL_I_RAPPORT = 1000;
    /** No good line comes near this (the longest is about 140 bytes); a longer one is refused unread. */
    static final int MAKS_LINJE = 1024;
    private static final ByteBuffer FOR_LANG = ByteBuffer.allocate(0);

    private final OffsetTables tables;
    private final Motregningskjoering kjoering;
    private final Bokfoering bokfoering;
    private final TransactionTemplate tx;
    private final Clock clock;

    Motregningsimport(OffsetTables tables, Motregningskjoering kjoering, Bokfoering bokfoering, TransactionTemplate tx, Clock clock) {
        this.tables = tables;
        this.kjoering = kjoering;
        this.bokfoering = bokfoering;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a file gave: its id, whether refused whole, counts, and the report written beside it. */
    public record Resultat(UUID filId, boolean avvist, int linjer, int nye, int kjente, int feil, String rapport) {
    }

    /**
     * Reads, stores and offsets, batch by batch; then offsets whatever else waits (a part whose unit failed, an
     * earlier run killed halfway), failing if a debtor still cannot be offset.
     */
    public Resultat importer(Path fil, String filnavn, String kilde) throws IOException {
        int n = kjoering.samtidige();
        List<ExecutorService> arbeidere = new ArrayList<>();
        for (int i = 0; i < n; i++)
            arbeidere.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("motregning-fil-" + (i + 1)).daemon().factory()));
        Semaphore plass = new Semaphore(n * 2);
        List<Future<?>> deler = new ArrayList<>();
        Resultat r;
        try {
            r = les(fil, filnavn, kilde, (batch, filId, telling) -> {
                List<List<Motregningslinje>> perArbeider = new ArrayList<>();
                for (int i = 0; i < n; i++) perArbeider.add(new ArrayList<>());
                for (Motregningslinje l : batch) perArbeider.get(Motregningskjoering.arbeider(l.skyldner(), n)).add(l);
                for (int i = 0; i < n; i++) {
                    List<Motregningslinje> del = perArbeider.get(i);
                    if (del.isEmpty()) continue;
                    plass.acquireUninterruptibly();
                    deler.add(arbeidere.get(i).submit(() -> {
                        try {
                            telling.legg(lagreOgMotregn(del, filId));
                        } finally {
                            plass.release();
                        }
                    }));
                }
            }, () -> Parallelt.ventPaaAlle(deler, "offsetting a file"));
        } finally {
            arbeidere.forEach(ExecutorService::close);
        }
        if (!r.avvist()) kjoering.behandleUbehandlede();
        return r;
    }

    /** Reads and stores the amounts, without offsetting them (the offset run takes them). */
    public Resultat lesInn(Path fil, String filnavn, String kilde) throws IOException {
        return les(fil, filnavn, kilde, (batch, filId, telling) -> telling.legg(tx.execute(s -> lagre(batch, filId))), () -> {
        });
    }

    /** What batches gave: new, repeats, broken (a reference known with other content), and those lines' messages. */
    record Telt(int nye, int kjente, int avvik, List<Lest.Feil> feil) {
    }

    /** Sums what the batches gave, from any thread. */
    private static final class Telling {
        int nye;
        int kjente;
        int avvik;
        final List<Lest.Feil> feil = new ArrayList<>();

        synchronized void legg(Telt t) {
            nye += t.nye();
            kjente += t.kjente();
            avvik += t.avvik();
            // the report lists the first ones only (a resent file with other content could have a million)
            for (Lest.Feil f : t.feil()) if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add(f);
        }
    }

    @FunctionalInterface
    private interface Batchmottaker {
        void ta(List<Motregningslinje> batch, UUID filId, Telling telling);
    }

    /** Reads the file line by line, hands good lines to {@code mottaker} a batch at a time, {@code vent} before the report. */
    private Resultat les(Path fil, String filnavn, String kilde, Batchmottaker mottaker, Runnable vent) throws IOException {
        UUID filId = Tidsordnet.uuid();
        tx.executeWithoutResult(s -> tables.nyFil(filId, filnavn, kilde, clock.instant()));
        try {
            return les(fil, filnavn, filId, mottaker, vent);
        } catch (IOException | RuntimeException e) {
            // what was stored waits for the offset run, and the file is taken again: this record says why it stopped
            String rapport = "Fil: " + filnavn + "\nLesingen av filen ble avbrutt (" + e.getClass().getSimpleName()
                    + "). Beløp som ble lagret, motregnes av motregningskjøringen; filen tas inn på nytt.\n";
            try {
                tx.executeWithoutResult(s -> tables.filFerdig(filId, "AVBRUTT", 0, 0, 0, 0, rapport));
            } catch (RuntimeException ogsaa) {
                e.addSuppressed(ogsaa);
            }
            throw e;
        }
    }

    private Resultat les(Path fil, String filnavn, UUID filId, Batchmottaker mottaker, Runnable vent) throws IOException {
        List<Lest.Feil> feil = new ArrayList<>();
        int antallFeil = 0;
        int linjer = 0;
        boolean hode = false;
        Telling telling = new Telling();
        List<Motregningslinje> batch = new ArrayList<>(BATCH);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(fil)) {
            Linjeleser leser = new Linjeleser(in);
            int nr = 0;
            ByteBuffer raa;
            while ((raa = leser.neste()) != null) {
                nr++;
                if (raa == FOR_LANG) {
                    if (nr == 1) break;
                    antallFeil++;
                    if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add(new Lest.Feil(nr, "er lengre enn " + MAKS_LINJE + " byte og er ikke lest"));
                    continue;
                }
                String linje;
                try {
                    linje = utf8.reset().decode(raa).toString();
                } catch (CharacterCodingException e) {
                    if (nr == 1) break;
                    antallFeil++;
                    if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add(new Lest.Feil(nr, "er ikke gyldig UTF-8"));
                    continue;
                }
                if (nr == 1) {
                    hode = Motregningsfilformat.erHode(linje);
                    if (!hode) break;
                    continue;
                }
                if (linje.isBlank()) continue;
                linjer++;
                switch (Motregningsfilformat.les(nr, linje)) {
                    case Lest.God g -> batch.add(g.linje());
                    case Lest.Feil f -> {
                        antallFeil++;
                        if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add(f);
                    }
                }
                if (batch.size() >= BATCH) {
                    mottaker.ta(batch, filId, telling);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (hode && !batch.isEmpty()) mottaker.ta(batch, filId, telling);
        } finally {
            vent.run();
        }
        if (!hode) {
            String rapport = "Fil: " + filnavn + "\nFilen er avvist: linje 1 må være overskriften «" + Motregningsfilformat.HODE
                    + "» (UTF-8). Ingenting i filen er behandlet.\n";
            tx.executeWithoutResult(s -> tables.filFerdig(filId, "AVVIST", 0, 0, 0, 1, rapport));
            return new Resultat(filId, true, 0, 0, 0, 1, rapport);
        }
        int nye = telling.nye;
        int kjente = telling.kjente;
        antallFeil += telling.avvik;
        for (Lest.Feil f : telling.feil) if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add(f);
        // workers report repeats with other content as their parts finish: the report lists every line by its number
        feil.sort(java.util.Comparator.comparingInt(Lest.Feil::linjenummer));
        boolean avvist = nye + kjente == 0;
        String rapport = rapport(filnavn, linjer, nye, kjente, antallFeil, feil, avvist);
        int l = linjer, a = antallFeil;
        tx.executeWithoutResult(s -> tables.filFerdig(filId, avvist ? "AVVIST" : "BEHANDLET", l, nye, kjente, a, rapport));
        return new Resultat(filId, avvist, linjer, nye, kjente, antallFeil, rapport);
    }

    /**
     * Stores a part of a batch and offsets it in one unit of work on its debtors. The first try takes every reference
     * as new (the usual case: no look-up); if one was stored before, the unit fails on it whole and is done again with
     * the known references left out. If the unit fails otherwise, the lines are stored as waiting and the offset run
     * after the file takes them debtor by debtor (so one debtor's failure stops only that debtor).
     */
    private Telt lagreOgMotregn(List<Motregningslinje> del, UUID filId) {
        Set<String> skyldnere = new LinkedHashSet<>();
        for (Motregningslinje l : del) skyldnere.add(l.skyldner());
        for (int forsoek = 1; ; forsoek++) {
            boolean slaaOpp = forsoek > 1;
            try {
                return bokfoering.forSkyldnere(skyldnere, enhet -> {
                    tables.utenVentPaaDisk();
                    Sortert s = sorter(del, slaaOpp ? tables.medReferanser(del.stream().map(Motregningslinje::referanse).toList()) : Map.of());
                    kjoering.motregn(enhet, skyldnere, s.nye(), filId);
                    return s.telt();
                });
            } catch (DuplicateKeyException e) {
                if (forsoek < 3) {
                    log.debug("Amounts of this batch were stored before; offsetting the rest of it");
                    continue;
                }
                log.warn("Offset of a batch of {} amounts failed; stored to wait for the offset run", del.size(), e);
            } catch (RuntimeException e) {
                log.warn("Offset of a batch of {} amounts failed; stored to wait for the offset run", del.size(), e);
            }
            return tx.execute(st -> lagre(del, filId));
        }
    }

    private record Sortert(List<Motregningslinje> nye, Telt telt) {
    }

    /**
     * Sorts a batch's lines against the references stored before ({@code lagret}) and earlier in the batch: new, a
     * repeat (same content: no effect) or broken (the reference with other content).
     */
    private static Sortert sorter(List<Motregningslinje> batch, Map<String, Motkrav> lagret) {
        Map<String, Motregningslinje> sett = new HashMap<>();
        List<Motregningslinje> nye = new ArrayList<>(batch.size());
        List<Lest.Feil> feil = new ArrayList<>();
        int kjente = 0;
        int avvik = 0;
        for (Motregningslinje l : batch) {
            Motkrav m = lagret.get(l.referanse());
            Motregningslinje tidligere = sett.putIfAbsent(l.referanse(), l);
            if (m == null && tidligere == null) {
                nye.add(l);
                continue;
            }
            boolean samme = m != null ? m.skyldner().equals(l.skyldner()) && m.beloepOre() == l.beloepOre() && m.art() == l.art()
                    && m.dato().equals(l.dato()) && Objects.equals(m.kontonummer(), l.kontonummer())
                    : tidligere.skyldner().equals(l.skyldner()) && tidligere.beloepOre() == l.beloepOre() && tidligere.art() == l.art()
                    && tidligere.dato().equals(l.dato()) && Objects.equals(tidligere.kontonummer(), l.kontonummer());
            if (samme) kjente++;
            else {
                avvik++;
                feil.add(new Lest.Feil(l.linjenummer(), "referansen " + l.referanse() + " er allerede mottatt med et annet innhold"));
            }
        }
        return new Sortert(nye, new Telt(nye.size(), kjente, avvik, feil));
    }

    /** Stores a batch as waiting for the offset run (no offset here), in the caller's transaction. */
    private Telt lagre(List<Motregningslinje> batch, UUID filId) {
        if (batch.isEmpty()) return new Telt(0, 0, 0, List.of());
        Set<String> nye = new HashSet<>(tables.settInn(batch, filId, clock.instant()));
        List<Motregningslinje> andre = batch.stream().filter(l -> !nye.remove(l.referanse())).toList();
        Sortert s = sorter(andre, tables.medReferanser(andre.stream().map(Motregningslinje::referanse).toList()));
        return new Telt(batch.size() - andre.size(), s.telt().kjente(), s.telt().avvik(), s.telt().feil());
    }

    private static String rapport(String filnavn, int linjer, int nye, int kjente, int antallFeil, List<Lest.Feil> feil, boolean avvist) {
        StringBuilder b = new StringBuilder();
        b.append("Fil: ").append(filnavn).append('\n');
        b.append("Format: motregningsfil (").append(Motregningsfilformat.HODE).append(")\n");
        b.append("Beløp lest: ").append(linjer).append('\n');
        b.append("Nye beløp tatt til motregning: ").append(nye).append('\n');
        if (kjente > 0) b.append("Allerede mottatt (samme referanse og innhold), ikke behandlet på nytt: ").append(kjente).append('\n');
        b.append("Linjer som ikke kunne leses: ").append(antallFeil).append('\n');
        for (Lest.Feil f : feil) b.append("  - linje ").append(f.linjenummer()).append(": ").append(f.melding()).append('\n');
        if (antallFeil > feil.size()) b.append("  ... og ").append(antallFeil - feil.size()).append(" til\n");
        if (avvist) b.append("Filen er avvist: ingen linje kunne leses. Ingenting i filen er behandlet.\n");
        else if (antallFeil > 0) b.append("De gode linjene er behandlet. Rett de feilaktige linjene og send dem på nytt;")
                .append(" beløp som allerede er mottatt, behandles ikke to ganger.\n");
        return b.toString();
    }

    /**
     * Lines of a stream as bytes without their '\n' (a '\r' before it stays, the format strips it). A line longer than
     * {@link #MAKS_LINJE} bytes is not held: its bytes are skipped to its end and {@link #FOR_LANG} stands for it, so a
     * file of one endless line costs a buffer, not memory.
     */
    private static final class Linjeleser {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int start;
        private int slutt;
        private boolean tom;

        Linjeleser(InputStream in) {
            this.in = in;
        }

        /** The next line, valid until the next call; {@link #FOR_LANG} for a line too long; null at the end. */
        ByteBuffer neste() throws IOException {
            int fra = start;
            int i = start;
            boolean forLang = false;
            while (true) {
                for (; i < slutt; i++) {
                    if (buf[i] == '\n') {
                        start = i + 1;
                        return forLang || i - fra > MAKS_LINJE ? FOR_LANG : ByteBuffer.wrap(buf, fra, i - fra);
                    }
                }
                if (slutt - fra > MAKS_LINJE) forLang = true;
                if (tom) {
                    start = slutt;
                    if (forLang) return FOR_LANG;
                    return fra == slutt ? null : ByteBuffer.wrap(buf, fra, slutt - fra);
                }
                // keep what is read of the line (at most MAKS_LINJE bytes, so it fits) at the front, or drop it if too long
                int rest = forLang ? 0 : slutt - fra;
                System.arraycopy(buf, fra, buf, 0, rest);
                fra = 0;
                i = rest;
                slutt = rest;
                start = 0;
                int n = in.read(buf, slutt, buf.length - slutt);
                if (n < 0) tom = true;
                else slutt += n;
            }
        }
    }
}

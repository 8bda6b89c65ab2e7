package no.innkreving.offset.application;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.domain.Motregningsfilformat;
import no.innkreving.offset.domain.Motregningsfilformat.Lest;
import no.innkreving.offset.domain.Motregningslinje;
import no.innkreving.offset.persistence.OffsetTables;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in an offset file (docs/motregningsfil.md), as a stream: each line read, good lines stored a batch at a time
 * (each amount once by its reference: a line already received is counted, not stored again), broken lines reported
 * with their line number (the header is line 1); then the offset run does every amount waiting. A file whose header
 * is wrong, or in which no line could be read, is refused whole and nothing of it is stored.
 */
@Component
public class Motregningsimport {
    private static final int BATCH = 2000;
    private static final int MAKS_FEIL_I_RAPPORT = 1000;

    private final OffsetTables tables;
    private final Motregningskjoering kjoering;
    private final TransactionTemplate tx;
    private final Clock clock;

    Motregningsimport(OffsetTables tables, Motregningskjoering kjoering, TransactionTemplate tx, Clock clock) {
        this.tables = tables;
        this.kjoering = kjoering;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a file gave: its id, whether refused whole, counts, and the report written beside it. */
    public record Resultat(UUID filId, boolean avvist, int linjer, int nye, int kjente, int feil, String rapport) {
    }

    /** Reads, stores and offsets. */
    public Resultat importer(Path fil, String filnavn, String kilde) throws IOException {
        Resultat r = lesInn(fil, filnavn, kilde);
        if (!r.avvist()) kjoering.behandleUbehandlede();
        return r;
    }

    /** Reads and stores the amounts, without offsetting them (the offset run takes them). */
    public Resultat lesInn(Path fil, String filnavn, String kilde) throws IOException {
        UUID filId = Tidsordnet.uuid();
        tx.executeWithoutResult(s -> tables.nyFil(filId, filnavn, kilde, clock.instant()));
        List<String> feil = new ArrayList<>();
        int antallFeil = 0;
        int linjer = 0;
        int nye = 0;
        int kjente = 0;
        boolean hode = false;
        List<Motregningslinje> batch = new ArrayList<>(BATCH);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(fil), 1 << 16)) {
            int nr = 0;
            byte[] raa;
            while ((raa = nesteLinje(in)) != null) {
                nr++;
                String linje;
                try {
                    linje = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raa)).toString();
                } catch (CharacterCodingException e) {
                    if (nr == 1) break;
                    antallFeil++;
                    if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add("linje " + nr + ": er ikke gyldig UTF-8");
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
                        if (feil.size() < MAKS_FEIL_I_RAPPORT) feil.add("linje " + f.linjenummer() + ": " + f.melding());
                    }
                }
                if (batch.size() >= BATCH) {
                    int[] t = lagre(batch, filId, feil);
                    nye += t[0];
                    kjente += t[1];
                    antallFeil += t[2];
                    batch.clear();
                }
            }
        }
        if (!hode) {
            String rapport = "Fil: " + filnavn + "\nFilen er avvist: linje 1 må være overskriften «" + Motregningsfilformat.HODE
                    + "» (UTF-8). Ingenting i filen er behandlet.\n";
            tx.executeWithoutResult(s -> tables.filFerdig(filId, "AVVIST", 0, 0, 0, 1, rapport));
            return new Resultat(filId, true, 0, 0, 0, 1, rapport);
        }
        int[] t = lagre(batch, filId, feil);
        nye += t[0];
        kjente += t[1];
        antallFeil += t[2];
        boolean avvist = nye + kjente == 0;
        String rapport = rapport(filnavn, linjer, nye, kjente, antallFeil, feil, avvist);
        int l = linjer, n = nye, k = kjente, a = antallFeil;
        tx.executeWithoutResult(s -> tables.filFerdig(filId, avvist ? "AVVIST" : "BEHANDLET", l, n, k, a, rapport));
        return new Resultat(filId, avvist, linjer, nye, kjente, antallFeil, rapport);
    }

    /**
     * Stores a batch in one transaction; a reference already stored with the same content is a repeat (no effect), with
     * other content a broken line. Returns {new, repeats, broken}.
     */
    private int[] lagre(List<Motregningslinje> batch, UUID filId, List<String> feil) {
        if (batch.isEmpty()) return new int[3];
        return tx.execute(s -> {
            Set<String> nye = new HashSet<>(tables.settInn(batch, filId, clock.instant()));
            List<Motregningslinje> andre = batch.stream().filter(l -> !nye.remove(l.referanse()) ).toList();
            int nyeAntall = batch.size() - andre.size();
            Map<String, Motkrav> lagret = tables.medReferanser(andre.stream().map(Motregningslinje::referanse).toList());
            int kjente = 0;
            int avvik = 0;
            for (Motregningslinje l : andre) {
                Motkrav m = lagret.get(l.referanse());
                if (m != null && m.skyldner().equals(l.skyldner()) && m.beloepOre() == l.beloepOre() && m.art() == l.art()
                        && m.dato().equals(l.dato()) && Objects.equals(m.kontonummer(), l.kontonummer())) {
                    kjente++;
                } else {
                    avvik++;
                    if (feil.size() < MAKS_FEIL_I_RAPPORT)
                        feil.add("linje " + l.linjenummer() + ": referansen " + l.referanse() + " er allerede mottatt med et annet innhold");
                }
            }
            return new int[]{nyeAntall, kjente, avvik};
        });
    }

    private static String rapport(String filnavn, int linjer, int nye, int kjente, int antallFeil, List<String> feil, boolean avvist) {
        StringBuilder b = new StringBuilder();
        b.append("Fil: ").append(filnavn).append('\n');
        b.append("Format: motregningsfil (").append(Motregningsfilformat.HODE).append(")\n");
        b.append("Beløp lest: ").append(linjer).append('\n');
        b.append("Nye beløp tatt til motregning: ").append(nye).append('\n');
        if (kjente > 0) b.append("Allerede mottatt (samme referanse og innhold), ikke behandlet på nytt: ").append(kjente).append('\n');
        b.append("Linjer som ikke kunne leses: ").append(antallFeil).append('\n');
        for (String f : feil) b.append("  - ").append(f).append('\n');
        if (antallFeil > feil.size()) b.append("  ... og ").append(antallFeil - feil.size()).append(" til\n");
        if (avvist) b.append("Filen er avvist: ingen linje kunne leses. Ingenting i filen er behandlet.\n");
        else if (antallFeil > 0) b.append("De gode linjene er behandlet. Rett de feilaktige linjene og send dem på nytt;")
                .append(" beløp som allerede er mottatt, behandles ikke to ganger.\n");
        return b.toString();
    }

    /** The next line's bytes without its '\n' (a '\r' before it stays, the format strips it), or null at the end. */
    private static byte[] nesteLinje(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        boolean noe = false;
        while ((c = in.read()) != -1) {
            noe = true;
            if (c == '\n') return b.toByteArray();
            b.write(c);
        }
        return noe ? b.toByteArray() : null;
    }
}

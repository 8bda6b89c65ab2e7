package no.innkreving.offset.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Motregningsadgang;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.ledger.AapenLinje;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.ledger.Linjeplassering;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.domain.Motregningsregel;
import no.innkreving.offset.domain.Motregningsrekkefoelge;
import no.innkreving.offset.persistence.OffsetTables;
import no.innkreving.payments.Utbetalingsinstrukser;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The offset run: every amount received and not yet offset, one debtor a unit of work (the debtor's ledger lock, one
 * transaction): the debtor's open claims read under the lock, each amount offset by {@link Motregningsregel}, booked
 * as one balanced ledger transaction, the rest a payout instruction, the letter sent, the amount marked done. A run
 * killed halfway leaves whole debtors done or untouched; the next run (the next file, the inbox's next round) takes
 * the rest, so it ends as one clean run would.
 */
@Component
public class Motregningskjoering {
    private static final Logger log = LoggerFactory.getLogger(Motregningskjoering.class);
    private static final int SIDE = 500;

    private final OffsetTables tables;
    private final Bokfoering bokfoering;
    private final ClaimTypeCatalogue katalog;
    private final Innkrevingsstanser stanser;
    private final Oppdragsregister oppdrag;
    private final Utbetalingsinstrukser utbetalinger;
    private final Motregningsmelding melding;
    private final Motregningsrekkefoelge regel;
    private final Clock clock;

    Motregningskjoering(OffsetTables tables, Bokfoering bokfoering, ClaimTypeCatalogue katalog, Innkrevingsstanser stanser,
                        Oppdragsregister oppdrag, Utbetalingsinstrukser utbetalinger, Motregningsmelding melding,
                        Motregningsrekkefoelge regel, Clock clock) {
        this.tables = tables;
        this.bokfoering = bokfoering;
        this.katalog = katalog;
        this.stanser = stanser;
        this.oppdrag = oppdrag;
        this.utbetalinger = utbetalinger;
        this.melding = melding;
        this.regel = regel;
        this.clock = clock;
    }

    /**
     * Offsets every amount waiting, debtor by debtor; returns the number of amounts done. A debtor whose unit fails is
     * rolled back whole and left waiting; the others go on, and then the run fails so that its caller (the inbox, an
     * upload) knows to try again.
     */
    public int behandleUbehandlede() {
        return behandleUbehandlede(Integer.MAX_VALUE);
    }

    /** As {@link #behandleUbehandlede()}, stopping after {@code maksSkyldnere} debtors (a run cut short). */
    public int behandleUbehandlede(int maksSkyldnere) {
        int gjort = 0;
        int skyldnere = 0;
        int feilet = 0;
        RuntimeException foerste = null;
        String etter = "";
        while (skyldnere < maksSkyldnere) {
            List<String> side = tables.skyldnereMedUbehandlede(etter, Math.min(SIDE, maksSkyldnere - skyldnere));
            if (side.isEmpty()) break;
            for (String s : side) {
                try {
                    gjort += behandle(s);
                } catch (RuntimeException e) {
                    feilet++;
                    if (foerste == null) foerste = e;
                    log.error("Offset of a debtor's amounts failed; they wait for the next run", e);
                }
                skyldnere++;
            }
            etter = side.getLast();
        }
        if (foerste != null) throw new IllegalStateException(feilet + " debtor(s) could not be offset now; their amounts wait", foerste);
        return gjort;
    }

    /** Offsets the debtor's waiting amounts in one unit of work; returns how many. */
    public int behandle(String skyldner) {
        return bokfoering.forSkyldnere(List.of(skyldner), enhet -> {
            List<Motkrav> ventende = tables.ubehandlede(skyldner);
            if (ventende.isEmpty()) return 0; // another worker got here first
            List<AapenLinje> aapne = enhet.aapneLinjer(List.of(skyldner));
            Map<UUID, List<AapenLinje>> perKrav = new LinkedHashMap<>();
            for (AapenLinje l : aapne) perKrav.computeIfAbsent(l.kravId(), k -> new ArrayList<>()).add(l);
            Map<Long, Long> igjen = new HashMap<>();
            for (AapenLinje l : aapne) igjen.put(l.kravlinjeId(), l.gjenstaaendeOre());
            Map<UUID, Long> ramme = new HashMap<>(oppdrag.ytelserForAvregning(perKrav.keySet()));
            tables.avregnetHittil(perKrav.keySet()).forEach((k, brukt) -> ramme.merge(k, -brukt, Long::sum));
            LocalDate idag = LocalDate.now(clock);
            for (Motkrav m : ventende) behandle(enhet, m, idag, perKrav, igjen, ramme);
            return ventende.size();
        });
    }

    private void behandle(Bokfoeringsenhet enhet, Motkrav m, LocalDate idag, Map<UUID, List<AapenLinje>> perKrav,
                          Map<Long, Long> igjen, Map<UUID, Long> ramme) {
        // The offset takes effect when both sides are due: the day the amount fell due to the debtor, or today if later.
        LocalDate virkning = m.dato().isAfter(idag) ? m.dato() : idag;
        Map<UUID, Set<Stansgrunn>> stanset = stanser.stanserPaa(perKrav.keySet(), virkning);
        List<Motregningsregel.Krav> krav = new ArrayList<>();
        for (var e : perKrav.entrySet()) {
            AapenLinje foerste = e.getValue().getFirst();
            Motregningsadgang adgang = katalog.motregningsadgang(foerste.kravtype()).orElse(null);
            // the first hold that stops offset (a plan does not, decision 0047)
            Stansgrunn stans = stanset.getOrDefault(e.getKey(), Set.of()).stream()
                    .filter(g -> regel.hindrendeStans().contains(g.name())).sorted().findFirst().orElse(null);
            krav.add(new Motregningsregel.Krav(e.getKey(), foerste.kravtype(), adgang != null && adgang.tillater(m.art().name()),
                    adgang == null ? 99 : adgang.rang(), foerste.forfallsdato(), foerste.kravBokfoert(),
                    stans == null ? null : stans.name(), Math.max(0, ramme.getOrDefault(e.getKey(), 0L)),
                    e.getValue().stream().map(l -> new Motregningsregel.Linje(l.kravlinjeId(), l.linjetype(), l.ilagtDato(),
                            igjen.get(l.kravlinjeId()))).toList()));
        }
        var r = Motregningsregel.motregn(m.beloepOre(), m.art(), virkning, krav, regel);
        enhet.bokfoerMotregning(m.motkravId(), m.skyldner(), virkning, m.beloepOre(),
                r.dekninger().stream().map(d -> new Linjeplassering(d.kravId(), d.kravlinjeId(), d.beloepOre())).toList(),
                r.utbetalOre());
        for (var d : r.dekninger()) igjen.merge(d.kravlinjeId(), -d.beloepOre(), Long::sum);
        Map<UUID, Long> avregnet = new LinkedHashMap<>();
        for (var d : r.dekninger()) if (d.avregning()) avregnet.merge(d.kravId(), d.beloepOre(), Long::sum);
        avregnet.forEach((k, ore) -> ramme.merge(k, -ore, Long::sum));
        tables.avregnet(m.motkravId(), avregnet);
        if (r.utbetalOre() > 0) utbetalinger.restEtterMotregning(m.motkravId(), m.skyldner(), r.utbetalOre(), m.kontonummer(), virkning);
        UUID dokument = r.motregnetOre() > 0 ? melding.send(m, virkning, r, perKrav) : null;
        tables.motregnet(m.motkravId(), r.motregnetOre(), r.utbetalOre(), virkning, dokument, clock.instant());
        log.debug("Offset {}: {} øre against claims, {} øre paid out", m.referanse(), r.motregnetOre(), r.utbetalOre());
    }
}

package no.innkreving.offset.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Motregningsadgang;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.ledger.AapenLinje;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.ledger.Linjeplassering;
import no.innkreving.ledger.Motregningsbokfoering;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.domain.Motregningslinje;
import no.innkreving.offset.domain.Motregningsregel;
import no.innkreving.offset.domain.Motregningsrekkefoelge;
import no.innkreving.offset.persistence.OffsetTables;
import no.innkreving.offset.persistence.OffsetTables.Avregnet;
import no.innkreving.offset.persistence.OffsetTables.NyttMotkrav;
import no.innkreving.offset.persistence.OffsetTables.Utfall;
import no.innkreving.payments.Utbetalingsinstrukser;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The offset run, set-based (decision 0068): many debtors a unit of work (their ledger lock groups, one
 * transaction). The unit reads the debtors' waiting amounts, open claim lines, holds and avregning frames in one query
 * each, offsets each amount in memory by {@link Motregningsregel} (per debtor in the order the amounts arrived), and
 * writes the ledger transactions, payouts, avregning, letters and the amounts' status in one statement each. A unit
 * that fails is done again debtor by debtor, so one debtor's failure stops only that debtor. A run killed halfway
 * leaves whole units done or untouched; the next run (the next file, the inbox's next round) takes the rest, so it
 * ends as one clean run would.
 */
@Component
public class Motregningskjoering {
    private static final Logger log = LoggerFactory.getLogger(Motregningskjoering.class);
    /** Debtors a page of the run over waiting amounts; the page is split by lock group over the workers. */
    private static final int SIDE = 4000;

    private final OffsetTables tables;
    private final Bokfoering bokfoering;
    private final ClaimTypeCatalogue katalog;
    private final Innkrevingsstanser stanser;
    private final Oppdragsregister oppdrag;
    private final Utbetalingsinstrukser utbetalinger;
    private final Motregningsmelding melding;
    private final Motregningsrekkefoelge regel;
    private final Clock clock;
    private final ExecutorService arbeidere;
    private final int samtidige;

    Motregningskjoering(OffsetTables tables, Bokfoering bokfoering, ClaimTypeCatalogue katalog, Innkrevingsstanser stanser,
                        Oppdragsregister oppdrag, Utbetalingsinstrukser utbetalinger, Motregningsmelding melding,
                        Motregningsrekkefoelge regel, Clock clock, @Value("${motregning.samtidige:2}") int samtidige) {
        this.samtidige = Math.max(1, samtidige);
        AtomicInteger nr = new AtomicInteger();
        this.arbeidere = Executors.newFixedThreadPool(this.samtidige, r -> {
            Thread t = new Thread(r, "motregning-" + nr.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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

    int samtidige() {
        return samtidige;
    }

    /** Which of {@code samtidige} workers takes a debtor: by lock group, so two workers never wait for each other's locks. */
    static int arbeider(String skyldner, int samtidige) {
        return Bokfoering.laasegruppe(skyldner) % samtidige;
    }

    /**
     * Offsets every amount waiting (stored but not offset: a file read by {@link Motregningsimport#lesInn}, a run
     * killed halfway); returns the number of amounts done. A debtor whose unit fails is rolled back whole and left
     * waiting; the others go on, and then the run fails so that its caller (the inbox, an upload) knows to try again.
     */
    public int behandleUbehandlede() {
        return behandleUbehandlede(Integer.MAX_VALUE);
    }

    /** As {@link #behandleUbehandlede()}, stopping after {@code maksSkyldnere} debtors (a run cut short). */
    public int behandleUbehandlede(int maksSkyldnere) {
        int gjort = 0;
        int skyldnere = 0;
        List<RuntimeException> feil = new ArrayList<>();
        String etter = "";
        while (skyldnere < maksSkyldnere) {
            List<String> side = tables.skyldnereMedUbehandlede(etter, Math.min(SIDE, maksSkyldnere - skyldnere));
            if (side.isEmpty()) break;
            List<List<String>> deler = new ArrayList<>();
            for (int i = 0; i < samtidige; i++) deler.add(new ArrayList<>());
            for (String s : side) deler.get(arbeider(s, samtidige)).add(s);
            List<Future<Del>> svar = new ArrayList<>();
            for (List<String> del : deler) if (!del.isEmpty()) svar.add(arbeidere.submit(() -> motregnVentende(del)));
            for (Future<Del> d : svar) {
                try {
                    gjort += d.get().gjort();
                    feil.addAll(d.get().feil());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("offset run interrupted; the amounts not done wait", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("offset worker failed", e.getCause());
                }
            }
            skyldnere += side.size();
            etter = side.getLast();
        }
        if (!feil.isEmpty()) throw new IllegalStateException(feil.size() + " debtor(s) could not be offset now; their amounts wait", feil.getFirst());
        return gjort;
    }

    /** What a part of a run did: amounts offset, and the failures of debtors left waiting. */
    record Del(int gjort, List<RuntimeException> feil) {
    }

    /**
     * The waiting amounts of these debtors in one unit; if it fails, each debtor in a unit of its own, so that one
     * debtor's failure leaves only that debtor waiting.
     */
    Del motregnVentende(List<String> skyldnere) {
        try {
            return new Del(bokfoering.forSkyldnere(skyldnere, e -> motregn(e, skyldnere, List.of(), null)), List.of());
        } catch (RuntimeException e) {
            if (skyldnere.size() == 1) {
                log.error("Offset of a debtor's amounts failed; they wait for the next run", e);
                return new Del(0, List.of(e));
            }
            log.warn("Offset of {} debtors in one unit failed; doing them one by one", skyldnere.size(), e);
            int gjort = 0;
            List<RuntimeException> feil = new ArrayList<>();
            for (String s : skyldnere) {
                Del d = motregnVentende(List.of(s));
                gjort += d.gjort();
                feil.addAll(d.feil());
            }
            return new Del(gjort, feil);
        }
    }

    /** Offsets one debtor's waiting amounts in one unit of work; returns how many. */
    public int behandle(String skyldner) {
        return bokfoering.forSkyldnere(List.of(skyldner), e -> motregn(e, List.of(skyldner), List.of(), null));
    }

    /**
     * In a unit holding these debtors' locks: offsets their amounts waiting (their rows marked done) and then the new
     * lines of file {@code filId} (stored here, already done: the caller has left out references stored before), per
     * debtor in that order. Returns how many amounts were offset.
     */
    int motregn(Bokfoeringsenhet enhet, Collection<String> skyldnere, List<Motregningslinje> nye, UUID filId) {
        List<Motkrav> ventende = tables.ubehandlede(skyldnere);
        if (ventende.isEmpty() && nye.isEmpty()) return 0; // another worker got here first
        Runde runde = new Runde(enhet, ventende, nye);
        for (Motkrav m : runde.alle) runde.motregn(m);
        runde.lagre(filId);
        return runde.alle.size();
    }

    /**
     * One unit's offset: what it read (amounts, the debtors' open lines and avregning frames), what the rule decided
     * amount by amount, and the writes. Kept apart in small methods, one loop each: the JIT compiles a long method
     * with many loops again and again while a run is on (a loop's own compiled entry for each, each compiled anew
     * when a branch first taken halfway through a file invalidates it), which cost about a sixth of the app's CPU in
     * the offset benchmark.
     */
    private final class Runde {
        final Bokfoeringsenhet enhet;
        final List<Motkrav> ventende;
        final List<Motkrav> alle;
        final Map<UUID, Motregningslinje> nyeLinjer = new HashMap<>();
        final Map<String, Map<UUID, List<AapenLinje>>> perSkyldner = new HashMap<>();
        final Map<Long, Long> igjen = new HashMap<>();
        final Set<UUID> kravIder = new LinkedHashSet<>();
        final Set<String> beroerte = new LinkedHashSet<>();
        final Map<UUID, Long> ramme;
        final LocalDate idag = LocalDate.now(clock);
        final Map<LocalDate, Map<UUID, Set<Stansgrunn>>> stansPerDag = new HashMap<>();
        final List<Motregningsbokfoering> bokfoeringer;
        final List<Avregnet> avregnet = new ArrayList<>();
        final List<Utbetalingsinstrukser.Rest> rester = new ArrayList<>();
        final List<Motregningsmelding.Melding> meldinger = new ArrayList<>();
        final List<Utfall> utfall;

        Runde(Bokfoeringsenhet enhet, List<Motkrav> ventende, List<Motregningslinje> nye) {
            this.enhet = enhet;
            this.ventende = ventende;
            this.alle = new ArrayList<>(ventende.size() + nye.size());
            alle.addAll(ventende);
            for (Motregningslinje l : nye) alle.add(ny(l));
            for (Motkrav m : alle) beroerte.add(m.skyldner());
            this.bokfoeringer = new ArrayList<>(alle.size());
            this.utfall = new ArrayList<>(alle.size());
            lesAapneLinjer();
            // NAV's avregning frames matter only to the kinds of amount avregnet first (NAV back-payments)
            boolean avregning = alle.stream().anyMatch(m -> regel.avregningFoerst().contains(m.art()));
            this.ramme = avregning ? new HashMap<>(oppdrag.ytelserForAvregning(kravIder)) : new HashMap<>();
            if (!ramme.isEmpty()) tables.avregnetHittil(ramme.keySet()).forEach((k, brukt) -> ramme.merge(k, -brukt, Long::sum));
        }

        private Motkrav ny(Motregningslinje l) {
            Motkrav m = new Motkrav(Tidsordnet.uuid(), l.referanse(), l.skyldner(), l.beloepOre(), l.art(), l.dato(),
                    l.kontonummer(), "MOTTATT", 0, 0, null, null);
            nyeLinjer.put(m.motkravId(), l);
            return m;
        }

        private void lesAapneLinjer() {
            for (AapenLinje l : enhet.aapneLinjer(beroerte)) {
                perSkyldner.computeIfAbsent(l.skyldner(), k -> new LinkedHashMap<>()).computeIfAbsent(l.kravId(), k -> new ArrayList<>()).add(l);
                igjen.put(l.kravlinjeId(), l.gjenstaaendeOre());
            }
            perSkyldner.values().forEach(k -> kravIder.addAll(k.keySet()));
        }

        /** One amount: the rule's offset against the debtor's claims as they stand after the amounts before it. */
        void motregn(Motkrav m) {
            // The offset takes effect when both sides are due: the day the amount fell due to the debtor, or today if later.
            LocalDate virkning = m.dato().isAfter(idag) ? m.dato() : idag;
            Map<UUID, List<AapenLinje>> perKrav = perSkyldner.getOrDefault(m.skyldner(), Map.of());
            Map<UUID, Set<Stansgrunn>> stanset = stansPerDag.computeIfAbsent(virkning, d -> stanser.stanserPaa(kravIder, d));
            var r = Motregningsregel.motregn(m.beloepOre(), m.art(), virkning, krav(m, perKrav, stanset, igjen, ramme), regel);
            bokfoeringer.add(new Motregningsbokfoering(m.motkravId(), m.skyldner(), virkning, m.beloepOre(), plasseringer(r), r.utbetalOre()));
            Map<UUID, Long> avregnetHer = new LinkedHashMap<>();
            for (var d : r.dekninger()) {
                igjen.merge(d.kravlinjeId(), -d.beloepOre(), Long::sum);
                if (d.avregning()) avregnetHer.merge(d.kravId(), d.beloepOre(), Long::sum);
            }
            avregnetHer.forEach((k, ore) -> {
                ramme.merge(k, -ore, Long::sum);
                avregnet.add(new Avregnet(m.motkravId(), k, ore));
            });
            if (r.utbetalOre() > 0)
                rester.add(new Utbetalingsinstrukser.Rest(m.motkravId(), m.skyldner(), r.utbetalOre(), m.kontonummer(), virkning));
            if (r.motregnetOre() > 0) meldinger.add(new Motregningsmelding.Melding(m, virkning, r, perKrav));
            utfall.add(new Utfall(m.motkravId(), r.motregnetOre(), r.utbetalOre(), virkning, null));
        }

        private static List<Linjeplassering> plasseringer(Motregningsregel.Resultat r) {
            List<Linjeplassering> p = new ArrayList<>(r.dekninger().size());
            for (var d : r.dekninger()) p.add(new Linjeplassering(d.kravId(), d.kravlinjeId(), d.beloepOre()));
            return p;
        }

        /** The letters first (the amounts' rows carry their ids), then the amounts, avregning, ledger and payouts. */
        void lagre(UUID filId) {
            Map<UUID, UUID> dokumentFor = brev();
            Instant naa = clock.instant();
            List<Utfall> gamle = new ArrayList<>(ventende.size());
            List<NyttMotkrav> lagres = new ArrayList<>(nyeLinjer.size());
            for (Utfall u : utfall) {
                Utfall medBrev = new Utfall(u.motkravId(), u.motregnetOre(), u.utbetaltOre(), u.virkningsdato(), dokumentFor.get(u.motkravId()));
                Motregningslinje ny = nyeLinjer.get(u.motkravId());
                if (ny == null) gamle.add(medBrev);
                else lagres.add(new NyttMotkrav(ny, filId, medBrev));
            }
            tables.motregnet(gamle, naa);
            tables.settInnMotregnet(lagres, naa);
            tables.avregnet(avregnet);
            enhet.bokfoerMotregninger(bokfoeringer);
            utbetalinger.resterEtterMotregning(rester);
            log.debug("Offset {} amounts of {} debtors", alle.size(), beroerte.size());
        }

        private Map<UUID, UUID> brev() {
            List<UUID> dokumenter = melding.send(meldinger);
            Map<UUID, UUID> dokumentFor = new HashMap<>();
            for (int i = 0; i < meldinger.size(); i++) dokumentFor.put(meldinger.get(i).m().motkravId(), dokumenter.get(i));
            return dokumentFor;
        }
    }

    /** The debtor's claims as the rule sees them for this amount: catalogue, holds that day, what is left to pay. */
    private List<Motregningsregel.Krav> krav(Motkrav m, Map<UUID, List<AapenLinje>> perKrav, Map<UUID, Set<Stansgrunn>> stanset,
                                            Map<Long, Long> igjen, Map<UUID, Long> ramme) {
        List<Motregningsregel.Krav> krav = new ArrayList<>(perKrav.size());
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
        return krav;
    }
}

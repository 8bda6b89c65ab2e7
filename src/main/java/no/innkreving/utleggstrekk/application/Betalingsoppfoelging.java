package no.innkreving.utleggstrekk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Innbetalinger;
import no.innkreving.payments.InnbetalingerPlassert;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import no.innkreving.trekkpaalegg.Periode;
import no.innkreving.trekkpaalegg.Trekkpaalegg;
import no.innkreving.trekkpaalegg.Trekkpaaleggsregister;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables.Trekk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends an order when its claims are paid (a closing version, status {@code avsluttet}), and when what is left is less
 * than a month's deduction sets a final fixed amount first (spec rules; decision 0045). Runs for a debtor right after
 * a payment of theirs is placed (after its commit), and at the latest in the daily run {@code utleggstrekk}, which also
 * catches what a listener missed (a crash between the two commits, money a caseworker placed from suspense). The
 * daily run also ends an order whose period under dekningsloven § 2-7 third paragraph has run out ({@link Trekkperiode}).
 */
@Component
public class Betalingsoppfoelging implements DagligJobb {
    private static final Logger log = LoggerFactory.getLogger(Betalingsoppfoelging.class);
    static final String SYSTEM = "system:utleggstrekk";

    private final UtleggstrekkTables tables;
    private final Trekkpaaleggsregister paalegg;
    private final Saldoer saldoer;
    private final Innbetalinger innbetalinger;
    private final Trekkbrev brev;
    private final Kjoeringsmotor motor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ClaimTypeCatalogue katalog;
    private final Samordning samordning;
    private final Fakturering fakturering;
    private final Fristavbruddsregister fristavbrudd;
    private final Innkrevingsstanser stanser;

    Betalingsoppfoelging(UtleggstrekkTables tables, Trekkpaaleggsregister paalegg, Saldoer saldoer, Innbetalinger innbetalinger,
                         Trekkbrev brev, Kjoeringsmotor motor, TransactionTemplate tx, Clock clock, ClaimTypeCatalogue katalog,
                         Samordning samordning, Fakturering fakturering, Fristavbruddsregister fristavbrudd,
                         Innkrevingsstanser stanser) {
        this.stanser = stanser;
        this.samordning = samordning;
        this.fakturering = fakturering;
        this.fristavbrudd = fristavbrudd;
        this.katalog = katalog;
        this.tables = tables;
        this.paalegg = paalegg;
        this.saldoer = saldoer;
        this.innbetalinger = innbetalinger;
        this.brev = brev;
        this.motor = motor;
        this.tx = tx;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void innbetalingerPlassert(InnbetalingerPlassert hendelse) {
        for (String skyldner : tables.medAktiveTrekk(hendelse.skyldnere())) {
            try {
                tx.execute(s -> vurder(skyldner));
            } catch (RuntimeException e) {
                log.warn("Garnishment of a debtor not followed up after a payment; the daily run does it", e);
            }
        }
    }

    @Scheduled(cron = "${innkreving.utleggstrekk.cron:0 0 2 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** Today's run even if one is done (an operator's rerun, tests). */
    public Kjoering kjoer() {
        return motor.kjoerPaaNytt(this, LocalDate.now(clock));
    }

    @Override
    public String navn() {
        return "utleggstrekk";
    }

    @Override
    public int rekkefoelge() {
        return 40; // after interest, placement of held money and dunning
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        return tables.skyldnereMedAktiveTrekk();
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return vurder(skyldner);
    }

    /** For each active order of the debtor: closed when paid, a final amount when less than a month is left. Answers how many changed. */
    int vurder(String skyldner) {
        int endret = 0;
        for (UUID trekkid : tables.aktiveForSkyldner(skyldner)) {
            Optional<Trekk> laast = tables.laast(trekkid);
            if (laast.isEmpty() || !"AKTIV".equals(laast.get().status())) continue;
            if (vurder(laast.get())) endret++;
        }
        return endret;
    }

    private boolean vurder(Trekk trekk) {
        LocalDate idag = LocalDate.now(clock);
        Trekkpaalegg siste = paalegg.siste(trekk.trekkid()).orElseThrow();
        boolean utvidet = false;
        if (siste.trekkstatus() == Trekkpaalegg.Trekkstatus.AKTIV) {
            Trekk medNye = ordneEtterStans(taMedNyeKrav(trekk, idag), idag);
            utvidet = medNye != trekk;
            trekk = medNye;
        }
        List<Kravsaldo> saldo = saldoer.saldoer(trekk.krav(), LocalDate.MAX);
        long rest = saldo.stream().mapToLong(Kravsaldo::gjenstaaendeOre).sum();
        if (siste.trekkstatus() == Trekkpaalegg.Trekkstatus.AVSLUTTET) {
            // a final amount was published: the order ends with it, paid or not (a new order if money is still owed)
            Periode sist = siste.siste();
            if (rest == 0 || sist.sluttdato() == null || sist.sluttdato().isBefore(idag)) {
                tables.avsluttet(trekk.trekkid(), idag);
                return true;
            }
            return utvidet;
        }
        if (rest == 0) {
            UUID dokument = brev.send(idag, trekk.skyldner(), trekk.saksnummer(), "Utleggstrekket er avsluttet", trekk.krav(),
                    saldoMap(trekk), List.of("Kravene i saken " + trekk.saksnummer() + " er gjort opp. Utleggstrekket er derfor avsluttet fra og med "
                            + Trekkvedtak.DATO.format(idag) + ", og den trekkpliktige er bedt om å slutte å trekke."),
                    List.of("Er det trukket mer enn kravene var på, betaler vi det tilbake til deg."));
            brev.tilTrekkpliktig(idag, trekk.trekkpliktig(), trekk.saksnummer(), "Opphør av pålegg om utleggstrekk", 0,
                    List.of("Kravene i saken " + trekk.saksnummer() + " (trekkid " + trekk.trekkid() + ") er gjort opp. Pålegget om utleggstrekk "
                            + "opphører, og dere skal ikke trekke etter " + Trekkvedtak.DATO.format(idag) + "."), List.of());
            Trekkpaalegg t = paalegg.avslutt(trekk.trekkid());
            tables.avsluttet(trekk.trekkid(), idag);
            tables.vedtak(Trekkvedtak.vedtak(t, "BETALT", SYSTEM, "Ingenting gjenstår av kravene (betalt eller avskrevet)", null, null, dokument));
            log.info("Garnishment {} closed: its claims are paid", trekk.trekkid());
            return true;
        }
        LocalDate sisteDag = Trekkperiode.sisteDag(katalog, saldo, trekk.besluttet());
        if (sisteDag != null && idag.isAfter(sisteDag)) {
            // the period of dekningsloven § 2-7 third paragraph has run out: the order ends; a new decision may follow
            UUID dokument = brev.send(idag, trekk.skyldner(), trekk.saksnummer(), "Utleggstrekket er avsluttet", trekk.krav(), saldoMap(trekk),
                    List.of("Utleggstrekket i saken " + trekk.saksnummer() + " kunne løpe til og med " + Trekkvedtak.DATO.format(sisteDag)
                            + " (dekningsloven § 2-7 tredje ledd) og er derfor avsluttet."),
                    List.of("Kravene nedenfor er ikke betalt i sin helhet og kreves fortsatt inn."));
            brev.tilTrekkpliktig(idag, trekk.trekkpliktig(), trekk.saksnummer(), "Opphør av pålegg om utleggstrekk", rest,
                    List.of("Trekkperioden i saken " + trekk.saksnummer() + " (trekkid " + trekk.trekkid() + ") er ute (dekningsloven § 2-7 tredje ledd). "
                            + "Pålegget om utleggstrekk opphører, og dere skal ikke trekke etter " + Trekkvedtak.DATO.format(idag) + "."), List.of());
            Trekkpaalegg t = paalegg.avslutt(trekk.trekkid());
            tables.avsluttet(trekk.trekkid(), idag);
            tables.vedtak(Trekkvedtak.vedtak(t, "UTLOEPT", SYSTEM, "Trekkperioden etter dekningsloven § 2-7 tredje ledd er ute ("
                    + Trekkvedtak.DATO.format(sisteDag) + ")", null, null, dokument));
            return true;
        }
        Periode loepende = siste.siste();
        Boolean pause = pauseEllerGjenoppta(trekk, saldo, loepende, idag);
        if (pause != null) return true;
        if (erPauset(trekk)) return utvidet;
        if (loepende.startdato().isAfter(idag)) return utvidet;
        Optional<Long> maanedstrekk = maanedstrekk(trekk, loepende.stoerrelse());
        if (maanedstrekk.isEmpty() || maanedstrekk.get() == 0 || rest >= maanedstrekk.get()) return utvidet;
        Trekkpaalegg t = paalegg.sluttbeloep(trekk.trekkid(), rest);
        tables.vedtak(Trekkvedtak.vedtak(t, "SLUTTBELOEP", SYSTEM, "Det som gjenstår (" + Belop.kroner(rest)
                + " kroner) er mindre enn et månedstrekk: siste trekk er et fast sluttbeløp", t.siste().stoerrelse(), t.siste().startdato(), null));
        return true;
    }

    /**
     * One coordinated order covers all the debtor's collectable claims (the 2026 act): a claim of the debtor that has
     * become ready for enforcement since is taken in, in priority order, under the same KID (the payer's order is
     * unchanged, so no new version); its limitation is interrupted and the debtor is told. Answers the order as it now is.
     */
    private Trekk taMedNyeKrav(Trekk trekk, LocalDate idag) {
        Map<UUID, Kravsaldo> saldo = saldoMap(trekk);
        List<UUID> nye = samordning.andreKlareKrav(trekk.skyldner(), trekk.krav(), idag, saldo);
        if (nye.isEmpty()) return trekk;
        java.util.Set<UUID> alle = new java.util.LinkedHashSet<>(trekk.krav());
        alle.addAll(nye);
        List<UUID> rekkefoelge = samordning.rekkefoelge(alle, saldo);
        fakturering.endreKravsett(trekk.kidnummer(), rekkefoelge);
        tables.erstattKrav(trekk.trekkid(), rekkefoelge);
        for (UUID k : nye) fristavbrudd.registrer(k, idag, Fristavbrudd.Slag.UTLEGG, "utleggstrekk:" + trekk.trekkid());
        brev.send(idag, trekk.skyldner(), trekk.saksnummer(), "Nye krav i utleggstrekket", rekkefoelge, saldo,
                List.of("Krav som er blitt klare for tvangsinnkreving etter at utleggstrekket i saken " + trekk.saksnummer()
                        + " ble besluttet, er tatt med i det samme trekket (ett samordnet trekk for alle kravene, lov 25. april 2025 nr. 12). "
                        + "Trekkets størrelse er ikke endret; det løper til alle kravene nedenfor er betalt.", "Nye krav: " + nye.size() + "."),
                List.of("Du kan klage på at kravene er tatt med så lenge trekket løper."));
        log.info("Garnishment {} takes in {} claim(s) that became ready for enforcement", trekk.trekkid(), nye.size());
        return new Trekk(trekk.trekkid(), trekk.skyldner(), trekk.trekkpliktig(), trekk.kidnummer(), trekk.saksnummer(), trekk.status(),
                trekk.besluttet(), rekkefoelge);
    }

    /**
     * The order's money goes to its claims by priority, but a claim on hold (module suspension) is not collected while
     * the hold lasts: held claims go last in the KID's set, behind those that are not, and back to their place when the
     * hold ends. Answers the order as it now is.
     */
    private Trekk ordneEtterStans(Trekk trekk, LocalDate idag) {
        java.util.Set<UUID> stanset = stanser.stansetPaa(trekk.krav(), idag).keySet();
        List<UUID> prioritert = samordning.rekkefoelge(new java.util.LinkedHashSet<>(trekk.krav()), saldoMap(trekk));
        List<UUID> ny = new java.util.ArrayList<>(prioritert.stream().filter(k -> !stanset.contains(k)).toList());
        ny.addAll(prioritert.stream().filter(stanset::contains).toList());
        if (ny.equals(trekk.krav())) return trekk;
        fakturering.endreKravsett(trekk.kidnummer(), ny);
        tables.erstattKrav(trekk.trekkid(), ny);
        log.info("Garnishment {}: claims reordered for holds ({} held)", trekk.trekkid(), stanset.size());
        return new Trekk(trekk.trekkid(), trekk.skyldner(), trekk.trekkpliktig(), trekk.kidnummer(), trekk.saksnummer(), trekk.status(),
                trekk.besluttet(), ny);
    }

    /**
     * Holds on collection (module suspension) stop garnishment too: while every claim of the order with something left
     * is held, the order is paused from tomorrow (a 0 period, status aktiv: the contract's temporary stop); when a
     * hold ends, it resumes from tomorrow at the size it had before the pause. Answers true when paused, false when
     * resumed, null when nothing changed. A running period that starts tomorrow cannot be followed by one starting
     * tomorrow: the pause then comes in the next run.
     */
    private Boolean pauseEllerGjenoppta(Trekk trekk, List<Kravsaldo> saldo, Periode loepende, LocalDate idag) {
        List<UUID> aapne = saldo.stream().filter(k -> k.gjenstaaendeOre() > 0).map(Kravsaldo::kravId).toList();
        if (aapne.isEmpty()) return null;
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(aapne, idag);
        boolean alleStanset = stans.keySet().containsAll(aapne);
        boolean pauset = erPauset(trekk);
        if (alleStanset == pauset) return null;
        if (loepende.startdato().isAfter(idag)) return null;
        Trekkstoerrelse ny;
        String handling;
        String hvorfor;
        if (alleStanset) {
            ny = loepende.stoerrelse() instanceof Trekkstoerrelse.Prosent ? new Trekkstoerrelse.Prosent(java.math.BigDecimal.ZERO)
                    : new Trekkstoerrelse.Beloep(0);
            handling = "PAUSE";
            hvorfor = "Innkrevingen av kravene er stanset (" + stans.values().stream().distinct().map(Enum::name).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("") + "): trekket holdes i bero mens stansen varer";
        } else {
            ny = tables.vedtak(trekk.trekkid()).stream().filter(v -> !"PAUSE".equals(v.handling()) && (v.beloepOre() != null || v.prosent() != null))
                    .reduce((a, b) -> b).map(v -> v.beloepOre() != null ? (Trekkstoerrelse) new Trekkstoerrelse.Beloep(v.beloepOre())
                            : new Trekkstoerrelse.Prosent(v.prosent())).orElse(null);
            if (ny == null) return null;
            handling = "GJENOPPTATT";
            hvorfor = "Stansen i innkrevingen er over: trekket løper igjen som før";
        }
        LocalDate start = idag.plusDays(1);
        String tekst = (alleStanset ? "Utleggstrekket i saken " + trekk.saksnummer() + " holdes i bero fra og med " + Trekkvedtak.DATO.format(start)
                + " fordi innkrevingen av kravene er stanset. Det trekkes ikke mens stansen varer."
                : "Utleggstrekket i saken " + trekk.saksnummer() + " løper igjen fra og med " + Trekkvedtak.DATO.format(start) + ": "
                + Trekkvedtak.stoerrelsetekst(ny) + ".");
        Map<UUID, Kravsaldo> saldoMap = new java.util.HashMap<>();
        for (Kravsaldo k : saldo) saldoMap.put(k.kravId(), k);
        UUID dokument = brev.send(idag, trekk.skyldner(), trekk.saksnummer(), alleStanset ? "Utleggstrekket holdes i bero" : "Utleggstrekket løper igjen",
                trekk.krav(), saldoMap, List.of(tekst), List.of());
        brev.tilTrekkpliktig(idag, trekk.trekkpliktig(), trekk.saksnummer(), alleStanset ? "Midlertidig stans i pålegg om utleggstrekk"
                : "Pålegg om utleggstrekk løper igjen", saldo.stream().mapToLong(Kravsaldo::gjenstaaendeOre).sum(),
                List.of(tekst.replace("Det trekkes ikke", "Dere skal ikke trekke") + " (trekkid " + trekk.trekkid() + ")"), List.of());
        Trekkpaalegg t = paalegg.endre(trekk.trekkid(), start, ny);
        tables.vedtak(Trekkvedtak.vedtak(t, handling, SYSTEM, hvorfor, ny, start, dokument));
        log.info("Garnishment {} {}", trekk.trekkid(), alleStanset ? "paused: its claims are held" : "resumed: a hold ended");
        return alleStanset;
    }

    /** Whether the order's last size decision is a pause for holds. */
    private boolean erPauset(Trekk trekk) {
        return tables.vedtak(trekk.trekkid()).stream().filter(v -> v.beloepOre() != null || v.prosent() != null || "PAUSE".equals(v.handling()))
                .reduce((a, b) -> b).map(v -> "PAUSE".equals(v.handling())).orElse(false);
    }

    private Map<UUID, Kravsaldo> saldoMap(Trekk trekk) {
        Map<UUID, Kravsaldo> m = new java.util.HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(trekk.krav(), LocalDate.MAX)) m.put(s.kravId(), s);
        return m;
    }

    /**
     * What a month's deduction is: the amount of an amount period; for a percentage, the last payment the payer made
     * with the order's KID (what the percentage took from a month's pay); unknown before the first one.
     */
    private Optional<Long> maanedstrekk(Trekk trekk, Trekkstoerrelse s) {
        return switch (s) {
            case Trekkstoerrelse.Beloep b -> Optional.of(b.ore());
            case Trekkstoerrelse.Prosent p -> innbetalinger.forSkyldner(trekk.skyldner()).stream()
                    .filter(i -> trekk.kidnummer().equals(i.kid()))
                    .max(Comparator.comparing(Innbetaling::innbetalingsdato)).map(Innbetaling::beloepOre);
        };
    }
}

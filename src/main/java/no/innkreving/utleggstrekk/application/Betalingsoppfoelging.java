package no.innkreving.utleggstrekk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.ledger.Kravsaldo;
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

    Betalingsoppfoelging(UtleggstrekkTables tables, Trekkpaaleggsregister paalegg, Saldoer saldoer, Innbetalinger innbetalinger,
                         Trekkbrev brev, Kjoeringsmotor motor, TransactionTemplate tx, Clock clock, ClaimTypeCatalogue katalog) {
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
        List<Kravsaldo> saldo = saldoer.saldoer(trekk.krav(), LocalDate.MAX);
        long rest = saldo.stream().mapToLong(Kravsaldo::gjenstaaendeOre).sum();
        Trekkpaalegg siste = paalegg.siste(trekk.trekkid()).orElseThrow();
        if (siste.trekkstatus() == Trekkpaalegg.Trekkstatus.AVSLUTTET) {
            // a final amount was published: the order ends with it, paid or not (a new order if money is still owed)
            Periode sist = siste.siste();
            if (rest == 0 || sist.sluttdato() == null || sist.sluttdato().isBefore(idag)) {
                tables.avsluttet(trekk.trekkid(), idag);
                return true;
            }
            return false;
        }
        if (rest == 0) {
            UUID dokument = brev.send(idag, trekk.skyldner(), trekk.saksnummer(), "Utleggstrekket er avsluttet", trekk.krav(),
                    saldoMap(trekk), List.of("Kravene i saken " + trekk.saksnummer() + " er betalt. Utleggstrekket er derfor avsluttet fra og med "
                            + Trekkvedtak.DATO.format(idag) + ", og den trekkpliktige er bedt om å slutte å trekke."),
                    List.of("Er det trukket mer enn kravene var på, betaler vi det tilbake til deg."));
            Trekkpaalegg t = paalegg.avslutt(trekk.trekkid());
            tables.avsluttet(trekk.trekkid(), idag);
            tables.vedtak(Trekkvedtak.vedtak(t, "BETALT", SYSTEM, "Kravene er betalt", null, null, dokument));
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
            Trekkpaalegg t = paalegg.avslutt(trekk.trekkid());
            tables.avsluttet(trekk.trekkid(), idag);
            tables.vedtak(Trekkvedtak.vedtak(t, "UTLOEPT", SYSTEM, "Trekkperioden etter dekningsloven § 2-7 tredje ledd er ute ("
                    + Trekkvedtak.DATO.format(sisteDag) + ")", null, null, dokument));
            return true;
        }
        Periode loepende = siste.siste();
        if (loepende.startdato().isAfter(idag)) return false;
        Optional<Long> maanedstrekk = maanedstrekk(trekk, loepende.stoerrelse());
        if (maanedstrekk.isEmpty() || maanedstrekk.get() == 0 || rest >= maanedstrekk.get()) return false;
        Trekkpaalegg t = paalegg.sluttbeloep(trekk.trekkid(), rest);
        tables.vedtak(Trekkvedtak.vedtak(t, "SLUTTBELOEP", SYSTEM, "Det som gjenstår (" + Belop.kroner(rest)
                + " kroner) er mindre enn et månedstrekk: siste trekk er et fast sluttbeløp", t.siste().stoerrelse(), t.siste().startdato(), null));
        return true;
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

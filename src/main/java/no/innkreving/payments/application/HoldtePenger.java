package no.innkreving.payments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Innbetalingsbokfoering;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly pass over money held for debtors (overpayments kept while claims not yet due were open), a daily job on
 * the platform's engine, one debtor per unit: each such payment is placed again by the allocation rule, so held money
 * covers claims as they fall due, and is refunded when nothing is open any more. Payments with no known debtor stay
 * in the caseworker's queue. Rerunnable: a payment holding nothing any more is left alone.
 */
@Component
public class HoldtePenger implements DagligJobb {
    private static final Logger log = LoggerFactory.getLogger(HoldtePenger.class);
    private final PaymentTables tables;
    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Plasseringsberegning plassering;
    private final Kjoeringsmotor motor;
    private final Clock clock;
    private final Tilbakebetalinger tilbakebetalinger;

    HoldtePenger(PaymentTables tables, Bokfoering bokfoering, Saldoer saldoer, Plasseringsberegning plassering,
                 Kjoeringsmotor motor, Clock clock, Tilbakebetalinger tilbakebetalinger) {
        this.tilbakebetalinger = tilbakebetalinger;
        this.tables = tables;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.plassering = plassering;
        this.motor = motor;
        this.clock = clock;
    }

    /** The nightly trigger: today's run, unless it is done (catch-up on start may have done it). */
    @Scheduled(cron = "${innkreving.plassering.cron:0 30 1 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** A run for today even if one is done. */
    public Kjoering kjoer() {
        Kjoering k = motor.kjoerPaaNytt(this, LocalDate.now(clock));
        if (k.antall() > 0) log.info("Held money placed or refunded for {} payments", k.antall());
        return k;
    }

    @Override
    public String navn() {
        return "plassering-av-holdte-penger";
    }

    @Override
    public int rekkefoelge() {
        return 20;
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        return holdte().stream().map(Innbetaling::skyldner).distinct().sorted().toList();
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        // this debtor's payments only: reading every held payment for each debtor made the run quadratic in them
        List<Innbetaling> hans = tables.innbetalingerForSkyldner(skyldner);
        Map<UUID, Long> holdt = saldoer.uplassert(hans.stream().map(Innbetaling::innbetalingId).toList());
        int plassert = 0;
        for (Innbetaling i : hans) {
            if (holdt.getOrDefault(i.innbetalingId(), 0L) > 0 && plasserHoldt(i, dato)) plassert++;
        }
        return plassert;
    }

    /** Payments holding unplaced money for a known debtor. */
    private List<Innbetaling> holdte() {
        Map<UUID, Long> uplassert = saldoer.alleUplasserte();
        return tables.innbetalinger(uplassert.keySet()).stream().filter(i -> i.skyldner() != null).toList();
    }

    private boolean plasserHoldt(Innbetaling i, LocalDate idag) {
        bokfoering.laasInnbetaling(i.innbetalingId());
        return bokfoering.forSkyldnere(List.of(i.skyldner()), enhet -> {
            long holdt = enhet.uplassert(List.of(i.innbetalingId())).getOrDefault(i.innbetalingId(), 0L);
            if (holdt <= 0) return false;
            var r = plassering.aapne(enhet, List.of(i.skyldner()), idag).plasser(i.skyldner(), holdt, null);
            if (r.plasseringer().isEmpty() && r.tilbakebetalOre() == 0) return false;
            enhet.bokfoerInnbetalinger(List.of(new Innbetalingsbokfoering(i.innbetalingId(), i.skyldner(), idag, 0,
                    r.plasseringer(), r.tilbakebetalOre())));
            tilbakebetalinger.betalTilbake(List.of(Tilbakebetalinger.Refusjon.overskudd(i, i.skyldner(), i.kid(), r.tilbakebetalOre())), idag);
            return true;
        });
    }
}

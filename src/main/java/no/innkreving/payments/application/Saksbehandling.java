package no.innkreving.payments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.ledger.Innbetalingsbokfoering;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.persistence.PaymentTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's tools for money in suspense: the queue of payments holding unplaced money, and placing such
 * money on a debtor (by KID, by debtor identifier, or by claim), which then follows the allocation rule.
 */
@Component
public class Saksbehandling {
    private static final Logger log = LoggerFactory.getLogger(Saksbehandling.class);
    private final PaymentTables tables;
    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Fakturering fakturering;
    private final Plasseringsberegning plassering;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final HoldtePenger holdtePenger;
    private final Tilbakebetalinger tilbakebetalinger;
    private final org.springframework.context.ApplicationEventPublisher hendelser;

    Saksbehandling(PaymentTables tables, Bokfoering bokfoering, Saldoer saldoer, Fakturering fakturering, Plasseringsberegning plassering, Clock clock,
                   TransactionTemplate tx, HoldtePenger holdtePenger, Tilbakebetalinger tilbakebetalinger,
                   org.springframework.context.ApplicationEventPublisher hendelser) {
        this.hendelser = hendelser;
        this.tilbakebetalinger = tilbakebetalinger;
        this.tables = tables;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.fakturering = fakturering;
        this.plassering = plassering;
        this.clock = clock;
        this.tx = tx;
        this.holdtePenger = holdtePenger;
    }

    /**
     * The pass over money held for debtors, now (tests, an operator): a run of {@link HoldtePenger} for today, even if
     * tonight's is done.
     */
    public void plasserHoldtePenger() {
        holdtePenger.kjoer();
    }

    /** A payment in the suspense queue, with what it still holds. */
    public record UplassertInnbetaling(Innbetaling innbetaling, long uplassertOre) {
    }

    public List<UplassertInnbetaling> koe() {
        Map<UUID, Long> uplassert = saldoer.alleUplasserte();
        return tables.innbetalinger(uplassert.keySet()).stream()
                .map(i -> new UplassertInnbetaling(i, uplassert.get(i.innbetalingId()))).toList();
    }

    public sealed interface Utfall {
        record Plassert(UplassertInnbetaling foer, long plassertOre, long tilbakebetaltOre, long fortsattUplassertOre) implements Utfall {
        }

        record Avvist(String melding) implements Utfall {
        }
    }

    /**
     * Places what a payment holds in suspense on a debtor's claims. Give a KID (the claim it designates), or a
     * debtor (no designation). Refused, with a reason, when the payment holds nothing or the target is unknown.
     */
    @Transactional
    public Utfall plasser(UUID innbetalingId, String kid, String skyldner, String saksbehandler) {
        bokfoering.laasInnbetaling(innbetalingId);
        Optional<Innbetaling> funnet = tables.innbetalinger(List.of(innbetalingId)).stream().findFirst();
        if (funnet.isEmpty()) return new Utfall.Avvist("Ukjent innbetaling " + innbetalingId);
        Innbetaling i = funnet.get();
        long holdt = saldoer.uplassert(List.of(innbetalingId)).getOrDefault(innbetalingId, 0L);
        if (holdt <= 0) return new Utfall.Avvist("Innbetalingen har ikke noe uplassert beløp");
        UUID utpekt = null;
        List<UUID> sett = List.of();
        if (kid != null) {
            KravForKid k = fakturering.kravForKider(List.of(kid)).get(kid);
            if (k == null) return new Utfall.Avvist("KID " + kid + " hører ikke til noe krav");
            skyldner = k.skyldner();
            utpekt = k.kravId();
            sett = k.krav(); // a KID for a set of claims designates them all, in order (decision 0043)
        }
        if (skyldner == null || skyldner.isBlank()) return new Utfall.Avvist("Oppgi KID eller skyldner");
        if (i.skyldner() != null && !i.skyldner().equals(skyldner))
            return new Utfall.Avvist("Innbetalingen tilhører allerede skyldner " + i.skyldner().substring(0, 6) + "…");
        if (saldoer.kravForSkyldner(skyldner).isEmpty()) return new Utfall.Avvist("Skyldneren har ingen krav hos oss");

        LocalDate idag = LocalDate.now(clock);
        String til = skyldner;
        List<UUID> utpekte = utpekt == null ? List.of() : sett;
        var r = bokfoering.forSkyldnere(List.of(til), enhet -> {
            long iEnheten = enhet.uplassert(List.of(innbetalingId)).getOrDefault(innbetalingId, 0L);
            var plassert = plassering.aapne(enhet, List.of(til), idag).plasserPaaSett(til, iEnheten, utpekte);
            enhet.bokfoerInnbetalinger(List.of(new Innbetalingsbokfoering(innbetalingId, til, idag, 0,
                    plassert.plasseringer(), plassert.tilbakebetalOre())));
            return plassert;
        });
        long plassert = r.plasseringer().stream().mapToLong(p -> p.beloepOre()).sum();
        tables.tilordne(innbetalingId, skyldner, utpekt);
        if (!r.plasseringer().isEmpty()) hendelser.publishEvent(new no.innkreving.payments.InnbetalingerPlassert(java.util.Set.of(skyldner)));
        tilbakebetalinger.betalTilbake(List.of(Tilbakebetalinger.Refusjon.overskudd(i, skyldner, kid != null ? kid : i.kid(),
                r.tilbakebetalOre())), idag);
        var foer = new UplassertInnbetaling(i, holdt);
        return new Utfall.Plassert(foer, plassert, r.tilbakebetalOre(), holdt - plassert - r.tilbakebetalOre());
    }
}

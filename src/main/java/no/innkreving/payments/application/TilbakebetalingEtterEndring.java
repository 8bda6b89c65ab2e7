package no.innkreving.payments.application;

import java.util.List;
import no.innkreving.ledger.PlasseringTilbakebetalt;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.persistence.PaymentTables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money the ledger owes back after a creditor lowered or withdrew what it had been paid against is paid out like an
 * overpayment ({@link Tilbakebetalinger}): a payout instruction in the same transaction as the ledger's booking, so the
 * reconciliation (TIL_UTBETALING = payout instructions) holds at every commit.
 */
@Component
class TilbakebetalingEtterEndring {
    private final PaymentTables tables;
    private final Tilbakebetalinger tilbakebetalinger;

    TilbakebetalingEtterEndring(PaymentTables tables, Tilbakebetalinger tilbakebetalinger) {
        this.tables = tables;
        this.tilbakebetalinger = tilbakebetalinger;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void tilbakebetalt(PlasseringTilbakebetalt h) {
        Innbetaling i = tables.innbetalinger(List.of(h.innbetalingId())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("refund for an unknown payment " + h.innbetalingId()));
        tilbakebetalinger.betalTilbake(List.of(new Tilbakebetalinger.Refusjon(i, h.skyldner(), i.kid(), h.beloepOre(), h.grunn())),
                h.dato());
    }
}

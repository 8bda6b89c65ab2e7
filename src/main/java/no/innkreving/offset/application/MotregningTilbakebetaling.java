package no.innkreving.offset.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.ledger.MotregnetBeloep;
import no.innkreving.ledger.MotregningTilbakebetalt;
import no.innkreving.ledger.Saldoer;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.Tilbakebetaling;
import no.innkreving.offset.domain.Motregningsregel;
import no.innkreving.offset.persistence.OffsetTables;
import no.innkreving.payments.Utbetalingsinstrukser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money offset on a claim that the creditor lowered below it, or that an upheld complaint deleted, is the debtor's
 * again (source document 002: what was paid on a deleted claim is paid back): paid out to the account the amount owed
 * came with, in the ledger's transaction, and the amount shows that much less offset and more paid out. What of it
 * was avregning against a NAV claim is given back to NAV's statement as far as the claim no longer holds it. The
 * debtor gets a letter saying so.
 */
@Component
class MotregningTilbakebetaling {
    private final OffsetTables tables;
    private final Utbetalingsinstrukser utbetalinger;
    private final Saldoer saldoer;
    private final Motregningsmelding melding;
    private final Clock clock;

    MotregningTilbakebetaling(OffsetTables tables, Utbetalingsinstrukser utbetalinger, Saldoer saldoer, Motregningsmelding melding,
                              Clock clock) {
        this.tables = tables;
        this.utbetalinger = utbetalinger;
        this.saldoer = saldoer;
        this.melding = melding;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void tilbakebetalt(MotregningTilbakebetalt h) {
        Motkrav m = tables.motkrav(List.of(h.motkravId())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("refund of an unknown offset amount " + h.motkravId()));
        tables.tilbakebetalt(m.motkravId(), h.beloepOre());
        // never paid out before the day the amount itself fell due to the debtor (an offset dated ahead, undone early)
        LocalDate dato = h.dato().isBefore(m.dato()) ? m.dato() : h.dato();
        utbetalinger.restEtterMotregning(m.motkravId(), h.skyldner(), h.beloepOre(), m.kontonummer(), dato);
        UUID brev = melding.sendTilbakebetaling(m, h.kravId(), h.kravtype(), h.beloepOre(), dato, h.grunn());
        tables.registrerTilbakebetaling(new Tilbakebetaling(m.motkravId(), h.kravId(), dato, h.beloepOre(), h.grunn().name(), brev), clock.instant());
        Long avregnet = tables.avregnet(m.motkravId(), h.kravId());
        if (avregnet == null) return;
        // the ledger has booked the payback: what of the amount still stands on the claim
        long fortsatt = saldoer.motregnet(List.of(h.kravId())).stream().filter(x -> x.motkravId().equals(m.motkravId()))
                .mapToLong(MotregnetBeloep::beloepOre).sum();
        tables.settAvregnet(m.motkravId(), h.kravId(), Motregningsregel.avregnetEtterTilbakebetaling(avregnet, fortsatt));
    }
}

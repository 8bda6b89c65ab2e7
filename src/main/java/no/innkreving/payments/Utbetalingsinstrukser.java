package no.innkreving.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout instructions for money another module has booked as owed back to the debtor (TIL_UTBETALING): one
 * instruction in the same transaction as that booking, so the reconciliation (TIL_UTBETALING = payout instructions)
 * holds at every commit. The payments module owns the instructions and their sending to the bank.
 */
@Component
public class Utbetalingsinstrukser {
    private final PaymentTables tables;

    Utbetalingsinstrukser(PaymentTables tables) {
        this.tables = tables;
    }

    /**
     * What is left of an amount the state owed the debtor after offset ({@code motkravId}) is paid out to the account
     * its payer gave, in the caller's transaction; and so is what was offset and is paid back later (a claim lowered
     * or deleted after a complaint).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Utbetaling restEtterMotregning(UUID motkravId, String skyldner, long beloepOre, String tilKonto, LocalDate dato) {
        return resterEtterMotregning(List.of(new Rest(motkravId, skyldner, beloepOre, tilKonto, dato))).getFirst();
    }

    /** What is left of an amount after offset, to pay out to {@code tilKonto} on {@code dato}. */
    public record Rest(UUID motkravId, String skyldner, long beloepOre, String tilKonto, LocalDate dato) {
    }

    /** As {@link #restEtterMotregning}, for many amounts in one batch (an offset run's). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Utbetaling> resterEtterMotregning(List<Rest> rester) {
        List<Utbetaling> nye = new ArrayList<>(rester.size());
        for (Rest r : rester) {
            if (r.beloepOre() <= 0) throw new IllegalArgumentException("a payout is above 0");
            nye.add(new Utbetaling(Tidsordnet.uuid(), null, r.skyldner(), r.beloepOre(), r.tilKonto(), null, "KLAR", r.dato(),
                    r.motkravId()));
        }
        if (!nye.isEmpty()) tables.nyeUtbetalinger(nye);
        return nye;
    }
}

package no.innkreving.ledger;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.persistence.LedgerTables;
import org.springframework.stereotype.Component;

/** Reconciliation: the ledger's consistency checks and account sums, for the checks of the money (decision 0022). */
@Component
public class Reskontroavstemming {
    private final LedgerTables tables;

    Reskontroavstemming(LedgerTables tables) {
        this.tables = tables;
    }

    /** Transactions whose postings do not sum to zero; empty in a consistent ledger. */
    public List<UUID> ubalanserteTransaksjoner() {
        return tables.ubalanserteTransaksjoner();
    }

    /** Claim lines whose running balance or first due date (used for allocation) differs from the postings and due dates; empty when consistent. */
    public List<Long> linjesaldoerSomAvviker() {
        return tables.linjesaldoerSomAvviker();
    }

    /** Postings that name a transaction or claim line that does not exist; 0 when consistent. */
    public long posteringerUtenOpphav() {
        return tables.posteringerUtenOpphav();
    }

    /** Sum per account (BANK, SKYLDNER_FORDRING, UPLASSERT, TIL_UTBETALING) of every posting that moves payment money. */
    public Map<Konto, Long> betalingskonti() {
        return tables.betalingskonti();
    }
}

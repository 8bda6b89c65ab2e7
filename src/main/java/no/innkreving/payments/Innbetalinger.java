package no.innkreving.payments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.persistence.PaymentTables;
import org.springframework.stereotype.Component;

/** The payments module's read side for other modules (the debtor's view, reconciliation). */
@Component
public class Innbetalinger {
    private final PaymentTables tables;
    private final Saldoer saldoer;

    Innbetalinger(PaymentTables tables, Saldoer saldoer) {
        this.tables = tables;
        this.saldoer = saldoer;
    }

    public List<Innbetaling> forSkyldner(String skyldner, LocalDate fraOgMed, LocalDate tilOgMed) {
        return tables.innbetalingerForSkyldner(skyldner, fraOgMed, tilOgMed);
    }

    public List<Innbetaling> forSkyldner(String skyldner) {
        return tables.innbetalingerForSkyldner(skyldner);
    }

    public List<Innbetaling> medIder(Collection<UUID> ider) {
        return tables.innbetalinger(ider);
    }

    /** What each payment still holds unplaced (only those holding anything). */
    public Map<UUID, Long> uplassert(Collection<UUID> innbetalinger) {
        return saldoer.uplassert(innbetalinger);
    }

    public List<Utbetaling> utbetalinger(String skyldner, LocalDate fraOgMed, LocalDate tilOgMed) {
        return tables.utbetalingerForSkyldner(skyldner, fraOgMed, tilOgMed);
    }
}

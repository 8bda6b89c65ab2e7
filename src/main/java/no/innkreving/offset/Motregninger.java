package no.innkreving.offset;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.innkreving.offset.persistence.OffsetTables;
import org.springframework.stereotype.Component;

/** The offset module's read side for other modules (the debtor's view): the amounts owed to debtors and their fate. */
@Component
public class Motregninger {
    private final OffsetTables tables;

    Motregninger(OffsetTables tables) {
        this.tables = tables;
    }

    public List<Motkrav> medIder(Collection<UUID> ider) {
        return tables.motkrav(ider);
    }

    public List<Motkrav> forSkyldner(String skyldner) {
        return tables.forSkyldner(skyldner);
    }

    /** What was offset on these claims and paid back, oldest first. */
    public List<Tilbakebetaling> tilbakebetalinger(Collection<UUID> kravIder) {
        return tables.tilbakebetalinger(kravIder);
    }
}

package no.innkreving.intake;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import no.innkreving.intake.persistence.IntakeTables;
import org.springframework.stereotype.Component;

/** Intake's public read of the periods its claims concern (one owner: the creditor's request as intake stored it). */
@Component
public class Kravperioder {
    private final IntakeTables tables;

    Kravperioder(IntakeTables tables) {
        this.tables = tables;
    }

    /** The stated period of each of the claims that has one; claims without a period are absent. */
    public Map<UUID, Kravperiode> forKrav(Collection<UUID> kravidentifikatorer) {
        return tables.kravperioder(kravidentifikatorer);
    }
}

package no.innkreving.intake;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import no.innkreving.intake.persistence.IntakeTables;
import org.springframework.stereotype.Component;

/**
 * The creditor's own facts about its claims, as it last set them through the creditor API. Intake owns them (a
 * change arrives here and nowhere else), so letters and other modules read them here when they need them, never a
 * copy taken at booking.
 */
@Component
public class Oppdragsregister {
    private final IntakeTables tables;

    Oppdragsregister(IntakeTables tables) {
        this.tables = tables;
    }

    /** The creditor's reference (oppdragsgiversReferanse) of each given claim, after any change. */
    public Map<UUID, String> oppdragsgiversReferanser(Collection<UUID> kravidentifikatorer) {
        return tables.referanser(kravidentifikatorer);
    }

    /** The limitation dates the creditor stated for each given claim. */
    public Map<UUID, Foreldelsesdatoer> foreldelsesdatoer(Collection<UUID> kravidentifikatorer) {
        return tables.foreldelsesdatoer(kravidentifikatorer);
    }

    /**
     * NAV's statement of the benefits available for avregning against each given claim (tilleggsinformasjon
     * ytelserForAvregning, source document 003: «total ytelse som er tilgjengelig for avregning»), in øre; claims
     * without it are absent.
     */
    public Map<UUID, Long> ytelserForAvregning(Collection<UUID> kravidentifikatorer) {
        return tables.ytelserForAvregning(kravidentifikatorer);
    }
}

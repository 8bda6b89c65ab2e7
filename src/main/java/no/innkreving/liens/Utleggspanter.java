package no.innkreving.liens;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.liens.persistence.UtleggspantTables;
import org.springframework.stereotype.Component;

/** The liens module's read API: the liens that secure a claim, with each status change (for the caseworker's claim view). */
@Component
public class Utleggspanter {
    private final UtleggspantTables tables;

    Utleggspanter(UtleggspantTables tables) {
        this.tables = tables;
    }

    /** One status a lien on the claim took, on a day. */
    public record Panthendelse(UUID pantId, Pantestatus status, LocalDate dato, UUID dokumentId) {
    }

    /** Every status change of every lien that secures the claim, in order. */
    public List<Panthendelse> forKrav(UUID kravId) {
        return tables.hendelserForKrav(kravId);
    }
}

package no.innkreving.desk.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.innkreving.desk.domain.Utfall;
import no.innkreving.desk.domain.Virkning;

/**
 * A decision as recorded: on which case, the outcome, what it did to which claims, who, when and why, and its letter.
 *
 * @param sakstype KLAGE, ETTERGIVELSE or GJELDSORDNING
 */
public record Vedtak(UUID vedtakId, String sakstype, UUID sakId, String skyldner, Utfall utfall, Virkning virkning,
                     List<UUID> kravIder, String begrunnelse, String saksbehandler, Instant vedtatt, long avskrevetOre,
                     long tilbakebetaltOre, UUID brevDokumentId) {
}

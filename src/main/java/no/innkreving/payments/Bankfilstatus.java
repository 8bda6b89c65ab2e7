package no.innkreving.payments;

import java.time.Instant;
import java.util.UUID;

/** The outcome of one bank file, as operators see it. */
public record Bankfilstatus(UUID bankfilId, String filnavn, String sha256, long storrelse, String kilde, String format,
                            Instant mottatt, String status, int antallPoster, int antallFeil, int antallNye,
                            long sumOre, String rapport) {
}

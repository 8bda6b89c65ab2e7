package no.innkreving.intake.application;

import java.util.Optional;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Feil;
import no.innkreving.intake.domain.Identifikatorer;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.persistence.IntakeTables;

/** Finds a claim for its own creditor only: another creditor's claim does not exist (404). */
final class Oppslag {
    private Oppslag() {
    }

    static Oppdragstilstand finn(IntakeTables tables, String orgnr, Kravnoekkel n, boolean forOppdatering) {
        Optional<Oppdragstilstand> o = n.type() == Kravnoekkel.Type.SKATTEETATENS_KRAVIDENTIFIKATOR
                ? tables.finn(orgnr, Identifikatorer.somUuid(n.verdi()), forOppdatering)
                : tables.finnPaaOppdragsgiversId(orgnr, n.verdi(), forOppdatering);
        return o.orElseThrow(() -> new AvvisningException(Feil.INNKREVINGSOPPDRAG_EKSISTERER_IKKE.med(
                "Innkrevingsoppdrag med kravidentifikator=" + Identifikatorer.trygg(n.verdi()) + " og kravidentifikatortype="
                        + n.type() + " eksisterer ikke")));
    }
}

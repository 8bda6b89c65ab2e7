package no.innkreving.intake.domain;

import static no.innkreving.intake.domain.Feil.*;

import java.util.Optional;
import no.innkreving.claimtypes.Kravtype;

/**
 * When a creditor may change or write off a claim: only once it is booked (409 before), never after a write-off
 * (409), and not at all for claim types whose creditor has agreed so (403, Brønnøysundregistrene).
 */
public final class Endringsregler {
    private Endringsregler() {
    }

    public static Optional<Avvisning> kanEndres(Oppdragstilstand o, Kravtype type) {
        if (o.mottaksstatus() != Mottaksstatus.RESKONTROFOERT) return Optional.of(ikkeReskontrofoert(o));
        if (o.erAvskrevet()) {
            return Optional.of(AVSKREVET_KAN_IKKE_ENDRES.med("Innkrevingsoppdrag med kravidentifikator=" + o.kravidentifikator()
                    + " er avskrevet og kan ikke endres"));
        }
        if (type != null && !type.kanEndresAvOppdragsgiver()) {
            return Optional.of(KRAVTYPEN_KAN_IKKE_ENDRES.med("Innkrevingsoppdrag med kravtype=" + type.kode() + " kan ikke endres"));
        }
        return Optional.empty();
    }

    public static Optional<Avvisning> kanAvskrives(Oppdragstilstand o, Kravtype type) {
        if (o.mottaksstatus() != Mottaksstatus.RESKONTROFOERT) return Optional.of(ikkeReskontrofoert(o));
        if (o.erAvskrevet()) {
            return Optional.of(AVSKREVET_KAN_IKKE_AVSKRIVES.med("Innkrevingsoppdrag med kravidentifikator=" + o.kravidentifikator()
                    + " er allerede avskrevet"));
        }
        if (type != null && !type.kanAvskrivesAvOppdragsgiver()) {
            return Optional.of(KRAVTYPEN_KAN_IKKE_AVSKRIVES.med("Innkrevingsoppdrag med kravtype=" + type.kode() + " kan ikke avskrives"));
        }
        return Optional.empty();
    }

    public static Avvisning ikkeReskontrofoert(Oppdragstilstand o) {
        return INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT.med("Innkrevingsoppdrag med kravidentifikator=" + o.kravidentifikator()
                + " har mottaksstatus=" + o.mottaksstatus() + " og er ikke reskontroført");
    }
}

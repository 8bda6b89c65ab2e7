package no.innkreving.intake.domain;

import static no.innkreving.intake.domain.Feil.*;

import java.util.Optional;
import no.innkreving.claimtypes.Kravtype;

/**
 * When a creditor may change or write off a claim: only once it is booked (409 before, 404 if it never will be), never after a write-off
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

    /**
     * Not booked yet (still being checked): 409, and the creditor's client resends later. Never to be booked
     * (VALIDERINGSFEIL, SKAL_IKKE_RESKONTROFOERES): the same type and title with 404, as the contract answers a claim
     * that is not booked on /avstemming, so the client stops resending (docs/decisions/0031-never-booked-refusal.md).
     */
    public static Avvisning ikkeReskontrofoert(Oppdragstilstand o) {
        if (o.mottaksstatus() == Mottaksstatus.VALIDERINGSFEIL || o.mottaksstatus() == Mottaksstatus.SKAL_IKKE_RESKONTROFOERES) {
            return INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT_AVSTEMMING.med("Innkrevingsoppdrag med kravidentifikator=" + o.kravidentifikator()
                    + " har mottaksstatus=" + o.mottaksstatus() + " og blir aldri reskontroført. Rett feilene og send kravet på nytt"
                    + " med en ny oppdragsgiversKravidentifikator");
        }
        return INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT.med("Innkrevingsoppdrag med kravidentifikator=" + o.kravidentifikator()
                + " har mottaksstatus=" + o.mottaksstatus() + " og er ikke reskontroført");
    }
}

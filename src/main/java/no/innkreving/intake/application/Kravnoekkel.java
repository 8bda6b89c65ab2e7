package no.innkreving.intake.application;

import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Feil;
import no.innkreving.intake.domain.Identifikatorer;

/** How a request names a claim: our UUID (default) or the creditor's own identifier. */
public record Kravnoekkel(String verdi, Type type) {
    public enum Type { SKATTEETATENS_KRAVIDENTIFIKATOR, OPPDRAGSGIVERS_KRAVIDENTIFIKATOR }

    /** Reads the optional query parameter / body field; an unknown value is a bad request. */
    public static Type type(String s) {
        if (s == null || s.isBlank()) return Type.SKATTEETATENS_KRAVIDENTIFIKATOR;
        for (Type t : Type.values()) if (t.name().equals(s)) return t;
        throw new AvvisningException(Feil.UGYLDIG_FORESPOERSEL.med("kravidentifikatortype=" + Identifikatorer.trygg(s)
                + " er ukjent. Gyldige verdier: SKATTEETATENS_KRAVIDENTIFIKATOR, OPPDRAGSGIVERS_KRAVIDENTIFIKATOR"));
    }

    /** The contract's identifier checks, before any look-up. */
    public void sjekkForm() {
        if (type == Type.SKATTEETATENS_KRAVIDENTIFIKATOR && Identifikatorer.somUuid(verdi) == null) {
            throw new AvvisningException(Feil.UGYLDIG_KRAVIDENTIFIKATOR.med("Ugyldig kravidentifikator=" + Identifikatorer.trygg(verdi)
                    + ". Må være en gyldig UUID når kravidentifikatortype=SKATTEETATENS_KRAVIDENTIFIKATOR"));
        }
        if (type == Type.OPPDRAGSGIVERS_KRAVIDENTIFIKATOR && !Identifikatorer.erGyldigOppdragsgiversId(verdi)) {
            throw new AvvisningException(Feil.UGYLDIG_OPPDRAGSGIVERS_KRAVIDENTIFIKATOR.med("Ugyldig oppdragsgiversKravidentifikator="
                    + Identifikatorer.trygg(verdi) + Identifikatorer.TEGNREGEL));
        }
    }
}

package no.innkreving.intake.application;

import no.innkreving.claimtypes.Oppdragsgiver;

/** Who sent a request (the token's consumer organisation) and the client's own headers, logged and stored. */
public record Avsender(Oppdragsgiver oppdragsgiver, String korrelasjonsid, String klientid) {
    public String orgnr() {
        return oppdragsgiver.organisasjonsnummer();
    }
}

package no.innkreving.desk.domain;

/** The outcome of a decision: a complaint is upheld or not; an application is granted or refused. */
public enum Utfall {
    IKKE_TATT_TIL_FOELGE("Klagen er ikke tatt til følge"),
    TATT_TIL_FOELGE("Klagen er tatt til følge"),
    AVSLAATT("Søknaden er avslått"),
    INNVILGET("Søknaden er innvilget");

    private final String tekst;

    Utfall(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }

    public boolean forKlage() {
        return this == IKKE_TATT_TIL_FOELGE || this == TATT_TIL_FOELGE;
    }
}

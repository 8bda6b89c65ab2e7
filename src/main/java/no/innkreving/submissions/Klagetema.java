package no.innkreving.submissions;

/** What a complaint is about (source document 002: "klage på trekk, saksbehandlingen, kravet, skattemotregning m.m."). */
public enum Klagetema {
    UTLEGGSTREKK("Trekk i lønn eller trygd (utleggstrekk)"),
    SAKSBEHANDLINGEN("Saksbehandlingen vår"),
    KRAVET("Selve kravet"),
    MOTREGNING("Motregning (for eksempel i skatt til gode)"),
    UTLEGGSPANT("Utleggspant i eiendeler"),
    ANNET("Noe annet");

    private final String tekst;

    Klagetema(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }

    /**
     * A complaint about the claim itself is the creditor's to decide: after our own review we forward it to the
     * creditor who set the claim (source document 002: "I mange tilfeller må vi videresende din klage til de som
     * opprettet kravet").
     */
    public boolean videresendesOppdragsgiver() {
        return this == KRAVET;
    }
}

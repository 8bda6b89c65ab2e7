package no.innkreving.kravogbetalinger.tilgang;

/** A caller's verified right to see one party's claims and payments, and on what ground. */
public record TilgangTilPart(String partIdentifikator, Parttype parttype, String rettighetspakke, String grunnlag) {
    public enum Parttype { PERSON, ORGANISASJON }
}

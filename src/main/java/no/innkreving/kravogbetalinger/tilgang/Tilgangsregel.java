package no.innkreving.kravogbetalinger.tilgang;

import java.util.Set;
import no.innkreving.parties.Skyldner;

/**
 * Who may read a party's claims and payments (decision 0012). Pure: takes what the verified token and consent
 * say. A refusal never tells whether the party exists.
 * <ul>
 *   <li>{@code regnskapssystem}: an accounting system acting as the party's Altinn system user
 *       ({@code authorization_details} entry {@code urn:altinn:systemuser} with {@code systemuser_org} = the party);</li>
 *   <li>{@code finans}: a bank (the token's consumer) holding the party's consent ({@code AltinnSamtykke}) given to
 *       that bank for this endpoint;</li>
 *   <li>a person reading their own data: a token whose {@code pid} is the party, under either package.</li>
 * </ul>
 */
public final class Tilgangsregel {
    private Tilgangsregel() {
    }

    /** What the verified access token says about the caller. */
    public record Tokenfakta(String konsumentOrgnr, String pid, Set<String> systembrukerFor, String klient) {
    }

    public sealed interface Samtykke {
        record Mangler() implements Samtykke {
        }

        record Ugyldig(String grunn) implements Samtykke {
        }

        record Gyldig(String part, String bank, Set<String> tjenestekoder) implements Samtykke {
        }
    }

    public sealed interface Resultat {
        record Tillatt(TilgangTilPart tilgang) implements Resultat {
        }

        record Avslag(String kode, int status, String melding) implements Resultat {
        }
    }

    public static Resultat vurder(String rettighetspakke, String part, String tjenestekode, Tokenfakta t, Samtykke samtykke) {
        if (!"regnskapssystem".equals(rettighetspakke) && !"finans".equals(rettighetspakke))
            return new Resultat.Avslag("KB-003", 404, "Ukjent url benyttet.");
        Skyldner skyldner = Skyldner.tolk(part).orElse(null);
        if (skyldner == null) return new Resultat.Avslag("KB-006", 400, "partIdentifikator må være et gyldig organisasjonsnummer (9 sifre) eller fødselsnummer (11 sifre).");
        TilgangTilPart.Parttype type = switch (skyldner) {
            case Skyldner.Organisasjon o -> TilgangTilPart.Parttype.ORGANISASJON;
            case Skyldner.Person p -> TilgangTilPart.Parttype.PERSON;
        };

        if (t.pid() != null && t.pid().equals(part))
            return tillatt(part, type, rettighetspakke, "personen selv (pid)");
        if ("regnskapssystem".equals(rettighetspakke)) {
            if (t.systembrukerFor().contains(part)) return tillatt(part, type, rettighetspakke, "systembruker for " + part);
            return new Resultat.Avslag("KB-005", 403, "Tokenet gir ikke tilgang som systembruker for parten.");
        }
        return switch (samtykke) {
            case Samtykke.Mangler m -> new Resultat.Avslag("KB-005", 403, "Samtykketoken (AltinnSamtykke) mangler.");
            case Samtykke.Ugyldig u -> new Resultat.Avslag("KB-005", 403, "Samtykketokenet er ikke gyldig: " + u.grunn());
            case Samtykke.Gyldig g -> {
                if (!g.part().equals(part)) yield new Resultat.Avslag("KB-005", 403, "Samtykket gjelder ikke denne parten.");
                if (t.konsumentOrgnr() == null || !g.bank().equals(t.konsumentOrgnr()))
                    yield new Resultat.Avslag("KB-005", 403, "Samtykket er ikke gitt til denne virksomheten.");
                if (!g.tjenestekoder().contains(tjenestekode))
                    yield new Resultat.Avslag("KB-005", 403, "Samtykket omfatter ikke tjenesten " + tjenestekode + ".");
                yield tillatt(part, type, rettighetspakke, "samtykke fra parten til " + g.bank());
            }
        };
    }

    private static Resultat tillatt(String part, TilgangTilPart.Parttype type, String pakke, String grunnlag) {
        return new Resultat.Tillatt(new TilgangTilPart(part, type, pakke, grunnlag));
    }
}

package no.innkreving.platform.security;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who called, from the access token: the person acting (a caseworker's ident, or the person signed in) and the client
 * and organisation the token was issued to. One reading for every module's decisions and access log.
 */
public final class Innringer {
    private static final String IDENT = "[A-Za-z0-9._-]{1,40}";

    private Innringer() {
    }

    /**
     * The person acting: claim {@code saksbehandler}, or {@code NAVident} as NAV's tokens carry it, or the person's
     * {@code pid} (a caseworker signed in as a person: {@code /demo/token?orgnr=…&pid=…}); empty for a client alone.
     */
    public static Optional<String> person(Jwt jwt) {
        if (jwt == null) return Optional.empty();
        for (String claim : new String[]{"saksbehandler", "NAVident", "pid"}) {
            String s = jwt.getClaimAsString(claim);
            if (s != null && s.matches(IDENT)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The person acting, or else the client at its organisation, so a decision always says who made it. */
    public static String ident(Jwt jwt) {
        return person(jwt).orElseGet(() -> klient(jwt));
    }

    /**
     * For the access log: the person with a personal number masked to its first six digits (as the log writes every
     * fødselsnummer), then the client and organisation, e.g. {@code 058385***** (klient:demo@0192:974761076)}.
     */
    public static String iLogg(Jwt jwt) {
        if (jwt == null) return "-";
        return person(jwt).map(p -> (p.matches("[0-9]{11}") ? p.substring(0, 6) + "*****" : p) + " (" + klient(jwt) + ")")
                .orElseGet(() -> klient(jwt));
    }

    /** {@code klient:<client_id>@<organisation>}, printable characters only and at most 60 of them. */
    static String klient(Jwt jwt) {
        if (jwt == null) return "klient:ukjent";
        String org = jwt.getClaims().get("consumer") instanceof Map<?, ?> c && c.get("ID") instanceof String id ? id : "ukjent";
        String klient = jwt.getClaimAsString("client_id");
        String s = ("klient:" + (klient == null ? "ukjent" : klient) + "@" + org).replaceAll("[^\\x21-\\x7e]", "?");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}

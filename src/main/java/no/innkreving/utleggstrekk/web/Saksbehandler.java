package no.innkreving.utleggstrekk.web;

import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who a caseworker token is: the ident decisions record. */
final class Saksbehandler {
    private Saksbehandler() {
    }

    /**
     * The token's caseworker ident (claim {@code saksbehandler}, or {@code NAVident} as NAV's tokens carry it, or the
     * person's {@code pid} as module liens takes it: {@code /demo/token?orgnr=…&pid=…}); a token
     * without one is recorded as its client at its organisation, so a decision always says who made it.
     */
    static String ident(Jwt jwt) {
        for (String claim : new String[]{"saksbehandler", "NAVident", "pid"}) {
            String s = jwt.getClaimAsString(claim);
            if (s != null && s.matches("[A-Za-z0-9._-]{1,40}")) return s;
        }
        String org = jwt.getClaims().get("consumer") instanceof Map<?, ?> c && c.get("ID") instanceof String id ? id : "ukjent";
        String klient = jwt.getClaimAsString("client_id");
        String s = ("klient:" + (klient == null ? "ukjent" : klient) + "@" + org).replaceAll("[^\\x21-\\x7e]", "?");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}

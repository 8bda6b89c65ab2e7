package no.innkreving.intake.web;

import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the Maskinporten consumer claim: {"authority": "iso6523-actorid-upis", "ID": "0192:<orgnr>"}. */
final class Konsument {
    private Konsument() {
    }

    static String organisasjonsnummer(Jwt jwt) {
        Object consumer = jwt.getClaims().get("consumer");
        if (consumer instanceof Map<?, ?> m && m.get("ID") instanceof String id) {
            int kolon = id.indexOf(':');
            return kolon >= 0 ? id.substring(kolon + 1) : id;
        }
        return "";
    }
}

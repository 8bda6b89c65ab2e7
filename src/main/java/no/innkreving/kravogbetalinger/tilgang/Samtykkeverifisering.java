package no.innkreving.kravogbetalinger.tilgang;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel.Samtykke;
import no.innkreving.platform.security.Samtykkeverifiserer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies the consent token in the {@code AltinnSamtykke} header: signature by the configured consent issuer
 * ({@code innkreving.samtykke.issuer} and {@code innkreving.samtykke.jwk-set-uri}; without them, a
 * {@link Samtykkeverifiserer} bean if one exists, as the demo profile supplies), expiry, issuer, and reads who
 * consented ({@code OfferedBy}), to whom ({@code CoveredBy}) and for which services ({@code Rights[].ServiceCode}).
 * With neither, every consent is invalid, so {@code finans} is closed.
 */
@Component
class Samtykkeverifisering {
    private final Samtykkeverifiserer verifiserer;

    Samtykkeverifisering(@Value("${innkreving.samtykke.issuer:}") String issuer,
                         @Value("${innkreving.samtykke.jwk-set-uri:}") String jwkSetUri,
                         Optional<Samtykkeverifiserer> annen) {
        this.verifiserer = !jwkSetUri.isBlank()
                ? Samtykkeverifiserer.av(NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build(), () -> issuer)
                : annen.orElse(null);
    }

    Samtykke verifiser(String token) {
        if (token == null || token.isBlank()) return new Samtykke.Mangler();
        if (verifiserer == null) return new Samtykke.Ugyldig("ingen samtykkeutsteder er konfigurert");
        Jwt jwt;
        try {
            jwt = verifiserer.verifiser(token.trim());
        } catch (JwtException e) {
            return new Samtykke.Ugyldig(String.valueOf(e.getMessage()).contains("expired")
                    ? "samtykket er utløpt" : "signatur, utsteder eller format holder ikke");
        }
        String part = jwt.getClaimAsString("OfferedBy");
        String bank = jwt.getClaimAsString("CoveredBy");
        if (part == null || bank == null) return new Samtykke.Ugyldig("OfferedBy eller CoveredBy mangler");
        Set<String> koder = new HashSet<>();
        Object rights = jwt.getClaims().get("Rights");
        if (rights instanceof List<?> liste)
            for (Object r : liste) if (r instanceof Map<?, ?> m && m.get("ServiceCode") != null) koder.add(String.valueOf(m.get("ServiceCode")));
        return new Samtykke.Gyldig(part, bank, koder);
    }
}

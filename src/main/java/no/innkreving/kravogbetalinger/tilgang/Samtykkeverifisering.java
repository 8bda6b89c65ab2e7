package no.innkreving.kravogbetalinger.tilgang;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.function.Supplier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel.Samtykke;
import no.innkreving.platform.demoissuer.DemoSamtykkeUtsteder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies the consent token in the {@code AltinnSamtykke} header: signature by the configured consent issuer
 * ({@code innkreving.samtykke.issuer} and {@code innkreving.samtykke.jwk-set-uri}; in the demo profile without
 * them, the demo consent issuer), expiry, issuer, and reads who consented ({@code OfferedBy}), to whom
 * ({@code CoveredBy}) and for which services ({@code Rights[].ServiceCode}). With no issuer configured every
 * consent is invalid, so {@code finans} is closed.
 */
@Component
class Samtykkeverifisering {
    private final JwtDecoder decoder;

    Samtykkeverifisering(@Value("${innkreving.samtykke.issuer:}") String issuer,
                         @Value("${innkreving.samtykke.jwk-set-uri:}") String jwkSetUri,
                         Optional<DemoSamtykkeUtsteder> demo) {
        NimbusJwtDecoder d = null;
        Supplier<String> utsteder = () -> issuer;
        if (!jwkSetUri.isBlank()) {
            d = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else if (demo.isPresent()) {
            var kilde = new ImmutableJWKSet<SecurityContext>(new JWKSet(demo.get().offentligNoekkel()));
            d = NimbusJwtDecoder.withJwkSource(kilde).build();
            // the demo issuer's URL is known only once the server has its port: asked on each check
            if (issuer.isBlank()) utsteder = demo.get()::issuer;
        }
        if (d != null) {
            Supplier<String> forventet = utsteder;
            OAuth2TokenValidator<Jwt> riktigUtsteder = jwt -> forventet.get().equals(jwt.getClaimAsString("iss"))
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong issuer", null));
            d.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ZERO), riktigUtsteder));
        }
        this.decoder = d;
    }

    Samtykke verifiser(String token) {
        if (token == null || token.isBlank()) return new Samtykke.Mangler();
        if (decoder == null) return new Samtykke.Ugyldig("ingen samtykkeutsteder er konfigurert");
        Jwt jwt;
        try {
            jwt = decoder.decode(token.trim());
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

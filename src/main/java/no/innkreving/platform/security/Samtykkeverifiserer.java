package no.innkreving.platform.security;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Checks a consent token (AltinnSamtykke): signature, expiry and issuer. The consent check in kravogbetalinger takes
 * one of these; the configured consent issuer gives one, and the demo profile supplies its own, so production code
 * never names the demo issuer.
 */
public interface Samtykkeverifiserer {

    /** The token's claims when signature, expiry and issuer hold; otherwise a JwtException. */
    Jwt verifiser(String token) throws JwtException;

    /** A verifier over {@code decoder}'s keys that also demands no expiry and the issuer {@code utsteder} names. */
    static Samtykkeverifiserer av(NimbusJwtDecoder decoder, Supplier<String> utsteder) {
        OAuth2TokenValidator<Jwt> riktigUtsteder = jwt -> utsteder.get().equals(jwt.getClaimAsString("iss"))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong issuer", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ZERO), riktigUtsteder));
        return decoder::decode;
    }
}

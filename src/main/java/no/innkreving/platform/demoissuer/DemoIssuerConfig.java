package no.innkreving.platform.demoissuer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The demo profile's local token issuer. Its {@link JwtDecoder} replaces the one Spring Boot would build from
 * {@code spring.security.oauth2.resourceserver.jwt.*}, which is how production is configured.
 */
@Configuration
@Profile("demo")
@EnableConfigurationProperties(DemoIssuerProperties.class)
class DemoIssuerConfig {
    private static final Logger log = LoggerFactory.getLogger(DemoIssuerConfig.class);

    @Bean
    DemoSigningKey demoSigningKey(DemoIssuerProperties properties) {
        DemoSigningKey key = DemoSigningKey.loadOrCreate(properties.keyFile());
        log.warn("Demo token issuer active (never in production): signing key {} from {}",
                key.keyId(), properties.keyFile().toAbsolutePath());
        return key;
    }

    /** Checks our signature, the expiry (Spring's default validators) and that the issuer is us. */
    @Bean
    JwtDecoder demoJwtDecoder(DemoSigningKey key, DemoIssuerUrl issuer) throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey().toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        // the issuer is resolved per token: with a random port it is known only once the server runs
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtClaimValidator<Object>(JwtClaimNames.ISS, iss -> iss != null && issuer.issuer().equals(iss.toString()))));
        return decoder;
    }
}

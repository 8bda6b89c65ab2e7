package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.JOSEException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** In the demo profile tokens are verified against the demo issuer's key; production uses Boot's jwt properties. */
@Configuration
@Profile("demo")
class DemoIssuerConfig {
    @Bean
    JwtDecoder jwtDecoder(DemoTokenIssuer issuer) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(issuer.publicKey().toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(DemoTokenIssuer.ISSUER));
        return decoder;
    }
}

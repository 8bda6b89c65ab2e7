package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import no.innkreving.platform.security.Samtykkeverifiserer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Demo profile: consents signed by the demo consent issuer are checked against its key and issuer. */
@Configuration
@Profile("demo")
class DemoSamtykkeverifiserer {

    @Bean
    Samtykkeverifiserer samtykkeverifisererForDemo(DemoSamtykkeUtsteder utsteder, @Value("${innkreving.samtykke.issuer:}") String issuer) {
        var kilde = new ImmutableJWKSet<SecurityContext>(new JWKSet(utsteder.offentligNoekkel()));
        // the demo issuer's URL is known only once the server has its port: asked on each check
        return Samtykkeverifiserer.av(NimbusJwtDecoder.withJwkSource(kilde).build(), issuer.isBlank() ? utsteder::issuer : () -> issuer);
    }
}

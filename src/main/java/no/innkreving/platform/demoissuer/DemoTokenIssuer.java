package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Issues Maskinporten-style access tokens in the demo profile, signed with a key made at start-up. */
@Component
@Profile("demo")
public class DemoTokenIssuer {
    public static final String ISSUER = "http://localhost/demo-maskinporten/";
    private final RSAKey key;
    private final Clock clock;

    DemoTokenIssuer(Clock clock) throws JOSEException {
        this.clock = clock;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    public String issue(String orgnr, String scope) {
        return sign(new JWTClaimsSet.Builder().claim("scope", scope).claim("client_id", "demo-" + orgnr)
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + orgnr)));
    }

    public String issueForPerson(String pid, String scope) {
        return sign(new JWTClaimsSet.Builder().claim("pid", pid).claim("scope", scope));
    }

    private String sign(JWTClaimsSet.Builder b) {
        Instant naa = clock.instant();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    b.issuer(ISSUER).issueTime(Date.from(naa)).expirationTime(Date.from(naa.plus(Duration.ofHours(2))))
                            .jwtID(UUID.randomUUID().toString()).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo stand-in for Altinn's consent service: signs a consent token (AltinnSamtykke) in which a party
 * ({@code OfferedBy}) lets a bank ({@code CoveredBy}) read its claims and payments, with the Krav og betalinger
 * service codes in {@code Rights}. Its own key, made at start and never written down: consents die with the app.
 */
@Component
@Profile("demo")
public class DemoSamtykkeUtsteder {
    /** Krav og betalinger's service codes per endpoint, as published: aapnekrav, krav, innbetalinger, utbetalinger. */
    public static final List<String> TJENESTEKODER = List.of("5928", "5929", "5930", "5931");
    private final RSAKey noekkel;
    private final DemoIssuerUrl url;

    DemoSamtykkeUtsteder(DemoIssuerUrl url) throws JOSEException {
        this.url = url;
        this.noekkel = new RSAKeyGenerator(2048).keyID("demo-samtykke-" + UUID.randomUUID().toString().substring(0, 8)).generate();
    }

    public String issuer() {
        return url.endpoint("samtykke");
    }

    public RSAKey offentligNoekkel() {
        return noekkel.toPublicJWK();
    }

    /** A consent from {@code part} to {@code bank} for all four endpoints, valid for {@code varighet}. */
    public String utsted(String part, String bank, Duration varighet) {
        Instant naa = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .claim("OfferedBy", part)
                .claim("CoveredBy", bank)
                .claim("Rights", TJENESTEKODER.stream().map(k -> Map.of("ServiceCode", k, "ServiceEditionCode", "202301")).toList())
                .issueTime(Date.from(naa))
                .expirationTime(Date.from(naa.plus(varighet)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(noekkel.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(noekkel));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo consent", e);
        }
        return jwt.serialize();
    }
}

package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The JWT-bearer grant (RFC 7523) as Maskinporten speaks it: the client signs an assertion (RS256) with
 * {@code iss} = its client_id, {@code aud} = this issuer, {@code scope}, {@code iat} and {@code exp} at most
 * 120 seconds apart. The signature is checked with the client's registered public key, or else with the
 * certificate in the assertion's {@code x5c} header. The certificate's chain is not checked: this is a demo.
 */
@Component
@Profile("demo")
class JwtBearerGrant {
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final Duration MAX_ASSERTION_LIFETIME = Duration.ofSeconds(120);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(10);

    private final DemoClients clients;
    private final DemoIssuerUrl issuer;
    private final DemoTokenIssuer tokens;
    private final Clock clock;

    JwtBearerGrant(DemoClients clients, DemoIssuerUrl issuer, DemoTokenIssuer tokens) {
        this.clients = clients;
        this.issuer = issuer;
        this.tokens = tokens;
        this.clock = Clock.systemUTC();
    }

    DemoTokenIssuer.TokenResponse exchange(String assertion) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion.trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthError.invalidGrant("The assertion is not a signed JWT: " + e.getMessage());
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()))
            throw OAuthError.invalidGrant("The assertion must be signed with RS256, not " + jwt.getHeader().getAlgorithm());

        String clientId = claims.getIssuer();
        if (clientId == null || clientId.isBlank())
            throw OAuthError.invalidGrant("The assertion has no iss (the client_id)");
        Optional<DemoClients.RegisteredClient> client = clients.find(clientId);

        verifySignature(jwt, client, clientId);
        checkAudience(claims);
        checkTimes(claims);
        String scope = DemoIdentifiers.normaliseScope(stringClaim(claims, "scope"));
        if (scope == null) throw OAuthError.invalidGrant("The assertion has no scope");
        String orgnr = consumerOrg(claims, client);
        return tokens.issue(clientId, orgnr, null, scope, systembruker(claims));
    }

    private void verifySignature(SignedJWT jwt, Optional<DemoClients.RegisteredClient> client, String clientId) {
        RSAPublicKey key;
        if (client.isPresent() && client.get().publicKey() != null) {
            key = client.get().publicKey();
        } else if (jwt.getHeader().getX509CertChain() != null && !jwt.getHeader().getX509CertChain().isEmpty()) {
            key = certificateKey(jwt.getHeader().getX509CertChain());
        } else if (client.isPresent()) {
            throw OAuthError.invalidClient("Client " + clientId
                    + " has no registered key: the assertion must carry its certificate in x5c");
        } else {
            throw OAuthError.invalidClient("Unknown client " + clientId
                    + " and no certificate in x5c to verify the assertion with");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key)))
                throw OAuthError.invalidGrant("The assertion's signature does not verify");
        } catch (JOSEException e) {
            throw OAuthError.invalidGrant("The assertion's signature cannot be verified: " + e.getMessage());
        }
    }

    private RSAPublicKey certificateKey(List<Base64> x5c) {
        X509Certificate cert = X509CertUtils.parse(x5c.getFirst().decode());
        if (cert == null) throw OAuthError.invalidGrant("The x5c header does not hold an X.509 certificate");
        try {
            cert.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw OAuthError.invalidGrant("The certificate in x5c is not valid now: " + e.getMessage());
        }
        if (!(cert.getPublicKey() instanceof RSAPublicKey rsa))
            throw OAuthError.invalidGrant("The certificate in x5c does not hold an RSA key");
        return rsa;
    }

    private void checkAudience(JWTClaimsSet claims) {
        List<String> aud = claims.getAudience();
        // RFC 7523 also allows the token endpoint's URL as audience
        if (aud == null || aud.stream().noneMatch(a -> a.equals(issuer.issuer()) || a.equals(issuer.endpoint("token"))))
            throw OAuthError.invalidGrant("The assertion's aud must be this issuer, " + issuer.issuer() + ", not " + aud);
    }

    private void checkTimes(JWTClaimsSet claims) {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) throw OAuthError.invalidGrant("The assertion needs both iat and exp");
        Instant now = clock.instant();
        if (!exp.toInstant().isAfter(now)) throw OAuthError.invalidGrant("The assertion has expired");
        if (iat.toInstant().isAfter(now.plus(CLOCK_SKEW))) throw OAuthError.invalidGrant("The assertion's iat is in the future");
        if (!exp.toInstant().isAfter(iat.toInstant())
                || exp.toInstant().isAfter(iat.toInstant().plus(MAX_ASSERTION_LIFETIME)))
            throw OAuthError.invalidGrant("The assertion's exp must be after iat and at most "
                    + MAX_ASSERTION_LIFETIME.toSeconds() + " seconds after it");
    }

    private String consumerOrg(JWTClaimsSet claims, Optional<DemoClients.RegisteredClient> client) {
        String consumerOrg = stringClaim(claims, "consumer_org");
        if (client.isPresent()) {
            if (consumerOrg != null && !consumerOrg.equals(client.get().orgnr()))
                throw OAuthError.invalidGrant("Client " + client.get().clientId() + " acts for "
                        + client.get().orgnr() + ", not for consumer_org " + consumerOrg);
            return client.get().orgnr();
        }
        if (consumerOrg == null)
            throw OAuthError.invalidGrant("An unregistered client must name its organisation in consumer_org");
        if (!DemoIdentifiers.isOrgnr(consumerOrg)) throw OAuthError.invalidGrant("consumer_org must be nine digits");
        return consumerOrg;
    }

    /**
     * An Altinn system user asked for as Maskinporten takes it: {@code authorization_details} with an entry of type
     * {@code urn:altinn:systemuser} whose {@code systemuser_org.ID} is {@code 0192:<orgnr>}. The demo trusts the
     * request (no system-user register); the token then carries the same entry.
     */
    private static String systembruker(JWTClaimsSet claims) {
        Object detaljer = claims.getClaim("authorization_details");
        if (detaljer == null) return null;
        if (!(detaljer instanceof List<?> liste)) throw OAuthError.invalidGrant("authorization_details must be a list");
        for (Object d : liste) {
            if (d instanceof java.util.Map<?, ?> m && "urn:altinn:systemuser".equals(m.get("type"))) {
                if (m.get("systemuser_org") instanceof java.util.Map<?, ?> org && org.get("ID") instanceof String id
                        && id.startsWith("0192:") && DemoIdentifiers.isOrgnr(id.substring(5)))
                    return id.substring(5);
                throw OAuthError.invalidGrant("authorization_details urn:altinn:systemuser needs systemuser_org.ID 0192:<nine digits>");
            }
        }
        return null;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw OAuthError.invalidGrant("The assertion's " + name + " must be a string");
        }
    }
}

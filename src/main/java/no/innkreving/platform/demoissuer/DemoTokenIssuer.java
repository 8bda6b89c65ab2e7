package no.innkreving.platform.demoissuer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Issues Maskinporten-style access tokens signed with the demo key: {@code scope}, {@code consumer} (the
 * organisation, ISO 6523 {@code 0192:<orgnr>}), {@code client_id}, {@code client_amr}, {@code token_type},
 * {@code iat}, {@code exp}, {@code jti}, and {@code pid} for person tokens.
 */
@Component
@Profile("demo")
public class DemoTokenIssuer {
    public static final String DEFAULT_SCOPE = "skatteetaten:innkrevingsoppdrag";
    static final String DEMO_CLIENT_ID = "demo";

    private final DemoSigningKey key;
    private final DemoIssuerUrl issuer;
    private final DemoIssuerProperties properties;
    private final Clock clock;

    DemoTokenIssuer(DemoSigningKey key, DemoIssuerUrl issuer, DemoIssuerProperties properties) {
        this.key = key;
        this.issuer = issuer;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** An access token for the organisation {@code orgnr} (nine digits) with the given space-separated scopes. */
    public String issue(String orgnr, String scope) {
        return issue(clientIdFor(orgnr), orgnr, null, scope).accessToken();
    }

    /** An access token for the person {@code pid} (eleven digits), with no organisation. */
    public String issueForPerson(String pid, String scope) {
        return issue(DEMO_CLIENT_ID, null, pid, scope).accessToken();
    }

    /** The client registered for an organisation, so demo tokens look like that client's; else {@code demo}. */
    String clientIdFor(String orgnr) {
        return properties.clients().stream()
                .filter(c -> orgnr != null && orgnr.equals(c.organisasjonsnummer()))
                .map(DemoIssuerProperties.Client::clientId).findFirst().orElse(DEMO_CLIENT_ID);
    }

    /** A token for a consumer organisation and/or a person (at least one of them). */
    TokenResponse issue(String clientId, String orgnr, String pid, String scope) {
        return issue(clientId, orgnr, pid, scope, null);
    }

    /** An accounting system's token acting as the Altinn system user of {@code systembrukerFor} (an organisation). */
    public String issueForSystemUser(String orgnr, String scope, String systembrukerFor) {
        return issue(clientIdFor(orgnr), orgnr, null, scope, systembrukerFor).accessToken();
    }

    /** A caseworker's token: the organisation's, carrying the caseworker's ident in claim {@code saksbehandler}. */
    public String issueForCaseworker(String orgnr, String scope, String saksbehandler) {
        return issue(clientIdFor(orgnr), orgnr, null, scope, null, saksbehandler).accessToken();
    }

    /** A token; with {@code systembrukerFor}, it carries an Altinn system-user authorization_details entry for that organisation. */
    TokenResponse issue(String clientId, String orgnr, String pid, String scope, String systembrukerFor) {
        return issue(clientId, orgnr, pid, scope, systembrukerFor, null);
    }

    /** As above; with {@code saksbehandler}, the caseworker's ident (letters, digits, . _ -; at most 40) in claim {@code saksbehandler}. */
    TokenResponse issue(String clientId, String orgnr, String pid, String scope, String systembrukerFor, String saksbehandler) {
        if (saksbehandler != null && !DemoIdentifiers.isSaksbehandler(saksbehandler))
            throw new IllegalArgumentException("saksbehandler: letters, digits, . _ -, at most 40");
        if (orgnr == null && pid == null) throw new IllegalArgumentException("a token needs an organisation or a person");
        if (orgnr != null && !DemoIdentifiers.isOrgnr(orgnr))
            throw new IllegalArgumentException("orgnr must be nine digits");
        if (pid != null && !DemoIdentifiers.isPid(pid)) throw new IllegalArgumentException("pid must be eleven digits");
        String scopes = DemoIdentifiers.normaliseScope(scope);
        if (scopes == null) throw new IllegalArgumentException("scope must not be empty");

        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long lifetime = properties.tokenLifetime().toSeconds();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .claim("scope", scopes);
        if (orgnr != null) {
            Map<String, Object> consumer = new LinkedHashMap<>();
            consumer.put("authority", "iso6523-actorid-upis");
            consumer.put("ID", "0192:" + orgnr);
            claims.claim("consumer", consumer);
        }
        if (pid != null) claims.claim("pid", pid);
        if (saksbehandler != null) claims.claim("saksbehandler", saksbehandler);
        if (systembrukerFor != null) {
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("authority", "iso6523-actorid-upis");
            org.put("ID", "0192:" + systembrukerFor);
            Map<String, Object> detalj = new LinkedHashMap<>();
            detalj.put("type", "urn:altinn:systemuser");
            detalj.put("systemuser_org", org);
            detalj.put("systemuser_id", java.util.List.of(UUID.nameUUIDFromBytes(("demo-" + systembrukerFor).getBytes()).toString()));
            detalj.put("system_id", "demo_regnskapssystem");
            claims.claim("authorization_details", java.util.List.of(detalj));
        }
        claims.claim("client_id", clientId)
                .claim("client_amr", "private_key_jwt")
                .claim("token_type", "Bearer")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.keyId()).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo token", e);
        }
        return new TokenResponse(jwt.serialize(), "Bearer", lifetime, scopes);
    }

    /** The token endpoint's answer (RFC 6749 section 5.1). */
    @JsonPropertyOrder({"access_token", "token_type", "expires_in", "scope"})
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("token_type") String tokenType,
                                @JsonProperty("expires_in") long expiresIn,
                                @JsonProperty("scope") String scope) {
    }
}

package no.innkreving.platform.demoissuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo issuer over real HTTP, as a Maskinporten client and as a caller of the API would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DemoIssuerTest {
    static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String SCOPE = "skatteetaten:innkrevingsoppdrag";
    static final String TEST_CLIENT = "test-client";
    static final String TEST_ORG = "910000001";
    static final RSAKey CLIENT_KEY = generateKey();
    static final Path KEY_FILE = tempKeyFile();

    @DynamicPropertySource
    static void issuerSettings(DynamicPropertyRegistry r) {
        r.add("innkreving.demo-issuer.key-file", KEY_FILE::toString);
        // a list from one property source replaces the whole list: repeat the demo clients
        r.add("innkreving.demo-issuer.clients[0].client-id", () -> "nav-demo");
        r.add("innkreving.demo-issuer.clients[0].organisasjonsnummer", () -> "889640782");
        r.add("innkreving.demo-issuer.clients[1].client-id", () -> "brreg-demo");
        r.add("innkreving.demo-issuer.clients[1].organisasjonsnummer", () -> "974760673");
        r.add("innkreving.demo-issuer.clients[2].client-id", () -> TEST_CLIENT);
        r.add("innkreving.demo-issuer.clients[2].organisasjonsnummer", () -> TEST_ORG);
        r.add("innkreving.demo-issuer.clients[2].public-key-jwk", () -> CLIENT_KEY.toPublicJWK().toJSONString());
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoTokenIssuer issuer;
    @Autowired
    JwtDecoder decoder;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void metadataDocumentDescribesTheIssuer() throws Exception {
        HttpResponse<String> res = get("/.well-known/oauth-authorization-server", null);
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode m = json.readTree(res.body());
        assertThat(m.path("issuer").asString()).isEqualTo(base() + "/");
        assertThat(m.path("token_endpoint").asString()).isEqualTo(base() + "/token");
        assertThat(m.path("jwks_uri").asString()).isEqualTo(base() + "/jwk");
        assertThat(strings(m.path("grant_types_supported"))).contains(GRANT);
        assertThat(strings(m.path("token_endpoint_auth_methods_supported"))).contains("private_key_jwt");
        assertThat(strings(m.path("token_endpoint_auth_signing_alg_values_supported"))).contains("RS256");

        JsonNode keys = json.readTree(get("/jwk", null).body()).path("keys");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).path("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get(0).path("kid").asString()).isNotBlank();
        assertThat(keys.get(0).has("d")).as("private part must not be published").isFalse();
    }

    @Test
    void registeredClientGetsTokenForItsOrganisationThatOpensTheApi() throws Exception {
        HttpResponse<String> res = postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer(TEST_CLIENT)));

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode body = json.readTree(res.body());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(7200);
        assertThat(body.path("scope").asString()).isEqualTo(SCOPE);
        String token = body.path("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(base() + "/");
        assertThat(claims.getJSONObjectClaim("consumer"))
                .containsEntry("authority", "iso6523-actorid-upis").containsEntry("ID", "0192:" + TEST_ORG);
        assertThat(claims.getStringClaim("client_id")).isEqualTo(TEST_CLIENT);
        assertThat(claims.getStringClaim("client_amr")).isEqualTo("private_key_jwt");
        assertThat(claims.getStringClaim("token_type")).isEqualTo("Bearer");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(120));

        // operator endpoints need the operator scope, which the demo issuer hands out on request
        assertThat(get("/actuator/info", token).statusCode()).isEqualTo(403);
        String drift = json.readTree(get("/demo/token?orgnr=974760673&scope=innkreving:drift", null).body()).path("access_token").asString();
        assertThat(get("/actuator/info", drift).statusCode()).isEqualTo(200);
    }

    /**
     * A payroll system acting as the Altinn system user of an employer asks for it as Maskinporten takes it
     * (authorization_details with systemuser_org): the token carries the entry, and the Trekkpålegg API takes the
     * system user's organisation as the payer (an empty list, 200, for an employer with no orders).
     */
    @Test
    void systembrukerGjennomJwtBearerGrantGirTrekkpliktigensToken() throws Exception {
        Map<String, Object> org = Map.of("authority", "iso6523-actorid-upis", "ID", "0192:313367002");
        Map<String, Object> detalj = Map.of("type", "urn:altinn:systemuser", "systemuser_org", org);
        HttpResponse<String> res = postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer(TEST_CLIENT).claim("scope", "skatteetaten:trekkpaalegg").claim("authorization_details", List.of(detalj))));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        String token = json.readTree(res.body()).path("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getJSONObjectClaim("consumer")).containsEntry("ID", "0192:" + TEST_ORG);
        assertThat(claims.getListClaim("authorization_details").toString()).contains("urn:altinn:systemuser", "0192:313367002");
        HttpResponse<String> liste = get("/api/trekkpaalegg/v1?fraSekvensnummer=0&maksAntall=2500", token);
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).isEqualTo("[]");

        Map<String, Object> feil = Map.of("type", "urn:altinn:systemuser", "systemuser_org", Map.of("ID", "0192:12"));
        assertRefused(postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer(TEST_CLIENT).claim("authorization_details", List.of(feil)))), 400, "invalid_grant", "systemuser_org");

        // a caseworker's token names the caseworker
        String sb = json.readTree(get("/demo/token?orgnr=974761076&scope=innkreving:saksbehandling&saksbehandler=Z990042", null).body())
                .path("access_token").asString();
        assertThat(SignedJWT.parse(sb).getJWTClaimsSet().getStringClaim("saksbehandler")).isEqualTo("Z990042");
        assertThat(get("/demo/token?orgnr=974761076&scope=innkreving:saksbehandling&saksbehandler=%3Cx%3E", null).statusCode()).isEqualTo(400);
    }

    @Test
    void clientWithCertificateInX5cGetsTokenForItsRegisteredOrganisation() throws Exception {
        RSAKey key = generateKey();
        X509Certificate cert = SelfSignedCertificate.create(key.toKeyPair(), "nav-demo",
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .x509CertChain(List.of(Base64.encode(cert.getEncoded())));

        HttpResponse<String> res = postToken(GRANT, assertion(key, header, c -> c.issuer("nav-demo")));

        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(json.readTree(res.body()).path("access_token").asString()).getJWTClaimsSet();
        assertThat(claims.getJSONObjectClaim("consumer")).containsEntry("ID", "0192:889640782");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("nav-demo");
    }

    @Test
    void unregisteredX5cClientMustNameItsOrganisation() throws Exception {
        RSAKey key = generateKey();
        X509Certificate cert = SelfSignedCertificate.create(key.toKeyPair(), "someone",
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .x509CertChain(List.of(Base64.encode(cert.getEncoded())));

        HttpResponse<String> named = postToken(GRANT, assertion(key, header,
                c -> c.issuer("some-supplier").claim("consumer_org", "974760673")));
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(json.readTree(named.body()).path("access_token").asString()).getJWTClaimsSet();
        assertThat(claims.getJSONObjectClaim("consumer")).containsEntry("ID", "0192:974760673");

        assertRefused(postToken(GRANT, assertion(key, header, c -> c.issuer("some-supplier"))), 400, "invalid_grant", "consumer_org");
    }

    @Test
    void tamperedAssertionIsRefused() throws Exception {
        String[] parts = assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256), c -> c.issuer(TEST_CLIENT)).split("\\.");
        JWTClaimsSet changed = new JWTClaimsSet.Builder(JWTClaimsSet.parse(Base64URL.from(parts[1]).decodeToString())).claim("scope", SCOPE + " skatteetaten:alt").build();
        String tampered = parts[0] + "." + Base64URL.encode(changed.toString()) + "." + parts[2];

        assertRefused(postToken(GRANT, tampered), 400, "invalid_grant", "signature does not verify");
    }

    @Test
    void assertionSignedWithAnotherKeyIsRefused() throws Exception {
        assertRefused(postToken(GRANT, assertion(generateKey(), new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer(TEST_CLIENT))), 400, "invalid_grant", "signature does not verify");
    }

    @Test
    void expiredOrTooLongLivedAssertionIsRefused() throws Exception {
        Instant past = Instant.now().minusSeconds(300);
        assertRefused(postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256), c -> c
                .issuer(TEST_CLIENT).issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(100))))),
                400, "invalid_grant", "expired");
        Instant now = Instant.now();
        assertRefused(postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256), c -> c
                .issuer(TEST_CLIENT).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))))),
                400, "invalid_grant", "at most 120 seconds");
    }

    @Test
    void assertionForAnotherAudienceOrWithoutScopeIsRefused() throws Exception {
        assertRefused(postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer(TEST_CLIENT).audience("https://maskinporten.no/"))), 400, "invalid_grant", "aud");
        assertRefused(postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer(TEST_CLIENT).claim("scope", null))), 400, "invalid_grant", "no scope");
    }

    @Test
    void wrongGrantTypeMissingAssertionAndUnknownClientAreRefused() throws Exception {
        String good = assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256), c -> c.issuer(TEST_CLIENT));
        assertRefused(postToken("client_credentials", good), 400, "unsupported_grant_type");
        assertRefused(postToken(GRANT, null), 400, "invalid_request");
        assertRefused(postToken(GRANT, "not-a-jwt"), 400, "invalid_grant");
        assertRefused(postToken(GRANT, assertion(CLIENT_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256),
                c -> c.issuer("nobody"))), 401, "invalid_client", "Unknown client");
    }

    @Test
    void withoutTokenTheApiAnswers401Problem() throws Exception {
        HttpResponse<String> res = get("/actuator/info", null);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json.readTree(res.body()).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRefusedByTheApi() throws Exception {
        RSAKey ours = RSAKey.parse(Files.readString(KEY_FILE));
        Instant now = Instant.now();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ours.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder().issuer("http://elsewhere/")
                .claim("scope", SCOPE).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build());
        foreign.sign(new RSASSASigner(ours));

        assertThat(get("/actuator/info", foreign.serialize()).statusCode()).isEqualTo(401);
    }

    @Test
    void demoTokenEndpointGivesTheRequestedScope() throws Exception {
        HttpResponse<String> res = get("/demo/token?orgnr=974760673&scope="
                + URLEncoder.encode(SCOPE + " skatteetaten:annet", StandardCharsets.UTF_8), null);

        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(res.body());
        assertThat(body.path("scope").asString()).isEqualTo(SCOPE + " skatteetaten:annet");
        String token = body.path("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getStringClaim("scope")).isEqualTo(SCOPE + " skatteetaten:annet");
        assertThat(claims.getJSONObjectClaim("consumer")).containsEntry("ID", "0192:974760673");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("brreg-demo");
        // operator endpoints need the operator scope, which the demo issuer hands out on request
        assertThat(get("/actuator/info", token).statusCode()).isEqualTo(403);
        String drift = json.readTree(get("/demo/token?orgnr=974760673&scope=innkreving:drift", null).body()).path("access_token").asString();
        assertThat(get("/actuator/info", drift).statusCode()).isEqualTo(200);

        JsonNode defaulted = json.readTree(get("/demo/token?orgnr=889640782&pid=01017012345", null).body());
        JWTClaimsSet person = SignedJWT.parse(defaulted.path("access_token").asString()).getJWTClaimsSet();
        assertThat(person.getStringClaim("scope")).isEqualTo(SCOPE);
        assertThat(person.getStringClaim("pid")).isEqualTo("01017012345");

        // the demo helper answers bad parameters as every endpoint of ours does (problem+json); /token speaks OAuth
        for (String sti : List.of("/demo/token?orgnr=12345", "/demo/token", "/demo/token?orgnr=889640782&pid=123", "/demo/token?orgnr=abc")) {
            HttpResponse<String> r = get(sti, null);
            assertThat(r.statusCode()).as(sti + " " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json.readTree(r.body()).path("type").asString()).endsWith(":ugyldig-parameter");
        }
    }

    @Test
    void issuerBeanTokensDecodeToScopeAuthorities() {
        Jwt org = decoder.decode(issuer.issue("889640782", SCOPE));
        assertThat(org.getClaimAsMap("consumer")).containsEntry("ID", "0192:889640782");
        assertThat(new JwtAuthenticationConverter().convert(org).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("SCOPE_" + SCOPE);

        Jwt person = decoder.decode(issuer.issueForPerson("01017012345", SCOPE));
        assertThat(person.getClaimAsString("pid")).isEqualTo("01017012345");
        assertThat(person.hasClaim("consumer")).isFalse();
    }

    // --- helpers

    private String base() {
        return "http://localhost:" + port;
    }

    private String assertion(RSAKey key, JWSHeader.Builder header, Consumer<JWTClaimsSet.Builder> adjust) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .audience(base() + "/").claim("scope", SCOPE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .jwtID(UUID.randomUUID().toString());
        adjust.accept(claims);
        SignedJWT jwt = new SignedJWT(header.build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> postToken(String grantType, String assertion) throws Exception {
        Map<String, String> form = assertion == null ? Map.of("grant_type", grantType)
                : Map.of("grant_type", grantType, "assertion", assertion);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (token != null) req.header("Authorization", "Bearer " + token);
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertRefused(HttpResponse<String> res, int status, String error) {
        assertRefused(res, status, error, "");
    }

    private void assertRefused(HttpResponse<String> res, int status, String error, String because) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = json.readTree(res.body());
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("error_description").asString()).isNotBlank().contains(because);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempKeyFile() {
        try {
            Path dir = Files.createTempDirectory("demo-issuer-test");
            Path file = dir.resolve("signing-key.json");
            dir.toFile().deleteOnExit(); // deleted in reverse order: the file, then the directory
            file.toFile().deleteOnExit();
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

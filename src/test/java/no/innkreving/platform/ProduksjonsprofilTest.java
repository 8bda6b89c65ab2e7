package no.innkreving.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The security matrix as production runs it: no demo profile, tokens verified against a configured public key
 * (as Maskinporten's would be). The demo issuer's paths are not served, and every API answers no token 401, a
 * token without its scope 403, a token with its scope past the security chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProduksjonsprofilTest {
    private static final RSAKey NOEKKEL;
    private static final Path OFFENTLIG;

    static {
        try {
            NOEKKEL = new RSAKeyGenerator(2048).keyID("prod-test").generate();
            OFFENTLIG = Files.createTempFile("prod-test-key", ".pem");
            OFFENTLIG.toFile().deleteOnExit();
            Files.writeString(OFFENTLIG, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(NOEKKEL.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void noekkel(DynamicPropertyRegistry r) {
        r.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + OFFENTLIG);
        // ID-porten for the web pages, by Spring's standard OpenID Connect client settings (no network: no issuer-uri)
        String p = "spring.security.oauth2.client.";
        r.add(p + "registration.idporten.client-id", () -> "innkreving-test");
        r.add(p + "registration.idporten.client-secret", () -> "hemmelig");
        r.add(p + "registration.idporten.client-name", () -> "ID-porten");
        r.add(p + "registration.idporten.authorization-grant-type", () -> "authorization_code");
        r.add(p + "registration.idporten.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        r.add(p + "registration.idporten.scope", () -> "openid,profile");
        r.add(p + "provider.idporten.authorization-uri", () -> "https://idporten.example/authorize");
        r.add(p + "provider.idporten.token-uri", () -> "https://idporten.example/token");
        r.add(p + "provider.idporten.jwk-set-uri", () -> "https://idporten.example/jwks");
        r.add(p + "provider.idporten.user-name-attribute", () -> "pid");
    }

    /** The debtor pages in production: login by ID-porten (OpenID Connect) only; the demo picker is not there. */
    @Test
    void sideneLoggerInnMedIdPortenOgHarIngenDemoinnlogging() throws Exception {
        var http = Api.http();
        java.util.function.Function<String, java.net.http.HttpResponse<String>> get = sti -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + sti)).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var oversikt = get.apply("/skyldner/oversikt");
        assertThat(oversikt.statusCode()).isEqualTo(302);
        assertThat(oversikt.headers().firstValue("Location").orElseThrow()).endsWith("/logg-inn");
        var side = get.apply("/logg-inn");
        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body()).contains("Logg inn med ID-porten").contains("/oauth2/authorization/idporten").doesNotContain("/demo/logg-inn");
        var videre = get.apply("/oauth2/authorization/idporten");
        assertThat(videre.statusCode()).isEqualTo(302);
        assertThat(videre.headers().firstValue("Location").orElseThrow()).startsWith("https://idporten.example/authorize?")
                .contains("client_id=innkreving-test").contains("scope=openid%20profile");
        assertThat(get.apply("/demo/logg-inn?pid=01838012317").statusCode()).isEqualTo(404);
        assertThat(get.apply("/saksbehandler/").statusCode()).isEqualTo(302);
    }

    @LocalServerPort
    int port;

    /** A Maskinporten-shaped token for NAV with the given scope, signed with the configured key. */
    private static String token(String scope) throws Exception {
        return token(scope, Instant.now());
    }

    private static String token(String scope, Instant naa) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://maskinporten.example/").claim("scope", scope)
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:889640782"))
                // an accounting system acting as Altinn system user for the same organisation (Krav og betalinger)
                .claim("authorization_details", List.of(Map.of("type", "urn:altinn:systemuser",
                        "systemuser_org", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:889640782"))))
                .claim("client_id", "nav").issueTime(Date.from(naa)).expirationTime(Date.from(naa.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(NOEKKEL.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(NOEKKEL));
        return jwt.serialize();
    }

    @Test
    void utloeptTokenBesvaresMedVaareOrd() throws Exception {
        String uuid = UUID.randomUUID().toString();
        // issued two hours ago, valid for ten minutes: expired well past any clock skew
        Api.Svar s = new Api(port, token("skatteetaten:innkrevingsoppdrag", Instant.now().minusSeconds(7200)))
                .get(Api.BASE + "/" + uuid + "/mottaksstatus");
        assertThat(s.status()).as(s.body()).isEqualTo(401);
        assertThat(s.contentType()).startsWith("application/problem+json");
        assertThat(s.tekst("detail")).contains("utløpt").doesNotContainIgnoringCase("jwt").doesNotContain("expired");
        Api.Svar f = new Api(port, token("skatteetaten:innkrevingsoppdrag") + "x").get(Api.BASE + "/" + uuid + "/mottaksstatus");
        assertThat(f.status()).isEqualTo(401);
        assertThat(f.tekst("detail")).contains("ugyldig").doesNotContainIgnoringCase("jwt").doesNotContain("signature");
    }

    record Endepunkt(String metode, String sti, String body, String scope) {
    }

    @Test
    void demoutstederenFinnesIkke() throws Exception {
        Api anonym = new Api(port, null);
        Api medToken = new Api(port, token("skatteetaten:innkrevingsoppdrag"));
        for (String sti : List.of("/token", "/jwk", "/.well-known/oauth-authorization-server", "/demo/token?orgnr=889640782",
                "/demo/skyldnere", "/demo/samtykke?part=889640782&bank=889640782", "/demo/samtykke/jwk")) {
            for (Api api : List.of(anonym, medToken)) {
                Api.Svar s = api.get(sti);
                assertThat(s.status()).as(sti + " " + s.body()).isIn(401, 404);
                assertThat(s.body()).doesNotContain("access_token").doesNotContain("\"keys\"").doesNotContain("token_endpoint");
            }
        }
        Api.Svar s = anonym.post("/token", "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=x");
        assertThat(s.status()).as(s.body()).isIn(401, 404);
        assertThat(s.body()).doesNotContain("access_token");
    }

    @Test
    void hvertApiKreverTokenOgSittScope() throws Exception {
        String uuid = UUID.randomUUID().toString();
        List<Endepunkt> endepunkter = List.of(
                new Endepunkt("GET", Api.BASE + "/" + uuid + "/mottaksstatus", null, "skatteetaten:innkrevingsoppdrag"),
                new Endepunkt("GET", Api.BASE + "/" + uuid, null, "skatteetaten:innkrevingsoppdrag"),
                new Endepunkt("POST", Api.BASE, "{}", "skatteetaten:innkrevingsoppdrag"),
                new Endepunkt("PUT", Api.BASE + "/" + uuid + "/hovedstol", "{}", "skatteetaten:innkrevingsoppdrag"),
                new Endepunkt("GET", "/api/innkreving/kravogbetalinger/v1/regnskapssystem/889640782/aapnekrav", null, "skatteetaten:kravogbetalinger"),
                new Endepunkt("GET", "/api/innkreving/bankfiler", null, "innkreving:bankfil"),
                new Endepunkt("GET", "/api/innkreving/saksbehandling/v1/betalingsavstemming", null, "innkreving:saksbehandling"),
                new Endepunkt("GET", "/api/innkreving/saksbehandling/v1/uplasserte-innbetalinger", null, "innkreving:saksbehandling"),
                new Endepunkt("GET", "/actuator/metrics", null, "innkreving:drift"),
                new Endepunkt("GET", "/actuator/info", null, "innkreving:drift"));
        List<String> scopes = List.of("skatteetaten:innkrevingsoppdrag", "skatteetaten:kravogbetalinger", "innkreving:bankfil",
                "innkreving:saksbehandling", "innkreving:drift");
        for (Endepunkt e : endepunkter) {
            Api.Svar uten = new Api(port, null).send(e.metode(), e.sti(), e.body());
            assertThat(uten.status()).as("uten token " + e + " " + uten.body()).isEqualTo(401);
            for (String annet : scopes) {
                if (annet.equals(e.scope())) continue;
                Api.Svar s = new Api(port, token(annet)).send(e.metode(), e.sti(), e.body());
                assertThat(s.status()).as(annet + " på " + e + " " + s.body()).isEqualTo(403);
            }
            Api.Svar riktig = new Api(port, token(e.scope())).send(e.metode(), e.sti(), e.body());
            // past the security chain: the endpoint's own answer (an unknown claim is 404, an empty body 400)
            assertThat(riktig.status()).as(e + " " + riktig.body()).isNotIn(401, 403).isLessThan(500);
            if (e.metode().equals("GET") && !e.sti().startsWith(Api.BASE) && !e.sti().contains("kravogbetalinger")) {
                assertThat(riktig.status()).as(e + " " + riktig.body()).isEqualTo(200);
            }
        }
        // open without a token: health and the contract document
        assertThat(new Api(port, null).get("/actuator/health").status()).isEqualTo(200);
        assertThat(new Api(port, null).get("/api/innkreving/innkrevingsoppdrag/v1/openapi.yaml").status()).isEqualTo(200);
    }
}

package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innkreving.platform.web.Problem;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo issuer's endpoints, shaped like Maskinporten's so a real client can be pointed at it unchanged:
 * metadata (RFC 8414), the public key set, the token endpoint (JWT-bearer grant, RFC 7523), and a convenience
 * endpoint that hands out a token for an organisation without any assertion.
 */
@RestController
@Profile("demo")
class DemoIssuerController {
    private final DemoIssuerUrl issuer;
    private final DemoSigningKey key;
    private final JwtBearerGrant grant;
    private final DemoTokenIssuer tokens;
    private final DemoSamtykkeUtsteder samtykker;

    DemoIssuerController(DemoIssuerUrl issuer, DemoSigningKey key, JwtBearerGrant grant, DemoTokenIssuer tokens,
                         DemoSamtykkeUtsteder samtykker) {
        this.issuer = issuer;
        this.key = key;
        this.grant = grant;
        this.tokens = tokens;
        this.samtykker = samtykker;
    }

    /** A consent token (AltinnSamtykke header) in which {@code part} lets {@code bank} read its claims and payments. */
    @GetMapping(path = "/demo/samtykke", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> samtykke(@RequestParam(required = false) String part, @RequestParam(required = false) String bank,
                                 @RequestParam(defaultValue = "3600") long sekunder) {
        if (part == null || !(DemoIdentifiers.isOrgnr(part) || DemoIdentifiers.isPid(part)))
            throw OAuthError.invalidRequest("part must be an organisation number (9 digits) or a fødselsnummer (11 digits)");
        if (bank == null || !DemoIdentifiers.isOrgnr(bank)) throw OAuthError.invalidRequest("bank must be nine digits");
        if (sekunder < 1 || sekunder > 86_400) throw OAuthError.invalidRequest("sekunder must be 1-86400");
        return Map.of("samtykketoken", samtykker.utsted(part, bank, java.time.Duration.ofSeconds(sekunder)));
    }

    @GetMapping(path = "/demo/samtykke/jwk", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> samtykkeJwk() {
        return new JWKSet(samtykker.offentligNoekkel()).toJSONObject(true);
    }

    @GetMapping(path = "/.well-known/oauth-authorization-server", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", issuer.issuer());
        m.put("token_endpoint", issuer.endpoint("token"));
        m.put("jwks_uri", issuer.endpoint("jwk"));
        m.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        m.put("grant_types_supported", List.of(JwtBearerGrant.GRANT_TYPE));
        m.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        return m;
    }

    @GetMapping(path = "/jwk", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwk() {
        return new JWKSet(key.publicKey()).toJSONObject(true);
    }

    @PostMapping(path = "/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DemoTokenIssuer.TokenResponse> token(@RequestParam MultiValueMap<String, String> form) {
        String grantType = single(form, "grant_type");
        if (grantType == null) throw OAuthError.invalidRequest("grant_type is missing");
        if (!JwtBearerGrant.GRANT_TYPE.equals(grantType))
            throw OAuthError.unsupportedGrantType("Only " + JwtBearerGrant.GRANT_TYPE + " is supported, not " + grantType);
        String assertion = single(form, "assertion");
        if (assertion == null) throw OAuthError.invalidRequest("assertion is missing");
        return noStore(ResponseEntity.ok()).body(grant.exchange(assertion));
    }

    /** A token without an assertion, for people trying the API and for tests. Same answer as {@code /token}. */
    @GetMapping(path = "/demo/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DemoTokenIssuer.TokenResponse> demoToken(@RequestParam(required = false) String orgnr,
                                                            @RequestParam(required = false) String pid,
                                                            @RequestParam(defaultValue = DemoTokenIssuer.DEFAULT_SCOPE) String scope,
                                                            @RequestParam(name = "systemuser_org", required = false) String systembrukerFor,
                                                            @RequestParam(required = false) String saksbehandler) {
        if (orgnr == null && pid == null) throw OAuthError.invalidRequest("orgnr (nine digits) is missing");
        if (orgnr != null && !DemoIdentifiers.isOrgnr(orgnr)) throw OAuthError.invalidRequest("orgnr must be nine digits");
        if (pid != null && !DemoIdentifiers.isPid(pid)) throw OAuthError.invalidRequest("pid must be eleven digits");
        if (DemoIdentifiers.normaliseScope(scope) == null) throw OAuthError.invalidRequest("scope must not be empty");
        if (systembrukerFor != null && !DemoIdentifiers.isOrgnr(systembrukerFor))
            throw OAuthError.invalidRequest("systemuser_org must be nine digits");
        if (saksbehandler != null && !DemoIdentifiers.isSaksbehandler(saksbehandler))
            throw OAuthError.invalidRequest("saksbehandler (a caseworker's ident) is letters, digits, . _ or -, at most 40");
        String clientId = orgnr != null ? tokens.clientIdFor(orgnr) : DemoTokenIssuer.DEMO_CLIENT_ID;
        return noStore(ResponseEntity.ok()).body(tokens.issue(clientId, orgnr, pid, scope, systembrukerFor, saksbehandler));
    }

    @ExceptionHandler(OAuthError.class)
    ResponseEntity<?> refused(OAuthError e, jakarta.servlet.http.HttpServletRequest req) {
        // /token speaks OAuth (RFC 6749 section 5.2) to real Maskinporten clients; the demo's own helpers answer as
        // every other endpoint of ours does
        if (req.getRequestURI().startsWith("/demo/")) {
            return ResponseEntity.status(e.status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                    .body(new Problem(Problem.PLATFORM_PREFIX + "ugyldig-parameter", "Ugyldig parameter", e.status.value(), e.getMessage(),
                            req.getRequestURI()));
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.error);
        body.put("error_description", e.getMessage());
        return noStore(ResponseEntity.status(e.status)).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** RFC 6749 section 5.1: token answers must not be cached. */
    private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder b) {
        return b.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
    }

    private static String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) return null;
        if (values.size() > 1) throw OAuthError.invalidRequest(name + " is given more than once");
        return values.getFirst();
    }
}

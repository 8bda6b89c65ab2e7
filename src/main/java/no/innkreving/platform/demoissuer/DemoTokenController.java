package no.innkreving.platform.demoissuer;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One-line token for people and load drivers in the demo profile. */
@RestController
@Profile("demo")
class DemoTokenController {
    private final DemoTokenIssuer issuer;

    DemoTokenController(DemoTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @GetMapping("/demo/token")
    ResponseEntity<Map<String, Object>> token(@RequestParam String orgnr,
                                              @RequestParam(defaultValue = "skatteetaten:innkrevingsoppdrag") String scope) {
        if (!orgnr.matches("\\d{9}")) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "error_description", "orgnr må være ni siffer"));
        }
        return ResponseEntity.ok(Map.of("access_token", issuer.issue(orgnr, scope), "token_type", "Bearer",
                "expires_in", 7200, "scope", scope));
    }
}

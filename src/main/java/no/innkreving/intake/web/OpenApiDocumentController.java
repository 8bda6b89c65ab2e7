package no.innkreving.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.Yaml;

/** Serves the creditor API's OpenAPI document (written by hand against the contract; checked by OpenApiDocumentTest). */
@RestController
class OpenApiDocumentController {
    static final String RESSURS = "openapi/innkrevingsoppdrag-v1.yaml";
    private final String yaml;

    OpenApiDocumentController() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESSURS)) {
            if (in == null) throw new IllegalStateException(RESSURS + " missing");
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping(path = "/api/innkreving/innkrevingsoppdrag/v1/openapi.yaml", produces = "application/yaml")
    String yaml() {
        return yaml;
    }

    @GetMapping(path = "/api/innkreving/innkrevingsoppdrag/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json() {
        return ResponseEntity.ok(new Yaml().load(yaml));
    }
}

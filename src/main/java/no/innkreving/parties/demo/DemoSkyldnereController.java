package no.innkreving.parties.demo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innkreving.platform.web.Problem;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Demo profile: lists synthetic debtors, for the README's first call and the load driver. Synthetic data only. */
@RestController
@Profile("demo")
class DemoSkyldnereController {
    private static final Set<String> PERSONSTATUS = Set.of("BOSATT", "DOED", "SLETTET");
    private static final Set<String> ENHETSTATUS = Set.of("AKTIV", "OPPHOERT", "SLETTET");
    private final JdbcTemplate jdbc;

    DemoSkyldnereController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Skyldner(String identifikator, String navn, String status) {
    }

    @GetMapping(path = "/demo/skyldnere", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> skyldnere(@RequestParam(defaultValue = "PERSON") String type, @RequestParam(required = false) String status,
                                @RequestParam(defaultValue = "100") String antall, HttpServletRequest req) {
        boolean person = type.equals("PERSON");
        if (!person && !type.equals("ORGANISASJON")) return feil(req, "type må være PERSON eller ORGANISASJON");
        String s = status != null ? status : person ? "BOSATT" : "AKTIV";
        if (!(person ? PERSONSTATUS : ENHETSTATUS).contains(s)) {
            return feil(req, "status må være en av " + (person ? PERSONSTATUS : ENHETSTATUS));
        }
        int n;
        try {
            n = Integer.parseInt(antall);
        } catch (NumberFormatException e) {
            return feil(req, "antall må være et heltall");
        }
        if (n < 1 || n > 100_000) return feil(req, "antall må være mellom 1 og 100000");
        List<Skyldner> liste = person
                ? jdbc.query("select foedselsnummer, navn, status from register_person where status = ? and navn not like 'Test %' order by foedselsnummer limit ?",
                (rs, i) -> new Skyldner(rs.getString(1), rs.getString(2), rs.getString(3)), s, n)
                : jdbc.query("select organisasjonsnummer, navn, status from register_enhet where status = ? and hovedenhet is null and navn not like 'Testfirma %' order by organisasjonsnummer limit ?",
                (rs, i) -> new Skyldner(rs.getString(1), rs.getString(2), rs.getString(3)), s, n);
        return ResponseEntity.ok(Map.of("skyldnere", liste));
    }

    private static ResponseEntity<Problem> feil(HttpServletRequest req, String detalj) {
        return ResponseEntity.badRequest().contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + "ugyldig-parameter", "Ugyldig parameter", 400, detalj, req.getRequestURI()));
    }
}

package no.innkreving.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.casework.application.Kravsaksbilde;
import no.innkreving.casework.application.Kravsaksbilde.Bilde;
import no.innkreving.platform.security.Innringer;
import no.innkreving.platform.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers: one claim's view, and the limitation watch list. Every read of personal data is logged with who read it. */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1")
class KravsaksbehandlingController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private static final int STANDARD_HORISONT_DAGER = 90;
    private static final int LENGSTE_HORISONT_DAGER = 36_500;

    private final Kravsaksbilde bilde;

    KravsaksbehandlingController(Kravsaksbilde bilde) {
        this.bilde = bilde;
    }

    record Foreldelse(LocalDate dato, List<String> forklaring) {
    }

    record Kravlinje(String linjetype, BigDecimal opprinneligBeloep, BigDecimal gjenstaaendeBeloep, Foreldelse foreldelse) {
    }

    record Hendelse(String type, LocalDate dato, UUID dokumentId) {
    }

    record Krav(UUID kravidentifikator, String innkrevingssteg, List<Hendelse> hendelser, List<Kravlinje> kravlinjer) {
        static Krav av(Bilde b) {
            return new Krav(b.kravidentifikator(), b.innkrevingssteg().name(),
                    b.hendelser().stream().map(h -> new Hendelse(h.type().name(), h.dato(), h.dokumentId())).toList(),
                    b.kravlinjer().stream().map(l -> new Kravlinje(l.linjetype(), kr(l.opprinneligOre()), kr(l.gjenstaaendeOre()),
                            new Foreldelse(l.foreldelse().dato(), l.foreldelse().forklaring()))).toList());
        }
    }

    record Foreldelsesvarsel(UUID kravidentifikator, String skyldner, String linjetype, LocalDate foreldelsesdato) {
    }

    /** Kroner with two decimals, as in the debtor's view. */
    private static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    @GetMapping("/krav/{kravidentifikator}")
    ResponseEntity<?> krav(@PathVariable String kravidentifikator, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        UUID id;
        try {
            id = UUID.fromString(kravidentifikator);
        } catch (IllegalArgumentException e) {
            return problem(400, "ugyldig-kravidentifikator", "Ugyldig kravidentifikator", "Kravidentifikatoren er ikke en UUID", req);
        }
        Optional<Bilde> b = bilde.krav(id);
        if (b.isEmpty()) return problem(404, "ukjent-krav", "Ukjent krav", "Ingen krav med denne kravidentifikatoren", req);
        log.info("Claim {} read by {} (debtor {}*****)", id, Innringer.iLogg(jwt), b.get().skyldner().substring(0, Math.min(6, b.get().skyldner().length())));
        return ResponseEntity.ok(Krav.av(b.get()));
    }

    @GetMapping("/foreldelse")
    ResponseEntity<?> foreldelse(@RequestParam(required = false) String innenDager, @AuthenticationPrincipal Jwt jwt,
                                 HttpServletRequest req) {
        int dager = STANDARD_HORISONT_DAGER;
        if (innenDager != null) {
            try {
                dager = Integer.parseInt(innenDager.strip());
            } catch (NumberFormatException e) {
                dager = -1;
            }
            if (dager < 0 || dager > LENGSTE_HORISONT_DAGER)
                return problem(400, "ugyldig-horisont", "Ugyldig innenDager",
                        "innenDager må være et helt antall dager fra 0 til " + LENGSTE_HORISONT_DAGER, req);
        }
        List<Foreldelsesvarsel> liste = bilde.foreldelseInnen(dager).stream()
                .map(v -> new Foreldelsesvarsel(v.kravidentifikator(), v.skyldner(), v.linjetype(), v.foreldelsesdato())).toList();
        log.info("Limitation watch list ({} days) read by {} ({} lines, debtor ids included)", dager, Innringer.iLogg(jwt), liste.size());
        return ResponseEntity.ok(liste);
    }


    private static ResponseEntity<Problem> problem(int status, String type, String title, String detail, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, title, status, detail, req.getRequestURI()));
    }
}

package no.innkreving.letters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import no.innkreving.letters.Brevutsending;
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
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers: a letter as it was sent to the debtor, by its document id. Every read is logged with who read it. */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1")
class DokumentController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Brevutsending brev;

    DokumentController(Brevutsending brev) {
        this.brev = brev;
    }

    @GetMapping("/dokumenter/{dokumentId}")
    ResponseEntity<?> dokument(@PathVariable String dokumentId, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        UUID id;
        try {
            // UUID.fromString accepts short forms like "1-2-3-4-5"; only the canonical 36-character form is an id of ours
            if (dokumentId.length() != 36) throw new IllegalArgumentException();
            id = UUID.fromString(dokumentId);
        } catch (IllegalArgumentException e) {
            return problem(400, "ugyldig-dokumentid", "Ugyldig dokument-id", "Dokument-id-en må være en UUID", req);
        }
        return brev.dokument(id).<ResponseEntity<?>>map(d -> {
            log.info("Document {} read by {}", id, Innringer.iLogg(jwt));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediatype()))
                    .header("Content-Disposition", "inline; filename=\"" + id + (d.mediatype().endsWith("pdf") ? ".pdf" : ".xml") + "\"")
                    .body(d.innhold());
        }).orElseGet(() -> problem(404, "ukjent-dokument", "Ukjent dokument", "Ingen dokument med denne id-en", req));
    }


    private static ResponseEntity<Problem> problem(int status, String type, String title, String detail, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, title, status, detail, req.getRequestURI()));
    }
}

package no.innkreving.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Feil;
import no.innkreving.platform.web.Foresporselsgrense;
import no.innkreving.platform.web.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the creditor API as RFC 7807 problems, all five fields always present. */
@RestControllerAdvice(assignableTypes = InnkrevingsoppdragController.class)
class IntakeProblemer {
    private static final Logger log = LoggerFactory.getLogger(IntakeProblemer.class);
    private final long maksBytes;

    IntakeProblemer(@Value("${innkreving.http.maks-body-bytes:1048576}") long maksBytes) {
        this.maksBytes = maksBytes;
    }

    @ExceptionHandler(AvvisningException.class)
    ResponseEntity<Problem> avvist(AvvisningException e, HttpServletRequest req) {
        Feil f = e.avvisning().feil();
        log.info("Avvist {} {}: {} ({})", req.getMethod(), req.getRequestURI(), f.suffix(), e.avvisning().detalj());
        return ResponseEntity.status(f.status()).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(f.type(), f.tittel(), f.status(), e.avvisning().detalj(), req.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> uleselig(HttpMessageNotReadableException e, HttpServletRequest req) {
        if (Foresporselsgrense.erForStor(e)) {
            return ResponseEntity.status(413).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                    .header("Connection", "close").body(Foresporselsgrense.forStorProblem(maksBytes, req.getRequestURI()));
        }
        return avvist(new AvvisningException(Feil.UGYLDIG_FORESPOERSEL.med("Forespørselen kunne ikke leses")), req);
    }
}

package no.innkreving.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Whatever no module answers itself (unknown path, wrong method, a fault of ours) still gets a problem answer. A
 * fault is logged with its stack trace and answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PlatformProblemer {
    private static final Logger log = LoggerFactory.getLogger(PlatformProblemer.class);
    private final java.util.List<Feilformat> formater;

    PlatformProblemer(java.util.List<Feilformat> formater) {
        this.formater = formater;
    }

    private ResponseEntity<?> spring(ErrorResponse er, HttpServletRequest req) {
        int status = er.getStatusCode().value();
        HttpStatus hs = HttpStatus.resolve(status);
        String tittel = switch (status) {
            case 404 -> "Finnes ikke";
            case 405 -> "Metoden er ikke tillatt";
            case 406 -> "Kan ikke svare i ønsket format";
            case 413 -> "Forespørselen er for stor";
            case 415 -> "Formatet støttes ikke";
            default -> hs == null ? "Feil" : hs.getReasonPhrase();
        };
        // our own words: Spring's details name internals (static resources, handler methods)
        String detalj = switch (status) {
            case 404 -> "Ingen tjeneste på denne adressen";
            case 405 -> "Metoden " + req.getMethod() + " er ikke tillatt her";
            default -> er.getBody().getDetail() == null ? tittel : er.getBody().getDetail();
        };
        return svar(status, "http-" + status, tittel, detalj, req);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> feil(Exception e, HttpServletRequest req) {
        if (Foresporselsgrense.erForStor(e)) {
            return svar(413, "forespoerselen-er-for-stor", "Forespørselen er for stor", "Innholdet er større enn grensen. Ingenting ble lagret.", req);
        }
        // bad input the client can fix: a parameter of the wrong type, a body that is not readable JSON
        if (e instanceof TypeMismatchException tm) {
            String navn = tm instanceof MethodArgumentTypeMismatchException m ? m.getName() : tm.getPropertyName();
            return svar(400, "ugyldig-parameter", "Ugyldig parameter", "Parameteren " + (navn == null ? "" : navn + " ")
                    + "har feil format" + (tm.getRequiredType() == null ? "" : " (forventet " + typenavn(tm.getRequiredType()) + ")"), req);
        }
        if (e instanceof HttpMessageNotReadableException) {
            return svar(400, "ugyldig-forespoersel", "Ugyldig forespørsel", "Innholdet kunne ikke leses (ugyldig JSON eller feil type)", req);
        }
        if (e instanceof ErrorResponse er) return spring(er, req);
        if (klientenGikk(e)) {
            // the caller hung up mid-request (an upload broken off): theirs to send again, not a fault of ours
            log.warn("{} {}: the client broke off the request ({})", req.getMethod(), req.getRequestURI(), e.toString());
            return svar(400, "avbrutt-forespoersel", "Forespørselen ble avbrutt", "Forbindelsen ble brutt før innholdet var mottatt. Ingenting ble lagret.", req);
        }
        log.error("Uventet feil ved {} {}", req.getMethod(), req.getRequestURI(), e);
        return svar(500, "intern-feil", "Intern feil", "En uventet feil oppstod. Ingenting ble lagret av denne forespørselen.", req);
    }

    /** Whether the connection broke while the request was read or answered (Tomcat's ClientAbortException and kin). */
    static boolean klientenGikk(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String navn = t.getClass().getSimpleName();
            if (navn.equals("ClientAbortException") || navn.equals("AsyncRequestNotUsableException"))
                return true;
        }
        return false;
    }

    private static String typenavn(Class<?> t) {
        if (t == int.class || t == long.class || t == Integer.class || t == Long.class) return "et heltall";
        if (t == java.util.UUID.class) return "en UUID";
        if (t == java.time.LocalDate.class) return "en dato ÅÅÅÅ-MM-DD";
        return t.getSimpleName();
    }

    /** In the path's own error shape if its API has one, else problem+json. */
    ResponseEntity<?> svar(int status, String type, String tittel, String detalj, HttpServletRequest req) {
        // a web page's address (an unknown page under /skyldner/, a wrong method): a page, not JSON
        if (HtmlFeilside.erSide(req)) {
            return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                    .body(HtmlFeilside.side(status, tittel, status == 404 ? "Vi fant ikke siden du ba om." : detalj));
        }
        for (Feilformat f : formater) {
            if (f.gjelder(req)) {
                Feilformat.Feilsvar s = f.svar(status, detalj, req);
                return ResponseEntity.status(s.status()).contentType(MediaType.parseMediaType(s.contentType())).body(s.body());
            }
        }
        return problem(status, type, tittel, detalj, req);
    }

    static ResponseEntity<Problem> problem(int status, String type, String tittel, String detalj, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI()));
    }
}

package no.innkreving.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}), reached when a request is refused before any controller runs: the
 * security firewall ({@code //}, {@code ;jsessionid=…}, encoded dots), a method Tomcat will not serve (TRACE, an
 * unknown method), a filter's {@code sendError}. Answers in the path's own error shape like every other refusal,
 * instead of Spring Boot's default {timestamp, error, path}. Replaces Boot's BasicErrorController.
 */
@RestController
class Feilside implements ErrorController {
    private final PlatformProblemer problemer;

    Feilside(PlatformProblemer problemer) {
        this.problemer = problemer;
    }

    @RequestMapping("/error")
    ResponseEntity<?> feil(HttpServletRequest req) {
        Object s = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = s instanceof Integer i && i >= 400 ? i : 500;
        // a fault of ours stays a 500; anything else the container refused is the client's
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpServletRequest opprinnelig = new HttpServletRequestWrapper(req) {
            @Override
            public String getRequestURI() {
                return uri instanceof String u ? u : super.getRequestURI();
            }
        };
        String tittel = switch (status) {
            case 400 -> "Ugyldig forespørsel";
            case 401 -> "Ikke autentisert";
            case 403 -> "Ingen tilgang";
            case 404 -> "Finnes ikke";
            case 405 -> "Metoden er ikke tillatt";
            case 413 -> "Forespørselen er for stor";
            case 500 -> "Intern feil";
            default -> "Feil";
        };
        String detalj = switch (status) {
            case 400 -> "Forespørselen ble avvist før den ble behandlet (ugyldig adresse, metode eller topptekst)";
            case 404 -> "Ingen tjeneste på denne adressen";
            case 405 -> "Metoden er ikke tillatt her";
            case 500 -> "En uventet feil oppstod. Ingenting ble lagret av denne forespørselen.";
            default -> tittel;
        };
        if (HtmlFeilside.erSide(opprinnelig)) {
            return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.TEXT_HTML)
                    .body(HtmlFeilside.side(status, tittel, status == 404 ? "Vi fant ikke siden du ba om." : detalj));
        }
        return problemer.svar(status, status == 500 ? "intern-feil" : "http-" + status, tittel, detalj, opprinnelig);
    }
}

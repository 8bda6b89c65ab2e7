package no.innkreving.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Refusals and faults of the web pages ({@link Nettside} controllers) as Norwegian pages (template {@code feil}). */
@ControllerAdvice(annotations = Nettside.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Sidefeil {
    private static final Logger log = LoggerFactory.getLogger(Sidefeil.class);
    private final no.innkreving.platform.innlogging.Innlogging innlogging;

    Sidefeil(no.innkreving.platform.innlogging.Innlogging innlogging) {
        this.innlogging = innlogging;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView feil(Exception e, HttpServletRequest req, HttpServletResponse res) {
        ModelAndView m = side(req, e, res);
        // the layout's header (who is logged in) and, after a refused form, the way back to it
        m.addObject("innlogget", innlogging.innlogget().orElse(null));
        m.addObject("skyldnerkontekst", innlogging.skyldner(req).orElse(null));
        if ("POST".equals(req.getMethod())) m.addObject("tilbake", req.getRequestURI());
        return m;
    }

    private ModelAndView side(HttpServletRequest req, Exception e, HttpServletResponse res) {
        if (e instanceof SideFinnesIkke) return side(res, 404, "Finnes ikke", "Vi fant ikke det du ba om.");
        if (e instanceof AccessDeniedException) return side(res, 403, "Ingen tilgang", "Du har ikke tilgang til denne siden.");
        if (e instanceof Skjemafeil s) return side(res, s.status(), s.tittel(), s.getMessage());
        if (Foresporselsgrense.erForStor(e) || e instanceof MaxUploadSizeExceededException)
            return side(res, 413, "Filene er for store", "Det du sendte er for stort. Hvert vedlegg kan være på høyst 10 MB. Ingenting ble lagret.");
        if (e instanceof MultipartException)
            return side(res, 400, "Skjemaet kunne ikke leses", "Skjemaet eller vedleggene kom ikke fram i lesbar form. Ingenting ble lagret. Prøv igjen.");
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().value() < 500)
            return side(res, er.getStatusCode().value(), "Ugyldig forespørsel", "Forespørselen kunne ikke behandles.");
        if (e instanceof org.springframework.beans.TypeMismatchException)
            return side(res, 404, "Finnes ikke", "Vi fant ikke det du ba om.");
        log.error("Uventet feil på siden {} {}", req.getMethod(), req.getRequestURI(), e);
        return side(res, 500, "Noe gikk galt", "En uventet feil oppstod. Ingenting ble lagret. Prøv igjen senere.");
    }

    private static ModelAndView side(HttpServletResponse res, int status, String tittel, String melding) {
        ModelAndView m = new ModelAndView("feil");
        m.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        m.addObject("status", status);
        m.addObject("tittel", tittel);
        m.addObject("melding", melding);
        res.setStatus(status);
        return m;
    }
}

package no.innkreving.platform.innlogging;

import jakarta.servlet.http.HttpServletRequest;
import no.innkreving.platform.web.Nettside;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is logged in and whom they act for ({@code innlogget}, {@code skyldnerkontekst}). */
@ControllerAdvice(annotations = Nettside.class)
class InnloggetModell {
    private final Innlogging innlogging;

    InnloggetModell(Innlogging innlogging) {
        this.innlogging = innlogging;
    }

    @ModelAttribute("innlogget")
    Innlogget innlogget() {
        return innlogging.innlogget().orElse(null);
    }

    @ModelAttribute("skyldnerkontekst")
    Skyldnerkontekst skyldnerkontekst(HttpServletRequest req) {
        return innlogging.skyldner(req).orElse(null);
    }
}

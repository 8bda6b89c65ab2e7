package no.innkreving.portal.web;

import no.innkreving.platform.innlogging.Innlogget;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.web.Nettside;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The caseworker desk's start page: who is logged in, with which roles, and the queues those roles open. */
@Controller
@Nettside
class SaksbehandlerController {

    @GetMapping({"/saksbehandler", "/saksbehandler/"})
    String start(Innlogget.Saksbehandler saksbehandler, Model model) {
        model.addAttribute("saksbehandler", saksbehandler);
        model.addAttribute("alleRoller", Saksbehandlerrolle.values());
        return "saksbehandler/start";
    }
}

package no.innkreving.portal.web;

import java.time.LocalDate;
import no.innkreving.platform.innlogging.Innlogget;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.web.Nettside;
import no.innkreving.tasks.Oppgaver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The caseworker desk's start page: who is logged in, with which roles, and the open tasks those roles may see
 * (complaints, applications, …), earliest deadline first. Deciding them is module desk's (its queues at /saksbehandler/koer).
 */
@Controller
@Nettside
class SaksbehandlerController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Oppgaver oppgaver;
    private final java.time.Clock clock;

    SaksbehandlerController(Oppgaver oppgaver, java.time.Clock clock) {
        this.oppgaver = oppgaver;
        this.clock = clock;
    }

    @GetMapping({"/saksbehandler", "/saksbehandler/"})
    String start(Innlogget.Saksbehandler saksbehandler, Model model) {
        var liste = oppgaver.aapne(saksbehandler.roller().stream().map(Saksbehandlerrolle::name).toList());
        log.info("Task queue ({} tasks, debtor ids included) read by {}", liste.size(), saksbehandler.loggnavn());
        model.addAttribute("saksbehandler", saksbehandler);
        model.addAttribute("alleRoller", Saksbehandlerrolle.values());
        model.addAttribute("oppgaver", liste);
        java.util.Map<java.util.UUID, String> lenker = new java.util.HashMap<>();
        for (var o : liste) {
            String l = SaksbehandlerSakController.lenke(o.referanse());
            if (l != null) lenker.put(o.oppgaveId(), l);
        }
        model.addAttribute("lenker", lenker);
        model.addAttribute("idag", LocalDate.now(clock));
        return "saksbehandler/start";
    }
}

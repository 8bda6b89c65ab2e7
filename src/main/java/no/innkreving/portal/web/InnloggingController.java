package no.innkreving.portal.web;

import java.util.ArrayList;
import java.util.List;
import no.innkreving.platform.innlogging.Innlogging;
import no.innkreving.platform.web.Nettside;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: ID-porten (OpenID Connect) where configured, the demo picker in the demo profile. */
@Controller
@Nettside
class InnloggingController {
    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final Environment env;
    private final Innlogging innlogging;

    InnloggingController(ObjectProvider<ClientRegistrationRepository> oidc, Environment env, Innlogging innlogging) {
        this.oidc = oidc;
        this.env = env;
        this.innlogging = innlogging;
    }

    record Innloggingsvalg(String navn, String url) {
    }

    @GetMapping("/")
    String start() {
        return innlogging.saksbehandler().isPresent() ? "redirect:/saksbehandler/" : "redirect:/skyldner/oversikt";
    }

    @GetMapping("/logg-inn")
    String loggInn(Model model) {
        List<Innloggingsvalg> valg = new ArrayList<>();
        if (oidc.getIfAvailable() instanceof InMemoryClientRegistrationRepository r) {
            for (ClientRegistration c : r) valg.add(new Innloggingsvalg(c.getClientName(), "/oauth2/authorization/" + c.getRegistrationId()));
        }
        model.addAttribute("valg", valg);
        model.addAttribute("demo", env.acceptsProfiles(Profiles.of("demo")));
        return "logg-inn";
    }
}

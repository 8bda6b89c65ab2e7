package no.innkreving.portal.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Register;
import no.innkreving.parties.Representasjoner;
import no.innkreving.platform.innlogging.Innlogget;
import no.innkreving.platform.innlogging.Innlogging;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.Skjemafeil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demo profile only: log in without ID-porten. {@code /demo/logg-inn} lists synthetic people to pick (marked as a
 * demo); {@code ?pid=<fødselsnummer>} logs that person in and goes to the overview (with {@code &orgnr=} acting for
 * an organisation the register lets them represent); {@code ?saksbehandler=<ident>}
 * (with {@code rolle=KLAGE,BETALINGSAVTALE,…}, all roles when none is given) logs a caseworker in and goes to the desk.
 */
@Controller
@Nettside
@Profile("demo")
class DemoInnloggingController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Innlogging innlogging;
    private final Register register;
    private final Representasjoner representasjoner;
    /** The demo's fixed person (docs/demo-data.md), daglig leder of Fjordlys Bygg AS: first in the list. */
    static final String OLA_NORMANN = "01838012317";

    DemoInnloggingController(Innlogging innlogging, Register register, Representasjoner representasjoner) {
        this.innlogging = innlogging;
        this.register = register;
        this.representasjoner = representasjoner;
    }

    record Demoperson(String foedselsnummer, String navn, List<Representasjoner.Representert> representerer) {
    }

    @GetMapping("/demo/logg-inn")
    String loggInn(@RequestParam(required = false) String pid, @RequestParam(required = false) String saksbehandler,
                   @RequestParam(required = false) String orgnr,
                   @RequestParam(required = false) List<String> rolle, Model model, HttpServletRequest req, HttpServletResponse res) {
        if (pid != null) {
            String fnr = pid.strip();
            if (!Foedselsnummer.erGyldig(fnr))
                throw new Skjemafeil(400, "Ugyldig fødselsnummer", "Fødselsnummeret må være 11 siffer med gyldige kontrollsifre.");
            Register.PersonOppslag p = register.personer(List.of(fnr)).get(fnr);
            if (p == null || p.status() != Register.PersonStatus.BOSATT)
                throw new Skjemafeil(404, "Ukjent person", "Demo: personen finnes ikke som bosatt i det lokale folkeregisteret.");
            // straight to acting for an organisation, as "Bytt hvem du handler for" would: only one the register allows
            Representasjoner.Representert org = null;
            if (orgnr != null && !orgnr.isBlank()) {
                org = representasjoner.forPerson(fnr).stream().filter(r -> r.organisasjonsnummer().equals(orgnr.strip())).findFirst()
                        .orElseThrow(() -> new Skjemafeil(403, "Ingen rolle i organisasjonen",
                                "Demo: Enhetsregisteret gir ikke personen en rolle som kan representere organisasjonen " + orgnr.strip() + "."));
            }
            innlogging.loggInn(new Innlogget.Innbygger(fnr, p.navn()), req, res);
            if (org != null) innlogging.representer(req.getSession(), org.organisasjonsnummer(), org.navn());
            log.info("Demo login: person {}{}", fnr.substring(0, 6) + "*****", org == null ? "" : " for " + org.organisasjonsnummer());
            return "redirect:/skyldner/oversikt";
        }
        if (saksbehandler != null) {
            String ident = saksbehandler.strip();
            if (!ident.matches("[A-Za-z0-9]{1,20}"))
                throw new Skjemafeil(400, "Ugyldig ident", "Saksbehandlerens ident er 1–20 bokstaver og siffer, for eksempel Z990001.");
            Set<Saksbehandlerrolle> roller = EnumSet.noneOf(Saksbehandlerrolle.class);
            if (rolle == null || rolle.isEmpty()) roller.addAll(EnumSet.allOf(Saksbehandlerrolle.class));
            else for (String r : rolle) for (String del : r.split(",")) {
                if (del.isBlank()) continue;
                try {
                    roller.add(Saksbehandlerrolle.valueOf(del.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new Skjemafeil(400, "Ukjent rolle", "Ukjent rolle: " + del.strip() + ". Velg blant " + List.of(Saksbehandlerrolle.values()) + ".");
                }
            }
            innlogging.loggInn(new Innlogget.Saksbehandler(ident, roller), req, res);
            log.info("Demo login: caseworker {} with roles {}", ident, roller);
            return "redirect:/saksbehandler/";
        }
        List<String> fnr = new ArrayList<>();
        fnr.add(OLA_NORMANN);
        register.noenBosatte(6).stream().map(Register.PersonOppslag::foedselsnummer).filter(f -> !f.equals(OLA_NORMANN)).limit(5).forEach(fnr::add);
        Map<String, Register.PersonOppslag> personer = register.personer(fnr);
        List<Demoperson> liste = fnr.stream().filter(personer::containsKey)
                .map(f -> new Demoperson(f, personer.get(f).navn(), representasjoner.forPerson(f))).toList();
        model.addAttribute("personer", liste);
        model.addAttribute("roller", Saksbehandlerrolle.values());
        return "demo/logg-inn";
    }
}

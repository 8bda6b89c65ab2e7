package no.innkreving.betalingsavtale.web;

import java.util.Optional;
import java.util.UUID;
import no.innkreving.betalingsavtale.Avgjoerelse;
import no.innkreving.betalingsavtale.Betalingsavtaler;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.Saksbilde;
import no.innkreving.betalingsavtale.Soeknadsfeil;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.innlogging.Innlogget;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.SideFinnesIkke;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseworker desk for plans and postponements (role BETALINGSAVTALE): the queue with deadlines, a case with the
 * debtor's claims and history, and the decision (approve or refuse, with the reason; who and when are recorded and the
 * letter is sent). Every read of a debtor's data is logged with who read it.
 */
@Controller
@Nettside
class BetalingssakSider {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Betalingsavtaler avtaler;
    private final Brevutsending brev;

    BetalingssakSider(Betalingsavtaler avtaler, Brevutsending brev) {
        this.avtaler = avtaler;
        this.brev = brev;
    }

    @GetMapping("/saksbehandler/betalingssaker")
    String koe(Innlogget.Saksbehandler sb, Model model) {
        kreverRolle(sb);
        var koe = avtaler.tilBehandling();
        log.info("Plan and postponement queue read by {} ({} cases)", sb.loggnavn(), koe.size());
        model.addAttribute("koe", koe);
        model.addAttribute("idag", avtaler.idag());
        return "saksbehandler/betalingssaker";
    }

    @GetMapping("/saksbehandler/betalingssaker/{id}")
    String sak(@PathVariable String id, Innlogget.Saksbehandler sb, Model model) {
        kreverRolle(sb);
        return vis(uuid(id), sb, model, null, null);
    }

    @PostMapping("/saksbehandler/betalingssaker/{id}/vedtak")
    String vedtak(@PathVariable String id, @RequestParam(required = false) String utfall,
                  @RequestParam(required = false) String begrunnelse, Innlogget.Saksbehandler sb, Model model,
                  RedirectAttributes etterpaa, jakarta.servlet.http.HttpServletResponse res) {
        kreverRolle(sb);
        UUID sakId = uuid(id);
        if (!"GODKJENT".equals(utfall) && !"AVSLAATT".equals(utfall)) {
            res.setStatus(422);
            return vis(sakId, sb, model, "utfall", "Velg om søknaden skal godkjennes eller avslås.");
        }
        Optional<Avgjoerelse> a;
        try {
            a = avtaler.avgjoer(sakId, "GODKJENT".equals(utfall), sb.ident(), begrunnelse);
        } catch (Soeknadsfeil f) {
            res.setStatus(422);
            return vis(sakId, sb, model, f.felt(), f.getMessage());
        }
        Avgjoerelse avgjort = a.orElseThrow(SideFinnesIkke::new);
        log.info("Payment case {} decided {} by {} (debtor {})", sakId, utfall, sb.loggnavn(), Skyldner.maskert(avgjort.sak().skyldner()));
        etterpaa.addFlashAttribute("kvittering", avgjort.avgjort()
                ? "Vedtaket er registrert og brevet er sendt til skyldneren."
                : "Saken var allerede avgjort; ingenting ble endret.");
        return "redirect:/saksbehandler/betalingssaker/" + sakId;
    }

    /** A letter of the case, as sent: only one the case's history names. */
    @GetMapping("/saksbehandler/betalingssaker/{id}/dokument/{dokumentId}")
    ResponseEntity<byte[]> dokument(@PathVariable String id, @PathVariable String dokumentId, Innlogget.Saksbehandler sb) {
        kreverRolle(sb);
        Betalingssak sak = avtaler.sak(uuid(id)).orElseThrow(SideFinnesIkke::new);
        UUID dok = uuid(dokumentId);
        if (sak.hendelser().stream().noneMatch(h -> dok.equals(h.dokumentId()))) throw new SideFinnesIkke();
        var d = brev.dokument(dok).orElseThrow(SideFinnesIkke::new);
        log.info("Document {} of payment case {} read by {} (debtor {})", dok, sak.id(), sb.loggnavn(), Skyldner.maskert(sak.skyldner()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediatype()))
                .header("Content-Disposition", "inline; filename=\"brev-" + dok + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").body(d.innhold());
    }

    private String vis(UUID sakId, Innlogget.Saksbehandler sb, Model model, String feltMedFeil, String feil) {
        Saksbilde bilde = avtaler.saksbilde(sakId).orElseThrow(SideFinnesIkke::new);
        log.info("Payment case {} with the debtor's claims read by {} (debtor {})", sakId, sb.loggnavn(),
                Skyldner.maskert(bilde.sak().skyldner()));
        model.addAttribute("bilde", bilde);
        model.addAttribute("sak", bilde.sak());
        model.addAttribute("sidetittel", "Sak " + bilde.sak().saksnummer());
        model.addAttribute("feltMedFeil", feltMedFeil);
        model.addAttribute("feil", feil);
        return "saksbehandler/betalingssak";
    }

    /** Only caseworkers with the plan role see and decide these cases (403 page otherwise). */
    private static void kreverRolle(Innlogget.Saksbehandler sb) {
        if (!sb.har(Saksbehandlerrolle.BETALINGSAVTALE)) throw new AccessDeniedException("role BETALINGSAVTALE needed");
    }

    private static UUID uuid(String s) {
        if (s == null || s.length() != 36) throw new SideFinnesIkke();
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new SideFinnesIkke();
        }
    }
}

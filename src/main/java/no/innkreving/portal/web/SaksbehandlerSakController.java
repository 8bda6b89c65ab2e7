package no.innkreving.portal.web;

import java.util.UUID;
import no.innkreving.kravogbetalinger.Kravoversikt;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.innlogging.Innlogget;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.SideFinnesIkke;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Soeknader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The caseworker's read-only case page of a complaint (role KLAGE) or an application (role ETTERGIVELSE): what was
 * sent, the documents, and the debtor's claims. Every read is logged with who read whose case. Deciding is not built.
 */
@Controller
@Nettside
class SaksbehandlerSakController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Klager klager;
    private final Soeknader soeknader;
    private final Kravoversikt kravoversikt;

    SaksbehandlerSakController(Klager klager, Soeknader soeknader, Kravoversikt kravoversikt) {
        this.klager = klager;
        this.soeknader = soeknader;
        this.kravoversikt = kravoversikt;
    }

    private static void krev(Innlogget.Saksbehandler sb, Saksbehandlerrolle rolle) {
        if (!sb.har(rolle)) throw new AccessDeniedException("role " + rolle + " needed");
    }

    @GetMapping("/saksbehandler/klage/{id}")
    String klage(@PathVariable String id, Innlogget.Saksbehandler sb, Model model) {
        krev(sb, Saksbehandlerrolle.KLAGE);
        Klager.Saksklage k = klager.forSaksbehandler(OversiktController.uuid(id)).orElseThrow(SideFinnesIkke::new);
        log.info("Complaint {} of {} read by {}", k.klage().klageId(), Skyldner.maskert(k.skyldner()), sb.loggnavn());
        model.addAttribute("sak", k);
        model.addAttribute("krav", kravoversikt.aapneKrav(k.skyldner()));
        return "saksbehandler/klage";
    }

    @GetMapping("/saksbehandler/klage/{id}/vedlegg/{vedleggId}")
    ResponseEntity<byte[]> klagevedlegg(@PathVariable String id, @PathVariable String vedleggId, Innlogget.Saksbehandler sb) {
        krev(sb, Saksbehandlerrolle.KLAGE);
        Klager.Vedleggsfil v = klager.vedleggForSaksbehandler(OversiktController.uuid(id), OversiktController.uuid(vedleggId))
                .orElseThrow(SideFinnesIkke::new);
        log.info("Attachment {} of complaint {} read by {}", vedleggId, id, sb.loggnavn());
        return fil(v);
    }

    @GetMapping("/saksbehandler/soknad/{id}")
    String soeknad(@PathVariable String id, Innlogget.Saksbehandler sb, Model model) {
        krev(sb, Saksbehandlerrolle.ETTERGIVELSE);
        Soeknader.Sakssoeknad s = soeknader.forSaksbehandler(OversiktController.uuid(id)).orElseThrow(SideFinnesIkke::new);
        log.info("Application {} of {} read by {}", s.soeknad().soeknadId(), Skyldner.maskert(s.skyldner()), sb.loggnavn());
        model.addAttribute("sak", s);
        model.addAttribute("krav", kravoversikt.aapneKrav(s.skyldner()));
        return "saksbehandler/soknad";
    }

    @GetMapping("/saksbehandler/soknad/{id}/vedlegg/{vedleggId}")
    ResponseEntity<byte[]> soeknadsvedlegg(@PathVariable String id, @PathVariable String vedleggId, Innlogget.Saksbehandler sb) {
        krev(sb, Saksbehandlerrolle.ETTERGIVELSE);
        Klager.Vedleggsfil v = soeknader.vedleggForSaksbehandler(OversiktController.uuid(id), OversiktController.uuid(vedleggId))
                .orElseThrow(SideFinnesIkke::new);
        log.info("Attachment {} of application {} read by {}", vedleggId, id, sb.loggnavn());
        return fil(v);
    }

    private static ResponseEntity<byte[]> fil(Klager.Vedleggsfil v) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(v.mediatype()))
                .header("Content-Disposition", "attachment; filename=\"" + v.filnavn().replaceAll("[^\\w.\\- ]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff").body(v.innhold());
    }

    /** The task list's link to a case, from the task's reference ({@code klage:<id>}, {@code soeknad:<id>}). */
    static String lenke(String referanse) {
        if (referanse.startsWith("klage:")) return "/saksbehandler/klage/" + referanse.substring(6);
        if (referanse.startsWith("soeknad:")) return "/saksbehandler/soknad/" + referanse.substring(8);
        return null;
    }
}

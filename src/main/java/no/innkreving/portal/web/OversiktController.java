package no.innkreving.portal.web;

import java.util.UUID;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Representasjoner;
import no.innkreving.platform.innlogging.Innlogging;
import no.innkreving.platform.innlogging.Skyldnerkontekst;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.SideFinnesIkke;
import no.innkreving.portal.skyldner.Skyldneroversikt;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The debtor's overview, their letters as downloads, and the choice of whom to act for (oneself or an organisation
 * the business register lets one represent). Every read of a debtor's data is logged with who read it.
 */
@Controller
@Nettside
class OversiktController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Skyldneroversikt oversikt;
    private final Brevutsending brev;
    private final Representasjoner representasjoner;
    private final Innlogging innlogging;

    OversiktController(Skyldneroversikt oversikt, Brevutsending brev, Representasjoner representasjoner, Innlogging innlogging) {
        this.oversikt = oversikt;
        this.brev = brev;
        this.representasjoner = representasjoner;
        this.innlogging = innlogging;
    }

    @GetMapping({"/skyldner", "/skyldner/"})
    String start() {
        return "redirect:/skyldner/oversikt";
    }

    @GetMapping("/skyldner/oversikt")
    String oversikt(Skyldnerkontekst skyldner, Model model) {
        log.info("Debtor overview of {} read by {}", no.innkreving.parties.Skyldner.maskert(skyldner.partIdentifikator()),
                skyldner.innlogget().loggnavn());
        model.addAttribute("bilde", oversikt.forPart(skyldner.partIdentifikator()));
        model.addAttribute("kanRepresentere", !representasjoner.forPerson(skyldner.innlogget().foedselsnummer()).isEmpty());
        return "skyldner/oversikt";
    }

    /** One claim of the party acted for, in full; any other id (another debtor's, unknown, malformed) is 404. */
    @GetMapping("/skyldner/krav/{kravId}")
    String krav(@PathVariable String kravId, Skyldnerkontekst skyldner, Model model) {
        UUID id = uuid(kravId);
        var bilde = oversikt.forPart(skyldner.partIdentifikator());
        var krav = bilde.krav().stream().filter(k -> k.kravId().equals(id)).findFirst().orElseThrow(SideFinnesIkke::new);
        log.info("Claim {} read by {} for {}", id, skyldner.innlogget().loggnavn(), no.innkreving.parties.Skyldner.maskert(skyldner.partIdentifikator()));
        model.addAttribute("k", krav);
        model.addAttribute("bilde", bilde);
        return "skyldner/krav";
    }

    /** A letter as sent, only if it was sent to the party acted for; anything else (unknown, another's, no UUID) is 404. */
    @GetMapping("/skyldner/dokument/{dokumentId}")
    ResponseEntity<byte[]> dokument(@PathVariable String dokumentId, Skyldnerkontekst skyldner) {
        UUID id = uuid(dokumentId);
        Brevutsending.Dokument d = brev.dokument(id, skyldner.partIdentifikator()).orElseThrow(SideFinnesIkke::new);
        log.info("Document {} read by {} for {}", id, skyldner.innlogget().loggnavn(), no.innkreving.parties.Skyldner.maskert(skyldner.partIdentifikator()));
        boolean pdf = d.mediatype().endsWith("pdf");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediatype()))
                .header("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"brev-" + id + (pdf ? ".pdf" : ".xml") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(d.innhold());
    }

    @GetMapping("/skyldner/velg-part")
    String velgPart(Skyldnerkontekst skyldner, Model model) {
        model.addAttribute("organisasjoner", representasjoner.forPerson(skyldner.innlogget().foedselsnummer()));
        return "skyldner/velg-part";
    }

    @PostMapping("/skyldner/velg-part")
    String velgPart(@RequestParam(required = false) String part, Skyldnerkontekst skyldner, HttpSession session) {
        String fnr = skyldner.innlogget().foedselsnummer();
        if (part == null || part.isBlank() || part.equals(fnr)) {
            innlogging.representerSegSelv(session);
            return "redirect:/skyldner/oversikt";
        }
        var org = representasjoner.forPerson(fnr).stream().filter(r -> r.organisasjonsnummer().equals(part)).findFirst()
                .orElseThrow(SideFinnesIkke::new);
        innlogging.representer(session, org.organisasjonsnummer(), org.navn());
        log.info("{} acts for organisation {} (role {})", skyldner.innlogget().loggnavn(), org.organisasjonsnummer(), org.rolle());
        return "redirect:/skyldner/oversikt";
    }

    /** Only the canonical 36-character form is an id of ours; anything else is simply not found. */
    static UUID uuid(String s) {
        if (s == null || s.length() != 36) throw new SideFinnesIkke();
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new SideFinnesIkke();
        }
    }
}

package no.innkreving.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innkreving.letters.Brevutsending;
import no.innkreving.letters.Kanal;
import no.innkreving.parties.Kontaktvalg;
import no.innkreving.parties.Register;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.innlogging.Skyldnerkontekst;
import no.innkreving.platform.web.Nettside;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Contact details and the letter channel: the registers' name and address shown as they are, the debtor's own phone,
 * e-mail, postal address for letters and choice of digital or paper letters (persons; businesses are digital).
 */
@Controller
@Nettside
class KontaktController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Kontaktvalg kontaktvalg;
    private final Register register;
    private final Brevutsending brev;

    KontaktController(Kontaktvalg kontaktvalg, Register register, Brevutsending brev) {
        this.kontaktvalg = kontaktvalg;
        this.register = register;
        this.brev = brev;
    }

    record Skjema(String telefon, String epost, String adresse, String postnummer, String poststed, String brevkanal) {
    }

    @GetMapping("/skyldner/kontakt")
    String kontakt(Skyldnerkontekst skyldner, Model model) {
        Kontaktvalg.Valg v = kontaktvalg.hent(skyldner.partIdentifikator()).orElse(Kontaktvalg.Valg.INGEN);
        model.addAttribute("skjema", new Skjema(nn(v.telefon()), nn(v.epost()), nn(v.adresse()), nn(v.postnummer()), nn(v.poststed()),
                v.brevkanal() == null ? "" : v.brevkanal().name()));
        model.addAttribute("feil", Map.of());
        log.info("Contact details of {} read by {}", Skyldner.maskert(skyldner.partIdentifikator()), skyldner.innlogget().loggnavn());
        return side(skyldner, model);
    }

    private String side(Skyldnerkontekst skyldner, Model model) {
        Skyldner s = Skyldner.av(skyldner.partIdentifikator());
        // the address letters go to: the register's, or the one the debtor gave
        Register.Kontaktinfo k = register.kontaktinfo(List.of(s.identifikator())).get(s.identifikator());
        model.addAttribute("register", k);
        model.addAttribute("person", s instanceof Skyldner.Person);
        Brevutsending.Kanaler kanaler = brev.kanaler(s);
        model.addAttribute("kanalFaktura", kanaltekst(kanaler.faktura()));
        model.addAttribute("kanalBrev", kanaltekst(kanaler.brev()));
        return "skyldner/kontakt";
    }

    static String kanaltekst(Kanal k) {
        return switch (k) {
            case EFAKTURA -> "eFaktura i nettbanken";
            case ALTINN -> "digitalt i Altinn";
            case POST -> "papirbrev i posten";
            case EHF -> "EHF (elektronisk faktura til regnskapssystemet)";
        };
    }

    @PostMapping("/skyldner/kontakt")
    String lagre(@RequestParam(required = false) String telefon, @RequestParam(required = false) String epost,
                 @RequestParam(required = false) String adresse, @RequestParam(required = false) String postnummer,
                 @RequestParam(required = false) String poststed, @RequestParam(required = false) String brevkanal,
                 Skyldnerkontekst skyldner, Model model, HttpServletResponse res) {
        Skyldner s = Skyldner.av(skyldner.partIdentifikator());
        String tlf = tom(telefon), post = tom(epost), adr = tom(adresse), pnr = tom(postnummer), sted = tom(poststed);
        Map<String, String> feil = new LinkedHashMap<>();
        if (tlf != null && !tlf.matches("\\+?[0-9 ]{8,20}")) feil.put("telefon", "Skriv telefonnummeret med 8 siffer, eventuelt med landkode (+47).");
        if (post != null && (post.length() > 200 || !post.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) feil.put("epost", "Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.");
        boolean noe = adr != null || pnr != null || sted != null;
        if (noe && adr == null) feil.put("adresse", "Skriv gateadressen, eller la alle adressefeltene stå tomme.");
        if (noe && (pnr == null || !pnr.matches("\\d{4}"))) feil.put("postnummer", "Postnummeret er 4 siffer.");
        if (noe && sted == null) feil.put("poststed", "Skriv poststedet.");
        if (adr != null && adr.length() > 200) feil.put("adresse", "Adressen kan være på høyst 200 tegn.");
        if (sted != null && sted.length() > 100) feil.put("poststed", "Poststedet kan være på høyst 100 tegn.");
        Kontaktvalg.Brevkanal kanal = null;
        if (brevkanal != null && !brevkanal.isBlank()) {
            try {
                kanal = Kontaktvalg.Brevkanal.valueOf(brevkanal);
            } catch (IllegalArgumentException e) {
                feil.put("brevkanal", "Velg digitalt eller papirbrev.");
            }
            if (kanal == Kontaktvalg.Brevkanal.POST && s instanceof Skyldner.Organisasjon)
                feil.put("brevkanal", "Virksomheter får brev digitalt (EHF eller Altinn).");
        }
        if (!feil.isEmpty()) {
            res.setStatus(422);
            model.addAttribute("skjema", new Skjema(nn(telefon), nn(epost), nn(adresse), nn(postnummer), nn(poststed), nn(brevkanal)));
            model.addAttribute("feil", feil);
            return side(skyldner, model);
        }
        kontaktvalg.endre(s, new Kontaktvalg.Valg(tlf, post, adr, pnr, sted == null ? null : sted.toUpperCase(java.util.Locale.ROOT), kanal),
                skyldner.innlogget().loggnavn());
        log.info("Contact details of {} changed by {} (letter channel {})", Skyldner.maskert(s.identifikator()),
                skyldner.innlogget().loggnavn(), kanal == null ? "as registered" : kanal);
        return "redirect:/skyldner/kontakt?lagret";
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String tom(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

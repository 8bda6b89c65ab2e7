package no.innkreving.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.kravogbetalinger.Kravoversikt;
import no.innkreving.kravogbetalinger.Oversikt;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.innlogging.Skyldnerkontekst;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.SideFinnesIkke;
import no.innkreving.platform.web.Skjemafeil;
import no.innkreving.submissions.IkkeSkyldnerens;
import no.innkreving.submissions.Innsendingsregler;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Klagetema;
import no.innkreving.submissions.Soeknader;
import no.innkreving.submissions.Soeknadsslag;
import no.innkreving.submissions.Vedleggskontroll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint form (source document 002) and the application for waiver or debt settlement, each one form with
 * documents, their receipts and the documents sent. A form with a field missing comes back with the fields named
 * (422); an attachment that is too large or not a PDF, JPEG or PNG by its content refuses the whole form (413, 415)
 * and nothing is stored.
 */
@Controller
@Nettside
class InnsendingController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private static final int MAKS_TEKST = 10_000;
    private final Klager klager;
    private final Soeknader soeknader;
    private final Innsendingsregler regler;
    private final Kravoversikt kravoversikt;

    InnsendingController(Klager klager, Soeknader soeknader, Innsendingsregler regler, Kravoversikt kravoversikt) {
        this.klager = klager;
        this.soeknader = soeknader;
        this.regler = regler;
        this.kravoversikt = kravoversikt;
    }

    record Kravvalg(UUID kravId, String tekst) {
    }

    /** The debtor's open claims (what an application concerns). */
    private List<Kravvalg> kravvalg(String part) {
        return kravoversikt.aapneKrav(part).stream().map((Oversikt.Krav k) -> new Kravvalg(k.kravId(),
                k.kravbeskrivelse() + ", gjenstår " + no.innkreving.portal.Tekster.kroner(k.gjenstaaendeOre()) + " kr")).toList();
    }

    /**
     * Every claim of the debtor, open ones first: a complaint may concern a paid claim too (deleted, what was paid is
     * refunded, source document 002).
     */
    private List<Kravvalg> klagbareKrav(String part) {
        List<Oversikt.Krav> alle = new java.util.ArrayList<>(kravoversikt.krav(part, java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(9999, 12, 31)));
        alle.sort(java.util.Comparator.comparing((Oversikt.Krav k) -> k.gjenstaaendeOre() == 0));
        return alle.stream().map(k -> new Kravvalg(k.kravId(), k.kravbeskrivelse() + (k.gjenstaaendeOre() == 0
                ? ", betalt (" + no.innkreving.portal.Tekster.kroner(k.opprinneligOre()) + " kr)"
                : ", gjenstår " + no.innkreving.portal.Tekster.kroner(k.gjenstaaendeOre()) + " kr"))).toList();
    }

    private void felles(Model model) {
        model.addAttribute("maksMb", regler.vedleggMaksBytes() / (1024 * 1024));
        model.addAttribute("maksAntall", regler.vedleggMaksAntall());
    }

    // ---- complaint

    @GetMapping("/skyldner/klage")
    String klageskjema(@RequestParam(required = false) String krav, Skyldnerkontekst skyldner, Model model) {
        List<Kravvalg> valg = klagbareKrav(skyldner.partIdentifikator());
        String valgt = "";
        if (krav != null && !krav.isBlank()) {
            // a claim named in the address must be one of the debtor's claims, else the page is not found
            UUID id = OversiktController.uuid(krav.strip());
            if (valg.stream().noneMatch(v -> v.kravId().equals(id))) throw new SideFinnesIkke();
            valgt = id.toString();
        }
        model.addAttribute("skjema", new Klageskjema(UUID.randomUUID().toString(), valgt.isEmpty() ? null : "KRAVET", valgt, "", "", false));
        model.addAttribute("feil", Map.of());
        return klageside(model, valg);
    }

    private String klageside(Model model, List<Kravvalg> valg) {
        model.addAttribute("temaer", Klagetema.values());
        model.addAttribute("kravvalg", valg);
        felles(model);
        return "skyldner/klage";
    }

    /** @param innsending the form's own id, made when it is shown: the same form sent twice is one complaint */
    record Klageskjema(String innsending, String tema, String krav, String begrunnelse, String oensketUtfall, boolean bekreftet) {
    }

    /** The form's id as sent, or a new one when it is missing or not a UUID (an old form, a hand-made request). */
    private static UUID innsending(String s) {
        try {
            return s == null || s.length() != 36 ? UUID.randomUUID() : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    @PostMapping("/skyldner/klage")
    String sendKlage(@RequestParam(required = false) String innsending, @RequestParam(required = false) String tema, @RequestParam(required = false) String krav,
                     @RequestParam(required = false) String begrunnelse, @RequestParam(required = false) String oensketUtfall,
                     @RequestParam(required = false) String bekreftet,
                     @RequestParam(name = "vedlegg", required = false) List<MultipartFile> vedlegg,
                     Skyldnerkontekst skyldner, Model model, jakarta.servlet.http.HttpServletResponse res) {
        UUID innsendingsId = innsending(innsending);
        Klageskjema skjema = new Klageskjema(innsendingsId.toString(), tema, krav == null ? "" : krav, nn(begrunnelse), nn(oensketUtfall), bekreftet != null);
        Map<String, String> feil = new LinkedHashMap<>();
        Klagetema t = null;
        try {
            if (tema != null) t = Klagetema.valueOf(tema);
        } catch (IllegalArgumentException e) {
            t = null;
        }
        if (t == null) feil.put("tema", "Velg hva du klager på.");
        UUID kravId = null;
        if (krav != null && !krav.isBlank()) kravId = OversiktController.uuid(krav.strip());
        if (t == Klagetema.KRAVET && kravId == null && !klagbareKrav(skyldner.partIdentifikator()).isEmpty())
            feil.put("krav", "Velg hvilket krav klagen gjelder.");
        tekstfelt(feil, "begrunnelse", begrunnelse, "Skriv hvorfor du klager.");
        tekstfelt(feil, "oensketUtfall", oensketUtfall, "Skriv hva du ønsker å oppnå med klagen.");
        if (bekreftet == null) feil.put("bekreftet", "Bekreft klagen. Bekreftelsen gjelder som underskriften din.");
        if (!feil.isEmpty()) {
            res.setStatus(422);
            model.addAttribute("skjema", skjema);
            model.addAttribute("feil", feil);
            return klageside(model, klagbareKrav(skyldner.partIdentifikator()));
        }
        List<Vedleggskontroll.Godkjent> filer = vedlegg(vedlegg);
        Klager.Klage k;
        try {
            Klager.NyKlage ny = new Klager.NyKlage(innsendingsId, skyldner.partIdentifikator(), skyldner.innlogget().foedselsnummer(), t,
                    kravId, begrunnelse, oensketUtfall, true, filer);
            try {
                k = klager.motta(ny);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // the same form arrived twice at once and the other one was stored first: that one is the complaint
                k = klager.motta(ny);
            }
        } catch (IkkeSkyldnerens e) {
            throw new SideFinnesIkke();
        }
        log.info("Complaint {} from {} for {} ({} attachments)", k.klageId(), skyldner.innlogget().loggnavn(),
                Skyldner.maskert(skyldner.partIdentifikator()), filer.size());
        return "redirect:/skyldner/klage/" + k.klageId();
    }

    @GetMapping("/skyldner/klage/{id}")
    String klagekvittering(@PathVariable String id, Skyldnerkontekst skyldner, Model model) {
        Klager.Klage k = klager.klage(OversiktController.uuid(id), skyldner.partIdentifikator()).orElseThrow(SideFinnesIkke::new);
        log.info("Complaint {} read by {}", k.klageId(), skyldner.innlogget().loggnavn());
        model.addAttribute("klage", k);
        return "skyldner/klagekvittering";
    }

    @GetMapping("/skyldner/klage/{id}/vedlegg/{vedleggId}")
    ResponseEntity<byte[]> klagevedlegg(@PathVariable String id, @PathVariable String vedleggId, Skyldnerkontekst skyldner) {
        Klager.Vedleggsfil v = klager.vedlegg(OversiktController.uuid(id), OversiktController.uuid(vedleggId), skyldner.partIdentifikator())
                .orElseThrow(SideFinnesIkke::new);
        log.info("Attachment {} of complaint {} read by {}", vedleggId, id, skyldner.innlogget().loggnavn());
        return fil(v);
    }

    // ---- waiver or debt settlement

    record Soeknadsskjema(String innsending, String slag, String begrunnelse, String oekonomi, boolean bekreftet) {
    }

    @GetMapping("/skyldner/soknad")
    String soeknadsskjema(@RequestParam(required = false) String slag, Skyldnerkontekst skyldner, Model model) {
        model.addAttribute("skjema", new Soeknadsskjema(UUID.randomUUID().toString(), "GJELDSORDNING".equals(slag) ? "GJELDSORDNING" : "ETTERGIVELSE".equals(slag) ? "ETTERGIVELSE" : null,
                "", "", false));
        model.addAttribute("feil", Map.of());
        return soeknadsside(model, skyldner);
    }

    private String soeknadsside(Model model, Skyldnerkontekst skyldner) {
        model.addAttribute("slagene", Soeknadsslag.values());
        model.addAttribute("kravvalg", kravvalg(skyldner.partIdentifikator()));
        felles(model);
        return "skyldner/soknad";
    }

    @PostMapping("/skyldner/soknad")
    String sendSoeknad(@RequestParam(required = false) String innsending, @RequestParam(required = false) String slag, @RequestParam(required = false) String begrunnelse,
                       @RequestParam(required = false) String oekonomi, @RequestParam(required = false) String bekreftet,
                       @RequestParam(name = "vedlegg", required = false) List<MultipartFile> vedlegg,
                       Skyldnerkontekst skyldner, Model model, jakarta.servlet.http.HttpServletResponse res) {
        Map<String, String> feil = new LinkedHashMap<>();
        Soeknadsslag s = null;
        try {
            if (slag != null) s = Soeknadsslag.valueOf(slag);
        } catch (IllegalArgumentException e) {
            s = null;
        }
        if (s == null) feil.put("slag", "Velg om du søker om ettergivelse eller gjeldsordning.");
        tekstfelt(feil, "begrunnelse", begrunnelse, "Skriv hvorfor du søker.");
        tekstfelt(feil, "oekonomi", oekonomi, "Beskriv økonomien din: inntekt, utgifter, gjeld og hvem du forsørger.");
        if (bekreftet == null) feil.put("bekreftet", "Bekreft søknaden. Bekreftelsen gjelder som underskriften din.");
        if (!feil.isEmpty()) {
            res.setStatus(422);
            model.addAttribute("skjema", new Soeknadsskjema(innsending(innsending).toString(), slag, nn(begrunnelse), nn(oekonomi), bekreftet != null));
            model.addAttribute("feil", feil);
            return soeknadsside(model, skyldner);
        }
        List<Vedleggskontroll.Godkjent> filer = vedlegg(vedlegg);
        Soeknader.NySoeknad soeknad = new Soeknader.NySoeknad(innsending(innsending), skyldner.partIdentifikator(),
                skyldner.innlogget().foedselsnummer(), s, begrunnelse, oekonomi, true, filer);
        Soeknader.Soeknad ny;
        try {
            ny = soeknader.motta(soeknad);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            ny = soeknader.motta(soeknad);
        }
        log.info("Application {} ({}) from {} for {} ({} attachments)", ny.soeknadId(), s, skyldner.innlogget().loggnavn(),
                Skyldner.maskert(skyldner.partIdentifikator()), filer.size());
        return "redirect:/skyldner/soknad/" + ny.soeknadId();
    }

    @GetMapping("/skyldner/soknad/{id}")
    String soeknadskvittering(@PathVariable String id, Skyldnerkontekst skyldner, Model model) {
        Soeknader.Soeknad s = soeknader.soeknad(OversiktController.uuid(id), skyldner.partIdentifikator()).orElseThrow(SideFinnesIkke::new);
        log.info("Application {} read by {}", s.soeknadId(), skyldner.innlogget().loggnavn());
        model.addAttribute("soeknad", s);
        return "skyldner/soknadskvittering";
    }

    @GetMapping("/skyldner/soknad/{id}/vedlegg/{vedleggId}")
    ResponseEntity<byte[]> soeknadsvedlegg(@PathVariable String id, @PathVariable String vedleggId, Skyldnerkontekst skyldner) {
        Klager.Vedleggsfil v = soeknader.vedlegg(OversiktController.uuid(id), OversiktController.uuid(vedleggId), skyldner.partIdentifikator())
                .orElseThrow(SideFinnesIkke::new);
        log.info("Attachment {} of application {} read by {}", vedleggId, id, skyldner.innlogget().loggnavn());
        return fil(v);
    }

    // ---- shared

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static void tekstfelt(Map<String, String> feil, String felt, String verdi, String melding) {
        if (verdi == null || verdi.isBlank()) feil.put(felt, melding);
        else if (verdi.length() > MAKS_TEKST) feil.put(felt, "Teksten kan være på høyst " + MAKS_TEKST + " tegn. Legg heller ved et dokument.");
    }

    /** The files checked by content and size before anything is stored; a refusal is the whole form's. */
    private List<Vedleggskontroll.Godkjent> vedlegg(List<MultipartFile> vedlegg) {
        List<Vedleggskontroll.Fil> filer = new ArrayList<>();
        if (vedlegg != null) {
            for (MultipartFile f : vedlegg) {
                if (f == null || f.isEmpty()) continue;
                try {
                    // a file over the limit is refused by its size alone, without reading it into memory
                    byte[] innhold = f.getSize() > regler.vedleggMaksBytes() ? null : f.getBytes();
                    filer.add(new Vedleggskontroll.Fil(f.getOriginalFilename(), f.getSize(), innhold));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return switch (regler.kontroller(filer)) {
            case Vedleggskontroll.Resultat.Godtatt g -> g.vedlegg();
            case Vedleggskontroll.Resultat.Avvist a ->
                    throw new Skjemafeil(a.avvisning().status(), a.avvisning().tittel(), a.avvisning().melding());
        };
    }

    private static ResponseEntity<byte[]> fil(Klager.Vedleggsfil v) {
        String navn = v.filnavn().replaceAll("[^\\w.\\- ]", "_");
        return ResponseEntity.status(HttpStatus.OK).contentType(MediaType.parseMediaType(v.mediatype()))
                .header("Content-Disposition", "attachment; filename=\"" + navn + "\"")
                .header("X-Content-Type-Options", "nosniff").body(v.innhold());
    }
}

package no.innkreving.desk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.desk.application.Koer;
import no.innkreving.desk.application.Saksvedtak;
import no.innkreving.desk.application.Vedtaksfeil;
import no.innkreving.desk.domain.Utfall;
import no.innkreving.desk.domain.Virkning;
import no.innkreving.ledger.Avskrivning;
import no.innkreving.ledger.Saldoer;
import no.innkreving.platform.innlogging.Innlogget;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.SideFinnesIkke;
import no.innkreving.platform.web.Skjemafeil;
import no.innkreving.portal.skyldner.Skyldneroversikt;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Soeknader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseworker desk's pages: the queues ({@code /saksbehandler/koer}), a debtor's case
 * ({@code /saksbehandler/skyldner/{id}}), a complaint ({@code /saksbehandler/klage/{id}}) and an application
 * ({@code /saksbehandler/soknad/{id}}) with their decision forms. Each page asks for the role that may see it (403
 * page otherwise); every read of a debtor's data is logged to {@code innkreving.tilgangslogg}.
 */
@Controller
@Nettside
class SaksbehandlingssiderController {
    private static final Logger tilgang = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Koer koer;
    private final Saksvedtak vedtak;
    private final Skyldneroversikt oversikt;
    private final Klager klager;
    private final Soeknader soeknader;
    private final Saldoer saldoer;

    SaksbehandlingssiderController(Koer koer, Saksvedtak vedtak, Skyldneroversikt oversikt, Klager klager, Soeknader soeknader, Saldoer saldoer) {
        this.koer = koer;
        this.vedtak = vedtak;
        this.oversikt = oversikt;
        this.klager = klager;
        this.soeknader = soeknader;
        this.saldoer = saldoer;
    }

    static void krev(Innlogget.Saksbehandler sb, Saksbehandlerrolle rolle) {
        if (!sb.har(rolle)) {
            tilgang.info("Refused: {} lacks role {}", sb.loggnavn(), rolle);
            throw new Skjemafeil(403, "Ingen tilgang", "Du har ikke rollen «" + rolle.tekst() + "», som skal til for å se og avgjøre dette.");
        }
    }

    @GetMapping("/saksbehandler/koer")
    String koer(Innlogget.Saksbehandler sb, Model model) {
        List<Koer.Koe> liste = koer.forRoller(sb.roller());
        tilgang.info("Desk queues {} ({} rows, debtor ids included) read by {}", liste.stream().map(Koer.Koe::id).toList(),
                liste.stream().mapToInt(k -> k.rader().size()).sum(), sb.loggnavn());
        model.addAttribute("koer", liste);
        model.addAttribute("idag", koer.idag());
        model.addAttribute("saksbehandler", sb);
        return "saksbehandler/koer";
    }

    /** A debtor's case: claims with what remains and where they stand, write-offs, letters, payments, complaints, applications, decisions. */
    @GetMapping("/saksbehandler/skyldner/{id}")
    String sak(@PathVariable String id, Innlogget.Saksbehandler sb, Model model) {
        if (sb.roller().isEmpty()) krev(sb, Saksbehandlerrolle.KLAGE);
        if (!id.matches("\\d{9}|\\d{11}")) throw new SideFinnesIkke();
        Skyldneroversikt.Bilde bilde = oversikt.forPart(id);
        List<Klager.Klage> klageliste = sb.har(Saksbehandlerrolle.KLAGE) ? klager.forSkyldner(id) : List.of();
        List<Soeknader.Soeknad> soeknadsliste = sb.har(Saksbehandlerrolle.ETTERGIVELSE) ? soeknader.forSkyldner(id) : List.of();
        if (bilde.krav().isEmpty() && klager.forSkyldner(id).isEmpty() && soeknader.forSkyldner(id).isEmpty()) throw new SideFinnesIkke();
        tilgang.info("Debtor case {} read by {}", id.substring(0, 6) + "*****", sb.loggnavn());
        Map<UUID, List<String>> avskrevet = new LinkedHashMap<>();
        for (Avskrivning a : saldoer.avskrivninger(bilde.krav().stream().map(Skyldneroversikt.Kravrad::kravId).toList()))
            avskrevet.computeIfAbsent(a.kravId(), k -> new ArrayList<>()).add(avskrivning(a));
        model.addAttribute("skyldner", id);
        model.addAttribute("bilde", bilde);
        model.addAttribute("avskrevet", avskrevet);
        model.addAttribute("klager", klageliste);
        model.addAttribute("soeknader", soeknadsliste);
        model.addAttribute("vedtak", vedtak.forSkyldner(id).stream()
                .filter(v -> "KLAGE".equals(v.sakstype()) ? sb.har(Saksbehandlerrolle.KLAGE) : sb.har(Saksbehandlerrolle.ETTERGIVELSE)).toList());
        model.addAttribute("saksbehandler", sb);
        return "saksbehandler/sak";
    }

    static String avskrivning(Avskrivning a) {
        return switch (a.grunn()) {
            case AVSKREVET_AV_OPPDRAGSGIVER -> "Trukket av oppdragsgiver";
            case FORELDET -> "Avskrevet som foreldet";
            case KLAGE_TATT_TIL_FOELGE -> "Slettet etter klage";
            case ETTERGITT -> "Ettergitt";
        } + " " + no.innkreving.portal.Tekster.dato(a.dato());
    }

    // ---- complaints

    @GetMapping("/saksbehandler/klage/{id}")
    String klage(@PathVariable String id, Innlogget.Saksbehandler sb, Model model) {
        krev(sb, Saksbehandlerrolle.KLAGE);
        Saksvedtak.Klagesak sak = vedtak.klagesak(uuid(id)).orElseThrow(SideFinnesIkke::new);
        tilgang.info("Complaint {} of debtor {} read by {}", id, sak.skyldner().substring(0, 6) + "*****", sb.loggnavn());
        return klageside(sak, new Klageskjema(null, null, ""), Map.of(), model);
    }

    record Klageskjema(String utfall, String virkning, String begrunnelse) {
    }

    @PostMapping("/saksbehandler/klage/{id}")
    String avgjoerKlage(@PathVariable String id, @RequestParam(required = false) String utfall, @RequestParam(required = false) String virkning,
                        @RequestParam(required = false) String begrunnelse, Innlogget.Saksbehandler sb, Model model, HttpServletResponse res) {
        krev(sb, Saksbehandlerrolle.KLAGE);
        UUID klageId = uuid(id);
        Saksvedtak.Klagesak sak = vedtak.klagesak(klageId).orElseThrow(SideFinnesIkke::new);
        Utfall u = enumVerdi(Utfall.class, utfall);
        Virkning v = enumVerdi(Virkning.class, virkning);
        if (u == Utfall.IKKE_TATT_TIL_FOELGE) v = null; // the effect chosen before the outcome changed means nothing
        try {
            vedtak.avgjoerKlage(klageId, u, v, begrunnelse, sb.ident());
        } catch (Vedtaksfeil f) {
            if (f.felt() == null) throw new Skjemafeil(f.status(), f.status() == 409 ? "Allerede avgjort" : "Finnes ikke", f.getMessage());
            res.setStatus(422);
            tilgang.info("Complaint {} of debtor {} read by {} (decision refused: {})", id, sak.skyldner().substring(0, 6) + "*****", sb.loggnavn(), f.felt());
            return klageside(sak, new Klageskjema(utfall, virkning, begrunnelse == null ? "" : begrunnelse), Map.of(f.felt(), f.getMessage()), model);
        }
        tilgang.info("Complaint {} decided ({}, {}) by {}", id, u, v, sb.ident());
        return "redirect:/saksbehandler/klage/" + klageId;
    }

    /** Lifts the hold an upheld complaint put on its claim, once the claim is settled (decision 0083). */
    @PostMapping("/saksbehandler/klage/{id}/opphev-stans")
    String opphevStans(@PathVariable String id, @RequestParam(required = false) String begrunnelse, Innlogget.Saksbehandler sb,
                       Model model, HttpServletResponse res) {
        krev(sb, Saksbehandlerrolle.KLAGE);
        UUID klageId = uuid(id);
        Saksvedtak.Klagesak sak = vedtak.klagesak(klageId).orElseThrow(SideFinnesIkke::new);
        try {
            vedtak.opphevStans(klageId, begrunnelse, sb.ident());
        } catch (Vedtaksfeil f) {
            if (f.felt() == null) throw new Skjemafeil(f.status(), f.status() == 409 ? "Kan ikke oppheves" : "Finnes ikke", f.getMessage());
            res.setStatus(422);
            model.addAttribute("opphevBegrunnelse", begrunnelse == null ? "" : begrunnelse);
            model.addAttribute("opphevFeil", f.getMessage());
            return klageside(sak, new Klageskjema(null, null, ""), Map.of(), model);
        }
        tilgang.info("Hold of complaint {} lifted by {}", id, sb.ident());
        return "redirect:/saksbehandler/klage/" + klageId + "#vedtak";
    }

    private String klageside(Saksvedtak.Klagesak sak, Klageskjema skjema, Map<String, String> feil, Model model) {
        model.addAttribute("sak", sak);
        model.addAttribute("oppheving", vedtak.oppheving(sak.klage().klageId()).orElse(null));
        if (!model.containsAttribute("opphevBegrunnelse")) model.addAttribute("opphevBegrunnelse", "");
        model.addAttribute("klage", sak.klage());
        model.addAttribute("vedtak", sak.vedtak().orElse(null));
        model.addAttribute("gjenstaaende", sak.klage().kravId() == null ? null
                : saldoer.saldo(sak.klage().kravId(), java.time.LocalDate.MAX).map(no.innkreving.ledger.Kravsaldo::gjenstaaendeOre).orElse(0L));
        model.addAttribute("aapneKrav", aapneKrav(sak.skyldner()));
        model.addAttribute("skjema", skjema);
        model.addAttribute("feil", feil);
        return "saksbehandler/klage";
    }

    /** A document the debtor attached, for reading (downloaded, never shown inline: its type is what its content is). */
    @GetMapping("/saksbehandler/klage/{id}/vedlegg/{vedleggId}")
    org.springframework.http.ResponseEntity<byte[]> klagevedlegg(@PathVariable String id, @PathVariable String vedleggId, Innlogget.Saksbehandler sb) {
        krev(sb, Saksbehandlerrolle.KLAGE);
        Saksvedtak.Klagesak sak = vedtak.klagesak(uuid(id)).orElseThrow(SideFinnesIkke::new);
        Klager.Vedleggsfil fil = klager.vedlegg(sak.klage().klageId(), uuid(vedleggId), sak.skyldner()).orElseThrow(SideFinnesIkke::new);
        tilgang.info("Attachment {} of complaint {} read by {}", vedleggId, id, sb.loggnavn());
        return nedlasting(fil);
    }

    @GetMapping("/saksbehandler/soknad/{id}/vedlegg/{vedleggId}")
    org.springframework.http.ResponseEntity<byte[]> soeknadsvedlegg(@PathVariable String id, @PathVariable String vedleggId, Innlogget.Saksbehandler sb) {
        krev(sb, Saksbehandlerrolle.ETTERGIVELSE);
        Saksvedtak.Soeknadssak sak = vedtak.soeknadssak(uuid(id)).orElseThrow(SideFinnesIkke::new);
        Klager.Vedleggsfil fil = soeknader.vedlegg(sak.soeknad().soeknadId(), uuid(vedleggId), sak.skyldner()).orElseThrow(SideFinnesIkke::new);
        tilgang.info("Attachment {} of application {} read by {}", vedleggId, id, sb.loggnavn());
        return nedlasting(fil);
    }

    private static org.springframework.http.ResponseEntity<byte[]> nedlasting(Klager.Vedleggsfil fil) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(fil.mediatype()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(fil.filnavn(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(fil.innhold());
    }

    // ---- applications

    @GetMapping("/saksbehandler/soknad/{id}")
    String soeknad(@PathVariable String id, Innlogget.Saksbehandler sb, Model model) {
        krev(sb, Saksbehandlerrolle.ETTERGIVELSE);
        Saksvedtak.Soeknadssak sak = vedtak.soeknadssak(uuid(id)).orElseThrow(SideFinnesIkke::new);
        tilgang.info("Application {} of debtor {} read by {}", id, sak.skyldner().substring(0, 6) + "*****", sb.loggnavn());
        return soeknadsside(sak, new Soeknadsskjema(null, List.of(), ""), Map.of(), model);
    }

    record Soeknadsskjema(String utfall, List<String> krav, String begrunnelse) {
    }

    @PostMapping("/saksbehandler/soknad/{id}")
    String avgjoerSoeknad(@PathVariable String id, @RequestParam(required = false) String utfall,
                          @RequestParam(required = false) List<String> krav, @RequestParam(required = false) String begrunnelse,
                          Innlogget.Saksbehandler sb, Model model, HttpServletResponse res) {
        krev(sb, Saksbehandlerrolle.ETTERGIVELSE);
        UUID soeknadId = uuid(id);
        Saksvedtak.Soeknadssak sak = vedtak.soeknadssak(soeknadId).orElseThrow(SideFinnesIkke::new);
        List<String> valgt = krav == null ? List.of() : krav;
        List<UUID> kravIder = new ArrayList<>();
        Map<String, String> feil = new LinkedHashMap<>();
        for (String k : valgt) {
            try {
                kravIder.add(UUID.fromString(k));
            } catch (IllegalArgumentException e) {
                feil.put("krav", "Ukjent krav.");
            }
        }
        if (feil.isEmpty()) {
            try {
                vedtak.avgjoerSoeknad(soeknadId, enumVerdi(Utfall.class, utfall), kravIder, begrunnelse, sb.ident());
                tilgang.info("Application {} decided ({}) by {}", id, utfall, sb.ident());
                return "redirect:/saksbehandler/soknad/" + soeknadId;
            } catch (Vedtaksfeil f) {
                if (f.felt() == null) throw new Skjemafeil(f.status(), f.status() == 409 ? "Allerede avgjort" : "Finnes ikke", f.getMessage());
                feil.put(f.felt(), f.getMessage());
            }
        }
        res.setStatus(422);
        tilgang.info("Application {} of debtor {} read by {} (decision refused: {})", id, sak.skyldner().substring(0, 6) + "*****", sb.loggnavn(), feil.keySet());
        return soeknadsside(sak, new Soeknadsskjema(utfall, valgt, begrunnelse == null ? "" : begrunnelse), feil, model);
    }

    public record Kravvalg(UUID kravId, String tekst) {
    }

    /** The debtor's claims with something left, each with its creditor and what remains. */
    private List<Kravvalg> aapneKrav(String skyldner) {
        List<Kravvalg> valg = new ArrayList<>();
        for (UUID id : saldoer.kravForSkyldner(skyldner)) {
            long rest = saldoer.saldo(id, java.time.LocalDate.MAX).map(no.innkreving.ledger.Kravsaldo::gjenstaaendeOre).orElse(0L);
            if (rest <= 0) continue;
            Saksvedtak.Kravnavn n = vedtak.kravnavn(id);
            valg.add(new Kravvalg(id, n.beskrivelse() + " (" + n.oppdragsgiverNavn() + "), gjenstår " + no.innkreving.portal.Tekster.kroner(rest) + " kr"));
        }
        return valg;
    }

    private String soeknadsside(Saksvedtak.Soeknadssak sak, Soeknadsskjema skjema, Map<String, String> feil, Model model) {
        List<Kravvalg> valg = aapneKrav(sak.skyldner());
        model.addAttribute("aapneKrav", valg);
        model.addAttribute("sak", sak);
        model.addAttribute("soeknad", sak.soeknad());
        model.addAttribute("vedtak", sak.vedtak().orElse(null));
        model.addAttribute("kravvalg", valg);
        model.addAttribute("skjema", skjema);
        model.addAttribute("feil", feil);
        return "saksbehandler/soknad";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new SideFinnesIkke();
        }
    }

    private static <E extends Enum<E>> E enumVerdi(Class<E> type, String verdi) {
        if (verdi == null || verdi.isBlank()) return null;
        try {
            return Enum.valueOf(type, verdi);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

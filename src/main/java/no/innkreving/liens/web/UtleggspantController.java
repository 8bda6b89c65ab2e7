package no.innkreving.liens.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.liens.Pantestatus;
import no.innkreving.liens.application.Pantestatusendring;
import no.innkreving.liens.application.Utleggspantbeslutning;
import no.innkreving.liens.persistence.UtleggspantTables;
import no.innkreving.liens.persistence.UtleggspantTables.Lagret;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.Formuesgodeart;
import no.innkreving.parties.Formuesgoderegister;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.security.Innringer;
import no.innkreving.platform.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caseworkers (scope innkreving:saksbehandling): a debtor's assets in the asset register, liens taken and their
 * status, and the request sent to namsmannen. Every read of personal data is logged with who read it; every decision
 * records the caseworker's ident from the token.
 */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1")
class UtleggspantController {
    private static final Logger tilgang = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STI = "/api/innkreving/saksbehandling/v1/utleggspant/";
    private static final int MAKS_KRAV = 100;

    private final Formuesgoderegister formuesgoder;
    private final Utleggspantbeslutning beslutning;
    private final Pantestatusendring statusendring;
    private final UtleggspantTables tables;

    UtleggspantController(Formuesgoderegister formuesgoder, Utleggspantbeslutning beslutning, Pantestatusendring statusendring,
                          UtleggspantTables tables) {
        this.formuesgoder = formuesgoder;
        this.beslutning = beslutning;
        this.statusendring = statusendring;
        this.tables = tables;
    }

    /** RFC 7807 with the request field the problem concerns (an extension member). */
    @JsonPropertyOrder({"type", "title", "status", "detail", "instance", "felt"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Feltproblem(String type, String title, int status, String detail, String instance, String felt) {
    }

    record FormuesgodeSvar(String art, String identifikator, String beskrivelse, String register, BigDecimal antattVerdi) {
        static FormuesgodeSvar av(Formuesgode g) {
            return new FormuesgodeSvar(g.art().name(), g.identifikator(), g.beskrivelse(), g.art().register(), kr(g.antattVerdiOre()));
        }
    }

    record Formuesgoder(String skyldner, List<FormuesgodeSvar> formuesgoder) {
    }

    record PantFormuesgode(String art, String identifikator, String beskrivelse, String register) {
    }

    record Pantekrav(UUID kravidentifikator, BigDecimal beloep) {
    }

    record Historikk(String status, LocalDate dato, Instant tidspunkt, String hvem, String begrunnelse, UUID dokumentId) {
    }

    @JsonPropertyOrder({"id", "saksnummer", "skyldner", "formuesgode", "krav", "sikretBeloep", "rettsvern", "status",
            "besluttetDato", "klagefristValgAvFormuesgode", "saksbehandler", "brevDokumentId", "begjaeringTilNamsmannen", "historikk"})
    record Utleggspant(UUID id, String saksnummer, String skyldner, PantFormuesgode formuesgode, List<Pantekrav> krav,
                       BigDecimal sikretBeloep, String rettsvern, String status, LocalDate besluttetDato,
                       LocalDate klagefristValgAvFormuesgode, String saksbehandler, UUID brevDokumentId,
                       String begjaeringTilNamsmannen, List<Historikk> historikk) {
        static Utleggspant av(Lagret p) {
            return new Utleggspant(p.id(), "UP-" + p.saksnummer(), p.skyldner(),
                    new PantFormuesgode(p.art().name(), p.identifikator(), p.beskrivelse(), p.art().register()),
                    p.krav().stream().map(k -> new Pantekrav(k.kravId(), kr(k.beloepOre()))).toList(),
                    kr(p.krav().stream().mapToLong(UtleggspantTables.Pantekrav::beloepOre).sum()), p.rettsvern().name(),
                    p.status().name(), p.besluttet(), p.klagefrist(), p.saksbehandler(), p.brevDokumentId(),
                    p.harBegjaering() ? STI + p.id() + "/begjaering" : null,
                    p.hendelser().stream().map(h -> new Historikk(h.status().name(), h.dato(), h.tidspunkt(), h.hvem(), h.begrunnelse(), h.dokumentId())).toList());
        }
    }

    @GetMapping("/skyldnere/{skyldner}/formuesgoder")
    ResponseEntity<?> formuesgoder(@PathVariable String skyldner, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        Optional<Skyldner> s = Skyldner.tolk(skyldner);
        if (s.isEmpty()) return problem(400, "ugyldig-skyldner", "Ugyldig skyldner",
                "Skyldneren må være et gyldig fødselsnummer, d-nummer eller organisasjonsnummer", "skyldner", req);
        List<Formuesgode> goder = formuesgoder.forEier(s.get().identifikator());
        tilgang.info("Assets of debtor {} read by {} ({} assets)", s.get().maskert(), Innringer.iLogg(jwt), goder.size());
        return ResponseEntity.ok(new Formuesgoder(s.get().identifikator(), goder.stream().map(FormuesgodeSvar::av).toList()));
    }

    @GetMapping("/skyldnere/{skyldner}/utleggspant")
    ResponseEntity<?> forSkyldner(@PathVariable String skyldner, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        Optional<Skyldner> s = Skyldner.tolk(skyldner);
        if (s.isEmpty()) return problem(400, "ugyldig-skyldner", "Ugyldig skyldner",
                "Skyldneren må være et gyldig fødselsnummer, d-nummer eller organisasjonsnummer", "skyldner", req);
        List<Utleggspant> pant = tables.forSkyldner(s.get().identifikator()).stream().map(Utleggspant::av).toList();
        tilgang.info("Liens of debtor {} read by {} ({} liens)", s.get().maskert(), Innringer.iLogg(jwt), pant.size());
        return ResponseEntity.ok(pant);
    }

    @PostMapping("/utleggspant")
    ResponseEntity<?> ta(@RequestBody(required = false) String body, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        JsonNode n;
        try {
            n = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            n = null;
        }
        if (n == null || !n.isObject())
            return problem(400, "ugyldig-innhold", "Ugyldig innhold", "Innholdet må være et JSON-objekt med skyldner, formuesgode og krav", null, req);
        JsonNode skyldnerfelt = n.get("skyldner");
        if (skyldnerfelt == null || skyldnerfelt.isNull()) return felt422("mangler-felt", "Feltet skyldner mangler", "skyldner", req);
        if (!skyldnerfelt.isString()) return problem(400, "ugyldig-innhold", "Ugyldig innhold", "Feltet skyldner må være en tekst", "skyldner", req);
        Optional<Skyldner> skyldner = Skyldner.tolk(skyldnerfelt.asString().strip());
        if (skyldner.isEmpty())
            return felt422("ugyldig-skyldner", "Feltet skyldner er ikke et gyldig fødselsnummer, d-nummer eller organisasjonsnummer", "skyldner", req);
        JsonNode gode = n.get("formuesgode");
        if (gode == null || gode.isNull()) return felt422("mangler-felt", "Feltet formuesgode mangler", "formuesgode", req);
        if (!gode.isObject()) return problem(400, "ugyldig-innhold", "Ugyldig innhold", "Feltet formuesgode må være et objekt med art og identifikator", "formuesgode", req);
        JsonNode artfelt = gode.get("art");
        if (artfelt == null || artfelt.isNull()) return felt422("mangler-felt", "Feltet formuesgode.art mangler", "formuesgode.art", req);
        Optional<Formuesgodeart> tolket = artfelt.isString() ? art(artfelt.asString()) : Optional.empty();
        if (tolket.isEmpty())
            return felt422("ugyldig-art", "formuesgode.art må være en av " + java.util.Arrays.toString(Formuesgodeart.values()), "formuesgode.art", req);
        Formuesgodeart art = tolket.get();
        JsonNode idfelt = gode.get("identifikator");
        if (idfelt == null || idfelt.isNull()) return felt422("mangler-felt", "Feltet formuesgode.identifikator mangler", "formuesgode.identifikator", req);
        if (!idfelt.isString() || art.normaliser(idfelt.asString()).isEmpty())
            return felt422("ugyldig-identifikator", "formuesgode.identifikator har ikke formen " + art + " har i " + art.register()
                    + form(art), "formuesgode.identifikator", req);
        JsonNode kravfelt = n.get("krav");
        if (kravfelt == null || kravfelt.isNull()) return felt422("mangler-felt", "Feltet krav mangler", "krav", req);
        if (!kravfelt.isArray()) return problem(400, "ugyldig-innhold", "Ugyldig innhold", "Feltet krav må være en liste av kravidentifikatorer", "krav", req);
        if (kravfelt.isEmpty() || kravfelt.size() > MAKS_KRAV)
            return felt422("ugyldig-antall-krav", "Feltet krav må ha fra 1 til " + MAKS_KRAV + " kravidentifikatorer", "krav", req);
        List<UUID> krav = new ArrayList<>();
        for (int i = 0; i < kravfelt.size(); i++) {
            JsonNode k = kravfelt.get(i);
            UUID id;
            try {
                id = k.isString() ? UUID.fromString(k.asString()) : null;
            } catch (IllegalArgumentException e) {
                id = null;
            }
            if (id == null) return felt422("ugyldig-kravidentifikator", "krav[" + i + "] er ikke en UUID", "krav[" + i + "]", req);
            if (krav.contains(id)) return felt422("dobbelt-krav", "krav[" + i + "] står to ganger", "krav[" + i + "]", req);
            krav.add(id);
        }
        JsonNode begrunnelsefelt = n.get("begrunnelse");
        String begrunnelse = begrunnelsefelt != null && begrunnelsefelt.isString() ? begrunnelsefelt.asString() : null;
        if (begrunnelse != null && begrunnelse.length() > 500)
            return felt422("for-lang-begrunnelse", "begrunnelse kan ha høyst 500 tegn", "begrunnelse", req);

        Optional<ResponseEntity<?>> nektet = nektetSaksbehandler(jwt, skyldner.get().identifikator(), req);
        if (nektet.isPresent()) return nektet.get();
        String hvem = Innringer.person(jwt).orElseThrow();
        var utfall = beslutning.ta(skyldner.get(), art, idfelt.asString(), krav, hvem, begrunnelse);
        return switch (utfall) {
            case Utleggspantbeslutning.Utfall.Avvist a -> problem(422, a.type(), a.tittel(), a.detalj(), a.felt(), req);
            case Utleggspantbeslutning.Utfall.Tatt t -> {
                tilgang.info("Lien {} on {} {} for debtor {} decided by {}", t.pant().id(), art, iLogg(art, t.pant().identifikator()),
                        skyldner.get().maskert(), Innringer.iLogg(jwt));
                yield ResponseEntity.created(URI.create(STI + t.pant().id())).body(Utleggspant.av(t.pant()));
            }
        };
    }

    @GetMapping("/utleggspant/{id}")
    ResponseEntity<?> hent(@PathVariable String id, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) return problem(400, "ugyldig-id", "Ugyldig id", "Id-en er ikke en UUID", "id", req);
        Optional<Lagret> p = tables.hent(uuid.get(), false);
        if (p.isEmpty()) return problem(404, "ukjent-utleggspant", "Ukjent utleggspant", "Ingen utleggspant med denne id-en", null, req);
        tilgang.info("Lien {} of debtor {} read by {}", uuid.get(), Skyldner.maskert(p.get().skyldner()), Innringer.iLogg(jwt));
        return ResponseEntity.ok(Utleggspant.av(p.get()));
    }

    @GetMapping("/utleggspant/{id}/begjaering")
    ResponseEntity<?> begjaering(@PathVariable String id, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) return problem(400, "ugyldig-id", "Ugyldig id", "Id-en er ikke en UUID", "id", req);
        Optional<byte[]> pdf = tables.begjaering(uuid.get());
        if (pdf.isEmpty())
            return problem(404, "ingen-begjaering", "Ingen begjæring", "Ingen begjæring til namsmannen for denne id-en", null, req);
        tilgang.info("Request to namsmannen for lien {} read by {}", uuid.get(), Innringer.iLogg(jwt));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.get());
    }

    @PostMapping("/utleggspant/{id}/status")
    ResponseEntity<?> status(@PathVariable String id, @RequestBody(required = false) String body, @AuthenticationPrincipal Jwt jwt,
                             HttpServletRequest req) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) return problem(400, "ugyldig-id", "Ugyldig id", "Id-en er ikke en UUID", "id", req);
        JsonNode n;
        try {
            n = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            n = null;
        }
        if (n == null || !n.isObject())
            return problem(400, "ugyldig-innhold", "Ugyldig innhold", "Innholdet må være et JSON-objekt med status og begrunnelse", null, req);
        JsonNode statusfelt = n.get("status");
        if (statusfelt == null || statusfelt.isNull()) return felt422("mangler-felt", "Feltet status mangler", "status", req);
        Pantestatus ny;
        try {
            ny = Pantestatus.valueOf(statusfelt.asString());
        } catch (RuntimeException e) {
            return felt422("ugyldig-status", "status må være en av " + java.util.Arrays.toString(Pantestatus.values()), "status", req);
        }
        JsonNode b = n.get("begrunnelse");
        if (b == null || !b.isString() || b.asString().isBlank())
            return felt422("mangler-felt", "Feltet begrunnelse mangler: si hvorfor", "begrunnelse", req);
        if (b.asString().length() > 500) return felt422("for-lang-begrunnelse", "begrunnelse kan ha høyst 500 tegn", "begrunnelse", req);
        Optional<Lagret> foer = tables.hent(uuid.get(), false);
        if (foer.isEmpty()) return problem(404, "ukjent-utleggspant", "Ukjent utleggspant", "Ingen utleggspant med denne id-en", null, req);
        Optional<ResponseEntity<?>> nektet = nektetSaksbehandler(jwt, foer.get().skyldner(), req);
        if (nektet.isPresent()) return nektet.get();
        String hvem = Innringer.person(jwt).orElseThrow();
        return switch (statusendring.endre(uuid.get(), ny, b.asString().strip(), hvem)) {
            case Pantestatusendring.Utfall.Ukjent u ->
                    problem(404, "ukjent-utleggspant", "Ukjent utleggspant", "Ingen utleggspant med denne id-en", null, req);
            case Pantestatusendring.Utfall.Avvist a -> problem(422, "ugyldig-statusendring", "Statusendringen er ikke tillatt", a.detalj(), "status", req);
            case Pantestatusendring.Utfall.Endret e -> {
                tilgang.info("Lien {} of debtor {} set to {} by {}", uuid.get(), Skyldner.maskert(e.pant().skyldner()), ny, Innringer.iLogg(jwt));
                yield ResponseEntity.ok(Utleggspant.av(e.pant()));
            }
        };
    }

    /** The kind by its name, or by the everyday words source document 000 uses (eiendom, konto, fondsaktiver, bil, båt, løsøre). */
    static Optional<Formuesgodeart> art(String s) {
        String n = s.strip().toUpperCase(java.util.Locale.ROOT).replace('Å', 'A').replace('Ø', 'O').replace('Æ', 'E').replace(' ', '_');
        return Optional.ofNullable(switch (n) {
            case "FAST_EIENDOM", "EIENDOM" -> Formuesgodeart.FAST_EIENDOM;
            case "BANKKONTO", "KONTO" -> Formuesgodeart.BANKKONTO;
            case "VERDIPAPIR", "VERDIPAPIRER", "FONDSAKTIVER", "AKSJER" -> Formuesgodeart.VERDIPAPIR;
            case "KJOERETOEY", "KJORETOY", "MOTORVOGN", "BIL" -> Formuesgodeart.KJOERETOEY;
            case "BAAT", "BAT" -> Formuesgodeart.BAAT;
            case "ANNET_LOESOERE", "ANNET_LOSORE", "LOSORE", "LOESOERE" -> Formuesgodeart.ANNET_LOESOERE;
            default -> null;
        });
    }

    private static String form(Formuesgodeart art) {
        return switch (art) {
            case FAST_EIENDOM -> " (kommunenr-gnr/bnr[/fnr[/snr]], f.eks. 0301-208/153)";
            case BANKKONTO -> " (11 siffer med gyldig kontrollsiffer)";
            case VERDIPAPIR -> " (VPS-kontonummer, 12 siffer)";
            case KJOERETOEY -> " (registreringsnummer, f.eks. EK 12345)";
            case BAAT -> " (tre bokstaver og tre siffer, f.eks. ABC 123)";
            case ANNET_LOESOERE -> " (serienummer eller annet merke, 2-64 tegn)";
        };
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A lien is a decision a person answers for: the token must name the caseworker (claim saksbehandler, NAVident or
     * pid), and no one decides in their own case (forvaltningsloven § 6 first paragraph (a): a public official is
     * disqualified where they are a party). Empty when the caller may decide.
     */
    private static Optional<ResponseEntity<?>> nektetSaksbehandler(Jwt jwt, String skyldner, HttpServletRequest req) {
        Optional<String> person = Innringer.person(jwt);
        if (person.isEmpty())
            return Optional.of(problem(403, "saksbehandler-mangler", "Vedtaket krever en saksbehandler",
                    "Tokenet sier ikke hvem som treffer vedtaket: det må ha saksbehandler, NAVident eller pid", null, req));
        if (skyldner.equals(person.get()) || skyldner.equals(jwt.getClaimAsString("pid")))
            return Optional.of(problem(403, "inhabil", "Saksbehandleren er part i saken",
                    "Ingen kan treffe vedtak i en sak der de selv er skyldner (forvaltningsloven § 6 første ledd bokstav a)", null, req));
        return Optional.empty();
    }

    /** An account's or a securities account's number is shown in the log by its last four digits only. */
    private static String iLogg(Formuesgodeart art, String identifikator) {
        if ((art == Formuesgodeart.BANKKONTO || art == Formuesgodeart.VERDIPAPIR) && identifikator.length() > 4)
            return "*".repeat(identifikator.length() - 4) + identifikator.substring(identifikator.length() - 4);
        return identifikator;
    }

    private static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    private static ResponseEntity<?> felt422(String type, String detalj, String felt, HttpServletRequest req) {
        return problem(422, type, "Ugyldig forespørsel", detalj, felt, req);
    }

    private static ResponseEntity<?> problem(int status, String type, String tittel, String detalj, String felt, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Feltproblem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI(), felt));
    }
}

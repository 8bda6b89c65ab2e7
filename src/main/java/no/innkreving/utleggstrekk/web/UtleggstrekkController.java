package no.innkreving.utleggstrekk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.platform.security.Innringer;
import no.innkreving.platform.web.Problem;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import no.innkreving.utleggstrekk.application.Avvist;
import no.innkreving.utleggstrekk.application.Forslagsliste;
import no.innkreving.utleggstrekk.application.Husstandsopplysninger;
import no.innkreving.utleggstrekk.application.Trekkvedtak;
import no.innkreving.utleggstrekk.application.Trekkvedtak.Besluttet;
import no.innkreving.utleggstrekk.application.Utleggstrekkbilde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caseworkers decide, change and stop garnishments (scope {@code innkreving:saksbehandling}); the caseworker ident
 * from the token is recorded with each decision. Bodies are read here field by field so an answer names the field:
 * 400 when the JSON or a field's form is unreadable, 422 when a value breaks a rule; nothing is stored then.
 */
@RestController
@RequestMapping(path = "/api/innkreving/saksbehandling/v1/utleggstrekk", produces = MediaType.APPLICATION_JSON_VALUE)
class UtleggstrekkController {
    private static final Logger tilgangslogg = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAKS_BEGRUNNELSE = 2000;

    private final Trekkvedtak vedtak;
    private final Utleggstrekkbilde bilde;
    private final Forslagsliste forslagsliste;

    UtleggstrekkController(Trekkvedtak vedtak, Utleggstrekkbilde bilde, Forslagsliste forslagsliste) {
        this.vedtak = vedtak;
        this.bilde = bilde;
        this.forslagsliste = forslagsliste;
    }

    /** A request field that cannot be read; {@code felt} names it. */
    static final class Uleselig extends RuntimeException {
        final String felt;

        Uleselig(String felt, String melding) {
            super(melding);
            this.felt = felt;
        }
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> beslutt(@RequestBody(required = false) String body, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        JsonNode n = objekt(body);
        List<UUID> krav = new ArrayList<>();
        JsonNode k = n.get("krav");
        if (k != null && !k.isNull()) {
            if (!k.isArray()) throw new Uleselig("krav", "krav må være en liste av kravidentifikatorer");
            for (JsonNode e : k) krav.add(uuid(e, "krav"));
        }
        String saksbehandler = Innringer.ident(jwt);
        Besluttet b = vedtak.beslutt(new Trekkvedtak.NyttTrekk(tekst(n, "skyldner"), tekst(n, "trekkpliktig"), krav,
                stoerrelse(n), dato(n, "startdato"), begrunnelse(n), husstand(n)), saksbehandler);
        tilgangslogg.info("Utleggstrekk {} besluttet av {} (skyldner {}*****, {} krav)", b.trekkid(), Innringer.iLogg(jwt),
                b.krav().isEmpty() ? "" : tekst(n, "skyldner").substring(0, 6), b.krav().size());
        Map<String, Object> svar = new LinkedHashMap<>();
        svar.put("trekkid", b.trekkid().toString());
        svar.put("saksnummer", b.saksnummer());
        svar.put("kidnummer", b.kidnummer());
        return ResponseEntity.status(201).body(svar);
    }

    @PutMapping(path = "/{trekkid}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> endre(@PathVariable String trekkid, @RequestBody(required = false) String body, @AuthenticationPrincipal Jwt jwt) {
        UUID id = trekkid(trekkid);
        JsonNode n = objekt(body);
        String saksbehandler = Innringer.ident(jwt);
        var t = vedtak.endre(id, stoerrelse(n), dato(n, "startdato"), begrunnelse(n), husstand(n), saksbehandler);
        tilgangslogg.info("Utleggstrekk {} endret av {} (versjon {})", id, Innringer.iLogg(jwt), t.trekkversjon());
        return ResponseEntity.ok(Map.of("trekkid", id.toString(), "trekkversjon", t.trekkversjon()));
    }

    @DeleteMapping(path = "/{trekkid}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> stopp(@PathVariable String trekkid, @RequestBody(required = false) String body, @AuthenticationPrincipal Jwt jwt) {
        UUID id = trekkid(trekkid);
        String begrunnelse = body == null || body.isBlank() ? null : begrunnelse(objekt(body));
        String saksbehandler = Innringer.ident(jwt);
        var t = vedtak.stopp(id, begrunnelse, saksbehandler);
        tilgangslogg.info("Utleggstrekk {} stanset av {} (versjon {})", id, Innringer.iLogg(jwt), t.trekkversjon());
        return ResponseEntity.ok(Map.of("trekkid", id.toString(), "trekkversjon", t.trekkversjon(), "trekkstatus", t.trekkstatus().publisert()));
    }

    /**
     * Proposals: debtors with claims ready for enforcement and no order, each payer in the income register with the
     * most the rule allows it to take a month ({@code antall} debtors, 1-500, default 50; or one {@code skyldner}).
     */
    @GetMapping("/forslag")
    ResponseEntity<?> forslag(@org.springframework.web.bind.annotation.RequestParam(required = false) String antall,
                              @org.springframework.web.bind.annotation.RequestParam(required = false) String skyldner,
                              @AuthenticationPrincipal Jwt jwt) {
        int n = 50;
        if (antall != null) {
            if (!antall.matches("\\d{1,3}") || Integer.parseInt(antall) < 1 || Integer.parseInt(antall) > 500)
                throw new Uleselig("antall", "antall må være et heltall fra 1 til 500");
            n = Integer.parseInt(antall);
        }
        if (skyldner != null && !skyldner.matches("\\d{11}")) throw new Uleselig("skyldner", "skyldner er et fødselsnummer (11 sifre)");
        List<Map<String, Object>> svar = new ArrayList<>();
        for (var f : forslagsliste.forslag(n, skyldner)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("skyldner", f.skyldner());
            m.put("krav", f.krav().stream().map(UUID::toString).toList());
            m.put("gjenstaaendeBeloep", BigDecimal.valueOf(f.gjenstaaendeOre(), 2));
            m.put("besluttesAutomatisk", f.automatisk());
            m.put("forslag", f.forslag().stream().map(t -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("trekkpliktig", t.trekkpliktig());
                x.put("art", t.art());
                x.put("beloepPerMaaned", t.beloepPerMaanedOre() / 100);
                x.put("forklaring", t.forklaring());
                return x;
            }).toList());
            svar.add(m);
        }
        tilgangslogg.info("Forslag til utleggstrekk ({} skyldnere) lest av {}", svar.size(), Innringer.iLogg(jwt));
        return ResponseEntity.ok(svar);
    }

    /** A debtor's orders (active and closed), newest first, each as {@code GET …/utleggstrekk/{trekkid}} shows it. */
    @GetMapping
    ResponseEntity<?> forSkyldner(@org.springframework.web.bind.annotation.RequestParam(required = false) String skyldner,
                                  @AuthenticationPrincipal Jwt jwt) {
        if (skyldner == null || !skyldner.matches("\\d{11}")) throw new Uleselig("skyldner", "skyldner er et fødselsnummer (11 sifre)");
        var liste = bilde.forSkyldner(skyldner);
        tilgangslogg.info("Utleggstrekk for skyldner {}***** lest av {} ({} trekk)", skyldner.substring(0, 6), Innringer.iLogg(jwt), liste.size());
        return ResponseEntity.ok(liste);
    }

    /** The caseworker's view of one order: its claims, every decision (who, when, why) and every published version. */
    @GetMapping("/{trekkid}")
    ResponseEntity<?> vis(@PathVariable String trekkid, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        UUID id = trekkid(trekkid);
        var b = bilde.vis(id).orElseThrow(() -> new Avvist(404, "ukjent-utleggstrekk", "trekkid", "Ukjent trekkid " + id));
        tilgangslogg.info("Utleggstrekk {} lest av {}", id, Innringer.iLogg(jwt));
        return ResponseEntity.ok(b);
    }

    @ExceptionHandler(Avvist.class)
    ResponseEntity<Problem> avvist(Avvist e, HttpServletRequest req) {
        String tittel = switch (e.status()) {
            case 404 -> "Finnes ikke";
            case 409 -> "Konflikt";
            default -> "Regelbrudd i " + e.felt();
        };
        return problem(e.status(), e.type(), tittel, e.getMessage() + " (felt: " + e.felt() + ")", req);
    }

    @ExceptionHandler(Uleselig.class)
    ResponseEntity<Problem> uleselig(Uleselig e, HttpServletRequest req) {
        return problem(400, "ugyldig-felt", "Ugyldig " + e.felt, e.getMessage() + " (felt: " + e.felt + ")", req);
    }

    private static ResponseEntity<Problem> problem(int status, String type, String tittel, String detalj, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI()));
    }

    private static JsonNode objekt(String body) {
        if (body == null || body.isBlank()) throw new Uleselig("body", "Innholdet mangler: et JSON-objekt ventes");
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new Uleselig("body", "Innholdet er ikke gyldig JSON");
        }
        if (n == null || !n.isObject()) throw new Uleselig("body", "Innholdet må være et JSON-objekt");
        return n;
    }

    private static UUID trekkid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new Uleselig("trekkid", "trekkid er ikke en UUID");
        }
    }

    private static String tekst(JsonNode n, String felt) {
        JsonNode v = n.get(felt);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new Uleselig(felt, felt + " må være en tekst");
        return v.asString();
    }

    private static UUID uuid(JsonNode v, String felt) {
        if (!v.isString()) throw new Uleselig(felt, felt + " må inneholde kravidentifikatorer (UUID) som tekst");
        try {
            return UUID.fromString(v.asString());
        } catch (IllegalArgumentException e) {
            throw new Uleselig(felt, "\"" + v.asString().replaceAll("[^\\x20-\\x7e]", "?") + "\" i " + felt + " er ikke en UUID");
        }
    }

    private static LocalDate dato(JsonNode n, String felt) {
        String s = tekst(n, felt);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Uleselig(felt, felt + " må være en dato ÅÅÅÅ-MM-DD");
        }
    }

    /** Exactly one of {@code beloepPerMaaned} (whole kroner) and {@code prosent} (0-100, at most two decimals). */
    private static Trekkstoerrelse stoerrelse(JsonNode n) {
        JsonNode b = n.get("beloepPerMaaned");
        JsonNode p = n.get("prosent");
        boolean harB = b != null && !b.isNull();
        boolean harP = p != null && !p.isNull();
        if (harB == harP)
            throw new Avvist(422, "trekkstoerrelse", harB ? "prosent" : "beloepPerMaaned", "Oppgi nøyaktig ett av beloepPerMaaned og prosent");
        if (harB) {
            if (!b.isNumber()) throw new Uleselig("beloepPerMaaned", "beloepPerMaaned må være et tall (hele kroner)");
            BigDecimal kr = b.decimalValue();
            if (kr.stripTrailingZeros().scale() > 0)
                throw new Avvist(422, "ugyldig-beloep", "beloepPerMaaned", "beloepPerMaaned er hele kroner per måned");
            if (kr.signum() < 0 || kr.compareTo(BigDecimal.valueOf(10_000_000)) > 0)
                throw new Avvist(422, "ugyldig-beloep", "beloepPerMaaned", "beloepPerMaaned må være fra 0 til 10 000 000 kroner");
            return new Trekkstoerrelse.Beloep(kr.longValueExact() * 100);
        }
        if (!p.isNumber()) throw new Uleselig("prosent", "prosent må være et tall");
        BigDecimal pr = p.decimalValue();
        if (pr.signum() < 0 || pr.compareTo(BigDecimal.valueOf(100)) > 0 || pr.stripTrailingZeros().scale() > 2)
            throw new Avvist(422, "ugyldig-prosent", "prosent", "prosent må være fra 0 til 100 med høyst to desimaler");
        return new Trekkstoerrelse.Prosent(pr);
    }

    /**
     * The debtor's household and costs for the rule, in the calculator's fields (all optional): {@code husstand}
     * {@code {skyldner, barn: [{alder}], annenInntektPerMaaned, inntektenErRommelig}}, {@code boutgifterPerMaaned},
     * {@code andreGodkjenteUtgifterPerMaaned}, whole kroner.
     */
    private static Husstandsopplysninger husstand(JsonNode n) {
        JsonNode h = n.get("husstand");
        if ((h == null || h.isNull()) && !n.hasNonNull("boutgifterPerMaaned") && !n.hasNonNull("andreGodkjenteUtgifterPerMaaned"))
            return null;
        String voksne = "ENSLIG";
        List<Integer> barn = new ArrayList<>();
        long annen = 0;
        boolean rommelig = false;
        if (h != null && !h.isNull()) {
            if (!h.isObject()) throw new Uleselig("husstand", "husstand må være et objekt");
            String v = tekst(h, "skyldner");
            if (v != null) {
                if (!List.of("ENSLIG", "GIFT_ELLER_SAMBOER", "FORSOERGER_EKTEFELLE_ELLER_SAMBOER").contains(v))
                    throw new Avvist(422, "ugyldig-husstand", "husstand.skyldner",
                            "husstand.skyldner er ENSLIG, GIFT_ELLER_SAMBOER eller FORSOERGER_EKTEFELLE_ELLER_SAMBOER");
                voksne = v;
            }
            JsonNode b = h.get("barn");
            if (b != null && !b.isNull()) {
                if (!b.isArray()) throw new Uleselig("husstand.barn", "husstand.barn må være en liste");
                for (JsonNode x : b) {
                    JsonNode alder = x.isObject() ? x.get("alder") : null;
                    if (alder == null || !alder.isIntegralNumber()) throw new Uleselig("husstand.barn.alder", "husstand.barn[].alder må være et heltall");
                    if (alder.asInt() < 0 || alder.asInt() > 25)
                        throw new Avvist(422, "ugyldig-husstand", "husstand.barn.alder", "husstand.barn[].alder er fra 0 til 25 år");
                    barn.add(alder.asInt());
                }
            }
            Long a = kroner(h, "husstand.annenInntektPerMaaned", "annenInntektPerMaaned");
            annen = a == null ? 0 : a;
            JsonNode r = h.get("inntektenErRommelig");
            if (r != null && !r.isNull()) {
                if (!r.isBoolean()) throw new Uleselig("husstand.inntektenErRommelig", "husstand.inntektenErRommelig må være true eller false");
                rommelig = r.asBoolean();
            }
        }
        Long bolig = kroner(n, "boutgifterPerMaaned", "boutgifterPerMaaned");
        Long andre = kroner(n, "andreGodkjenteUtgifterPerMaaned", "andreGodkjenteUtgifterPerMaaned");
        return new Husstandsopplysninger(voksne, barn, annen, rommelig, bolig, andre == null ? 0 : andre);
    }

    /** A whole-kroner amount field as øre, or null when absent. */
    private static Long kroner(JsonNode n, String sti, String felt) {
        JsonNode v = n.get(felt);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw new Uleselig(sti, sti + " må være et tall (hele kroner)");
        BigDecimal kr = v.decimalValue();
        if (kr.stripTrailingZeros().scale() > 0 || kr.signum() < 0 || kr.compareTo(BigDecimal.valueOf(10_000_000)) > 0)
            throw new Avvist(422, "ugyldig-beloep", sti, sti + " er hele kroner fra 0 til 10 000 000");
        return kr.longValueExact() * 100;
    }

    /** Free text, at most 2000 characters, no control or invisible formatting characters (it goes into letters and logs). */
    private static String begrunnelse(JsonNode n) {
        String s = tekst(n, "begrunnelse");
        if (s == null) return null;
        if (s.length() > MAKS_BEGRUNNELSE)
            throw new Avvist(422, "ugyldig-begrunnelse", "begrunnelse", "begrunnelse er høyst " + MAKS_BEGRUNNELSE + " tegn");
        if (s.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
            throw new Avvist(422, "ugyldig-begrunnelse", "begrunnelse", "begrunnelse kan ikke inneholde kontrolltegn eller usynlige formateringstegn");
        return s;
    }
}

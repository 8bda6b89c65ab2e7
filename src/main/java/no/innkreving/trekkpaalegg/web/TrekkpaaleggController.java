package no.innkreving.trekkpaalegg.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.trekkpaalegg.Betalingsmottaker;
import no.innkreving.trekkpaalegg.Periode;
import no.innkreving.trekkpaalegg.Trekkpaalegg;
import no.innkreving.trekkpaalegg.Trekkpaaleggsregister;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import no.innkreving.platform.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trekkpålegg API v1 for payers: the latest version of each of the payer's orders after a sequence number, and one
 * order version. The payer is the token's Altinn system-user organisation when it has one, else its consumer
 * organisation; an order addressed to another payer does not exist for it (404, and never in its list).
 */
@RestController
@RequestMapping(path = "/api/trekkpaalegg/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TrekkpaaleggController {
    private static final Logger tilgangslogg = LoggerFactory.getLogger("innkreving.tilgangslogg");
    /** As the published examples: {@code 2025-08-09T15:00:00.00Z} (UTC, hundredths of a second). */
    private static final DateTimeFormatter OPPRETTET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SS'Z'").withZone(ZoneOffset.UTC);
    /** Above this a page is refused (NAV asks for 2500). */
    static final int STOERSTE_SIDE = 10_000;

    private final Trekkpaaleggsregister register;

    TrekkpaaleggController(Trekkpaaleggsregister register) {
        this.register = register;
    }

    @JsonPropertyOrder({"trekkid", "skyldner", "opprettet", "saksnummer", "trekkstatus", "trekkpliktig", "trekkversjon",
            "sekvensnummer", "betalingsinformasjon", "trekkstoerrelseForPeriode"})
    record TrekkpaaleggDto(String trekkid, String skyldner, String opprettet, String saksnummer, String trekkstatus,
                           String trekkpliktig, int trekkversjon, long sekvensnummer, BetalingsinformasjonDto betalingsinformasjon,
                           List<PeriodeDto> trekkstoerrelseForPeriode) {
        static TrekkpaaleggDto av(Trekkpaalegg t, Betalingsmottaker m) {
            return new TrekkpaaleggDto(t.trekkid().toString(), t.skyldner(), OPPRETTET.format(t.opprettet()), t.saksnummer(),
                    t.trekkstatus().publisert(), t.trekkpliktig(), t.trekkversjon(), t.sekvensnummer(),
                    new BetalingsinformasjonDto(t.kidnummer(), m.kontonummer(), m.betalingsmottaker()),
                    t.perioder().stream().map(PeriodeDto::av).toList());
        }
    }

    @JsonPropertyOrder({"kidnummer", "kontonummer", "betalingsmottaker"})
    record BetalingsinformasjonDto(String kidnummer, String kontonummer, String betalingsmottaker) {
    }

    @JsonPropertyOrder({"startdato", "sluttdato", "trekkbeloep", "trekkprosent"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PeriodeDto(String startdato, String sluttdato, Beloep trekkbeloep, Prosent trekkprosent) {
        static PeriodeDto av(Periode p) {
            String slutt = p.sluttdato() == null ? null : p.sluttdato().toString();
            return switch (p.stoerrelse()) {
                case Trekkstoerrelse.Beloep b -> new PeriodeDto(p.startdato().toString(), slutt, new Beloep(b.kroner()), null);
                case Trekkstoerrelse.Prosent pr -> new PeriodeDto(p.startdato().toString(), slutt, null, new Prosent(pr.prosent()));
            };
        }
    }

    record Beloep(BigDecimal trekkbeloep) {
    }

    record Prosent(BigDecimal trekkprosent) {
    }

    @GetMapping
    ResponseEntity<?> liste(@RequestParam(required = false) String fraSekvensnummer, @RequestParam(required = false) String maksAntall,
                            @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        Optional<String> trekkpliktig = trekkpliktig(jwt);
        if (trekkpliktig.isEmpty()) return ingenVirksomhet(req);
        if ((fraSekvensnummer == null) != (maksAntall == null))
            return problem(400, "ugyldig-parameter", "Ugyldig parameter", "fraSekvensnummer og maksAntall oppgis sammen", req);
        long fra = 0;
        int maks = STOERSTE_SIDE;
        if (fraSekvensnummer != null) {
            Long f = tall(fraSekvensnummer);
            if (f == null || f < 0) return problem(400, "ugyldig-parameter", "Ugyldig parameter",
                    "fraSekvensnummer må være et heltall fra 0", req);
            Long m = tall(maksAntall);
            if (m == null || m < 1 || m > STOERSTE_SIDE) return problem(400, "ugyldig-parameter", "Ugyldig parameter",
                    "maksAntall må være et heltall fra 1 til " + STOERSTE_SIDE, req);
            fra = f;
            maks = m.intValue();
        }
        List<TrekkpaaleggDto> svar = register.forTrekkpliktig(trekkpliktig.get(), fra, maks).stream()
                .map(t -> TrekkpaaleggDto.av(t, register.betalingsmottaker())).toList();
        tilgangslogg.info("Trekkpålegg: {} hentet {} pålegg etter sekvensnummer {} (klient {}, korrelasjonsid {})", trekkpliktig.get(),
                svar.size(), fra, loggbar(req.getHeader("Klientid")), loggbar(req.getHeader("Korrelasjonsid")));
        return ResponseEntity.ok(svar);
    }

    @GetMapping("/{trekkid}/{trekkversjon}")
    ResponseEntity<?> versjon(@PathVariable String trekkid, @PathVariable String trekkversjon, @AuthenticationPrincipal Jwt jwt,
                              HttpServletRequest req) {
        Optional<String> trekkpliktig = trekkpliktig(jwt);
        if (trekkpliktig.isEmpty()) return ingenVirksomhet(req);
        UUID id;
        try {
            id = UUID.fromString(trekkid);
        } catch (IllegalArgumentException e) {
            return problem(400, "ugyldig-trekkid", "Ugyldig trekkid", "trekkid er ikke en UUID", req);
        }
        Long versjon = tall(trekkversjon);
        if (versjon == null || versjon < 1 || versjon > Integer.MAX_VALUE)
            return problem(400, "ugyldig-trekkversjon", "Ugyldig trekkversjon", "trekkversjon må være et heltall fra 1", req);
        Optional<Trekkpaalegg> t = register.versjon(id, versjon.intValue()).filter(p -> p.trekkpliktig().equals(trekkpliktig.get()));
        tilgangslogg.info("Trekkpålegg: {} hentet {}/{}: {} (klient {})", trekkpliktig.get(), id, versjon,
                t.isPresent() ? "funnet" : "finnes ikke for denne trekkpliktige", loggbar(req.getHeader("Klientid")));
        if (t.isEmpty()) return problem(404, "ukjent-trekkpaalegg", "Finnes ikke", "Ingen slik versjon av et trekkpålegg til denne trekkpliktige", req);
        return ResponseEntity.ok(TrekkpaaleggDto.av(t.get(), register.betalingsmottaker()));
    }

    /**
     * The payer: the Altinn system user's organisation ({@code authorization_details}, type {@code urn:altinn:systemuser},
     * {@code systemuser_org.ID} = {@code 0192:<orgnr>}) when there is one, else the consumer organisation.
     */
    static Optional<String> trekkpliktig(Jwt jwt) {
        if (jwt.getClaims().get("authorization_details") instanceof List<?> detaljer) {
            for (Object d : detaljer) {
                if (d instanceof Map<?, ?> m && "urn:altinn:systemuser".equals(m.get("type"))
                        && m.get("systemuser_org") instanceof Map<?, ?> org && org.get("ID") instanceof String id
                        && id.matches("0192:\\d{9}"))
                    return Optional.of(id.substring(5));
            }
        }
        if (jwt.getClaims().get("consumer") instanceof Map<?, ?> c && c.get("ID") instanceof String id && id.matches("0192:\\d{9}"))
            return Optional.of(id.substring(5));
        return Optional.empty();
    }

    private static Long tall(String s) {
        if (s == null || !s.matches("\\d{1,18}")) return null;
        return Long.parseLong(s);
    }

    /** A header value as a log line may carry it: printable ASCII, at most 64 characters. */
    private static String loggbar(String s) {
        if (s == null) return "-";
        String r = s.replaceAll("[^\\x21-\\x7e]", "?");
        return r.length() > 64 ? r.substring(0, 64) : r;
    }

    private static ResponseEntity<Problem> ingenVirksomhet(HttpServletRequest req) {
        return problem(403, "ingen-trekkpliktig", "Ingen tilgang", "Tokenet angir ingen virksomhet (trekkpliktig)", req);
    }

    private static ResponseEntity<Problem> problem(int status, String type, String title, String detail, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, title, status, detail, req.getRequestURI()));
    }
}

package no.innkreving.betalingsavtale.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.betalingsavtale.Avgjoerelse;
import no.innkreving.betalingsavtale.Betalingsavtaler;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.Soeknadsfeil;
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

/**
 * Caseworkers (scope innkreving:saksbehandling): the queue of plan and postponement applications with their
 * deadlines, a case, and the decision on it (who, when, why; the letter is sent). Every read of a debtor's data is
 * logged with who read it.
 */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1/betalingssaker")
class BetalingssakController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");

    private final Betalingsavtaler avtaler;

    BetalingssakController(Betalingsavtaler avtaler) {
        this.avtaler = avtaler;
    }

    record Krav(UUID kravidentifikator, BigDecimal beloep) {
    }

    record Del(UUID kravidentifikator, int kravforfallsnummer, BigDecimal beloep) {
    }

    record Avdrag(int nummer, LocalDate forfallsdato, BigDecimal beloep, List<Del> deler) {
    }

    record Hendelse(Instant tidspunkt, LocalDate dato, String hendelse, String utfoertAv, String begrunnelse, UUID dokumentId) {
    }

    record Sak(UUID id, long saksnummer, String slag, String skyldner, Instant mottatt, String status, String grunn,
               LocalDate frist, BigDecimal maanedsbeloep, Integer dagIMaaneden, LocalDate nyForfallsdato, BigDecimal totalbeloep,
               String avgjortAv, Instant avgjort, String kid, List<Krav> krav, List<Avdrag> avdrag, List<Hendelse> hendelser) {
        static Sak av(Betalingssak s) {
            return new Sak(s.id(), s.saksnummer(), s.slag().name(), s.skyldner(), s.mottatt(), s.status().name(), s.grunn(),
                    s.frist(), s.maanedsbeloepOre() == null ? null : kr(s.maanedsbeloepOre()), s.dagIMaaneden(), s.nyForfallsdato(),
                    kr(s.totalbeloepOre()), s.avgjortAv(), s.avgjort(), s.kid(),
                    s.krav().stream().map(k -> new Krav(k.kravId(), kr(k.beloepOre()))).toList(),
                    s.avdrag().stream().map(a -> new Avdrag(a.nummer(), a.forfallsdato(), kr(a.beloepOre()),
                            a.deler().stream().map(d -> new Del(d.kravId(), d.kravforfallNummer(), kr(d.beloepOre()))).toList())).toList(),
                    s.hendelser().stream().map(h -> new Hendelse(h.tidspunkt(), h.dato(), h.hendelse(), h.utfoertAv(),
                            h.begrunnelse(), h.dokumentId())).toList());
        }
    }

    record Skyldnerskrav(UUID kravidentifikator, String beskrivelse, String kid, BigDecimal gjenstaaendeBeloep, LocalDate forfallsdato,
                         String stans, List<String> purresteg, boolean klarForTvangsinnkreving, boolean iSaken) {
    }

    record Andresak(UUID id, long saksnummer, String slag, String status, LocalDate mottatt, String grunn) {
    }

    record Saksbilde(Sak sak, List<Skyldnerskrav> skyldnersKrav, List<Andresak> andreSaker) {
        static Saksbilde av(no.innkreving.betalingsavtale.Saksbilde b) {
            return new Saksbilde(Sak.av(b.sak()), b.skyldnersKrav().stream().map(k -> new Skyldnerskrav(k.kravId(), k.beskrivelse(), k.kid(),
                    kr(k.gjenstaaendeOre()), k.forfallsdato(), k.stans(), k.purresteg(), k.klarForTvangsinnkreving(), k.iSaken())).toList(),
                    b.andreSaker().stream().map(a -> new Andresak(a.id(), a.saksnummer(), a.slag().name(), a.status().name(),
                            a.mottattDato(), a.grunn())).toList());
        }
    }

    /** The queue's entry: enough to choose what to open, the debtor's id masked. */
    record Koeelement(UUID id, long saksnummer, String slag, String skyldner, LocalDate mottatt, LocalDate frist, BigDecimal totalbeloep) {
    }

    record Vedtak(String utfall, String begrunnelse) {
    }

    private static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    @GetMapping
    ResponseEntity<?> koe(@AuthenticationPrincipal Jwt jwt) {
        List<Koeelement> koe = avtaler.tilBehandling().stream().map(s -> new Koeelement(s.id(), s.saksnummer(), s.slag().name(),
                maskert(s.skyldner()), s.mottattDato(), s.frist(), kr(s.totalbeloepOre()))).toList();
        log.info("Plan and postponement queue read by {} ({} cases, debtor ids masked)", Innringer.iLogg(jwt), koe.size());
        return ResponseEntity.ok(koe);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> sak(@PathVariable String id, @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        UUID sakId = uuid(id);
        if (sakId == null) return problem(400, "ugyldig-sak", "Ugyldig saks-id", "Saks-id-en er ikke en UUID", req);
        Optional<no.innkreving.betalingsavtale.Saksbilde> s = avtaler.saksbilde(sakId);
        if (s.isEmpty()) return problem(404, "ukjent-sak", "Ukjent sak", "Ingen betalingssak med denne id-en", req);
        log.info("Payment case {} with the debtor's claims read by {} (debtor {})", sakId, Innringer.iLogg(jwt), maskert(s.get().sak().skyldner()));
        return ResponseEntity.ok(Saksbilde.av(s.get()));
    }

    @PostMapping("/{id}/vedtak")
    ResponseEntity<?> vedtak(@PathVariable String id, @RequestBody(required = false) Vedtak vedtak,
                             @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        UUID sakId = uuid(id);
        if (sakId == null) return problem(400, "ugyldig-sak", "Ugyldig saks-id", "Saks-id-en er ikke en UUID", req);
        if (vedtak == null) return problem(400, "ugyldig-vedtak", "Ugyldig vedtak", "Body mangler: {\"utfall\":\"GODKJENT\"|\"AVSLAATT\",\"begrunnelse\":\"…\"}", req);
        if (!"GODKJENT".equals(vedtak.utfall()) && !"AVSLAATT".equals(vedtak.utfall()))
            return problem(422, "ugyldig-vedtak", "Ugyldig vedtak", "utfall må være GODKJENT eller AVSLAATT", req);
        String hvem = Innringer.ident(jwt);
        Optional<Avgjoerelse> a;
        try {
            a = avtaler.avgjoer(sakId, "GODKJENT".equals(vedtak.utfall()), hvem, vedtak.begrunnelse());
        } catch (Soeknadsfeil f) {
            return problem(422, "ugyldig-vedtak", "Ugyldig vedtak", f.felt() + ": " + f.getMessage(), req);
        }
        if (a.isEmpty()) return problem(404, "ukjent-sak", "Ukjent sak", "Ingen betalingssak med denne id-en", req);
        if (!a.get().avgjort())
            return problem(409, "allerede-avgjort", "Saken er allerede avgjort",
                    "Saken venter ikke på saksbehandler (status " + a.get().sak().status() + ")", req);
        log.info("Payment case {} decided {} by {} (debtor {})", sakId, vedtak.utfall(), Innringer.iLogg(jwt), maskert(a.get().sak().skyldner()));
        return ResponseEntity.ok(Sak.av(a.get().sak()));
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String maskert(String skyldner) {
        return skyldner.substring(0, Math.min(6, skyldner.length())) + "*****";
    }

    /** The caseworker: the token's {@code saksbehandler} claim (their ident) when it has one, else the client it was issued to. */

    private static ResponseEntity<Problem> problem(int status, String type, String title, String detail, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, title, status, detail, req.getRequestURI()));
    }
}

package no.innkreving.payments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.payments.Betalingsavstemming;
import no.innkreving.payments.application.Saksbehandling;
import no.innkreving.payments.application.Saksbehandling.UplassertInnbetaling;
import no.innkreving.payments.application.Saksbehandling.Utfall;
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

/** Caseworkers: the queue of money in suspense, and placing it. Every placement is logged with who did it. */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1")
class SaksbehandlingController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Saksbehandling saksbehandling;
    private final Betalingsavstemming avstemming;

    SaksbehandlingController(Saksbehandling saksbehandling, Betalingsavstemming avstemming) {
        this.saksbehandling = saksbehandling;
        this.avstemming = avstemming;
    }

    /** Kroner with two decimals, as in the debtor's view: the one convention for amounts in our answers. */
    static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    /** One file in the reconciliation: what it held and where it went, in kroner. */
    record Filavstemming(UUID bankfilId, String filnavn, String status, BigDecimal lestBeloep, BigDecimal bokfoertBeloep,
                         BigDecimal tidligereMottattBeloep, int avvistePoster, BigDecimal tilbakefoeringerLestBeloep,
                         BigDecimal tilbakefoertBeloep) {
    }

    /** The reconciliation in kroner (two decimals), all positive as money. */
    record Avstemming(int ubalanserteTransaksjoner, int linjesaldoerSomAvviker, long posteringerUtenOpphav,
                      BigDecimal innbetaltIFilerBeloep, BigDecimal tilbakefoertAvBankenBeloep, BigDecimal bankBeloep,
                      BigDecimal plassertBeloep, BigDecimal uplassertBeloep, BigDecimal tilbakebetaltBeloep,
                      BigDecimal utbetalingsinstrukserBeloep, int antallFiler, List<Filavstemming> filerSomIkkeStemmer,
                      boolean stemmer, BigDecimal motregningMottattBeloep) {
    }

    /** Is every krone accounted for? */
    @GetMapping("/betalingsavstemming")
    Avstemming avstemming() {
        var r = avstemming.kontroller();
        return new Avstemming(r.ubalanserteTransaksjoner(), r.linjesaldoerSomAvviker(), r.posteringerUtenOpphav(),
                kr(r.innbetaltIFiler()), kr(r.tilbakefoertAvBanken()), kr(r.bank()), kr(r.plassert()), kr(r.uplassert()),
                kr(r.tilbakebetalt()), kr(r.utbetalingsinstrukser()), r.antallFiler(),
                r.filerSomIkkeStemmer().stream().map(f -> new Filavstemming(f.bankfilId(), f.filnavn(), f.status(),
                        kr(f.lestOre()), kr(f.bokfoertOre()), kr(f.tidligereMottattOre()), f.avvistePoster(),
                        kr(f.tilbakefoeringerLestOre()), kr(f.tilbakefoertOre()))).toList(),
                r.stemmer(), kr(r.motregnet()));
    }

    /** A payment in the suspense queue, amounts in kroner. */
    record Uplassert(UUID innbetalingId, String bankreferanse, LocalDate innbetalingsdato, LocalDate bokfoeringsdato,
                     BigDecimal innbetaltBeloep, BigDecimal uplassertBeloep, String kid, String skyldner, String fraKonto,
                     String fraNavn, String fritekst) {
        static Uplassert av(UplassertInnbetaling u) {
            var i = u.innbetaling();
            return new Uplassert(i.innbetalingId(), i.bankreferanse(), i.innbetalingsdato(), i.bokfoeringsdato(),
                    kr(i.beloepOre()), kr(u.uplassertOre()), i.kid(), i.skyldner(), i.fraKonto(), i.fraNavn(), i.fritekst());
        }
    }

    /** What a placement did, in kroner. */
    record Plassert(Uplassert foer, BigDecimal plassertBeloep, BigDecimal tilbakebetaltBeloep,
                    BigDecimal fortsattUplassertBeloep) {
    }

    @GetMapping("/uplasserte-innbetalinger")
    List<Uplassert> koe(@AuthenticationPrincipal Jwt jwt) {
        List<UplassertInnbetaling> koe = saksbehandling.koe();
        log.info("Suspense queue read by {} ({} payments, payer names and accounts included)", Innringer.iLogg(jwt), koe.size());
        return koe.stream().map(Uplassert::av).toList();
    }


    /** Where to place: a KID (designates that claim) or a debtor's identifier. */
    record Plasseringsordre(String kid, String skyldner) {
    }

    @PostMapping("/uplasserte-innbetalinger/{id}/plassering")
    ResponseEntity<?> plasser(@PathVariable String id, @RequestBody(required = false) Plasseringsordre ordre,
                              @AuthenticationPrincipal Jwt jwt, HttpServletRequest req) {
        UUID innbetaling;
        try {
            innbetaling = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return problem(404, "ukjent-innbetaling", "Ukjent innbetaling", "Ingen innbetaling med denne id-en", req);
        }
        if (ordre == null) return problem(400, "ugyldig-plassering", "Ugyldig plassering", "Oppgi kid eller skyldner", req);
        String hvem = Innringer.ident(jwt);
        Utfall utfall = saksbehandling.plasser(innbetaling, blank(ordre.kid()), blank(ordre.skyldner()), hvem);
        return switch (utfall) {
            case Utfall.Plassert p -> {
                log.info("Suspense payment {} placed by {} ({} øre placed, {} refunded)", innbetaling, Innringer.iLogg(jwt), p.plassertOre(),
                        p.tilbakebetaltOre());
                yield ResponseEntity.ok(new Plassert(Uplassert.av(p.foer()), kr(p.plassertOre()), kr(p.tilbakebetaltOre()),
                        kr(p.fortsattUplassertOre())));
            }
            case Utfall.Avvist a -> problem(422, "plassering-avvist", "Plasseringen ble avvist", a.melding(), req);
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ResponseEntity<Problem> problem(int status, String type, String title, String detail, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, title, status, detail, req.getRequestURI()));
    }
}

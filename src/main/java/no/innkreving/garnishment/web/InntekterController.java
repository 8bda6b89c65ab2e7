package no.innkreving.garnishment.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.innkreving.garnishment.Inntektsregister;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.security.Innringer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers: a person's payers from the income register, this month (or {@code ?maaned=ÅÅÅÅ-MM}); every read logged. */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1/skyldnere")
class InntekterController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Inntektsregister register;
    private final Clock clock;

    InntekterController(Inntektsregister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Whole kroner per month, the calculator's units, so an answer can be put straight into it. */
    record Inntekt(String trekkpliktig, String art, long bruttoPerMaaned, long forskuddstrekkPerMaaned) {
    }

    @GetMapping("/{foedselsnummer}/inntekter")
    List<Inntekt> inntekter(@PathVariable String foedselsnummer, @RequestParam(required = false) String maaned,
                            @AuthenticationPrincipal Jwt jwt) {
        if (!Foedselsnummer.erGyldig(foedselsnummer))
            throw new UgyldigParameter("foedselsnummer", "foedselsnummer er ikke et gyldig fødselsnummer eller d-nummer");
        YearMonth m;
        try {
            m = maaned == null ? YearMonth.now(clock) : YearMonth.parse(maaned.strip());
        } catch (DateTimeParseException e) {
            throw new UgyldigParameter("maaned", "maaned må være en måned ÅÅÅÅ-MM");
        }
        List<Inntekt> svar = register.inntekter(foedselsnummer, m).stream()
                .map(i -> new Inntekt(i.trekkpliktig(), i.art().name(), i.bruttoOre() / 100, i.forskuddstrekkOre() / 100)).toList();
        log.info("Income of {} for {} read by {} ({} payers)", Skyldner.maskert(foedselsnummer), m, Innringer.iLogg(jwt), svar.size());
        return svar;
    }

    /** A path or query parameter of the wrong form: 400 naming it. */
    static final class UgyldigParameter extends RuntimeException {
        final String felt;

        UgyldigParameter(String felt, String melding) {
            super(melding);
            this.felt = felt;
        }
    }

}

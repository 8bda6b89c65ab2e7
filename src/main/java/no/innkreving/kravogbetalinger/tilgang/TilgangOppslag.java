package no.innkreving.kravogbetalinger.tilgang;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innkreving.kravogbetalinger.tilgang.Tilgangsregel.Resultat;
import no.innkreving.parties.Skyldner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives the Krav og betalinger endpoints their {@link TilgangTilPart} parameter: reads the verified token, the
 * path's rettighetspakke and partIdentifikator, and the AltinnSamtykke header; applies {@link Tilgangsregel}; logs
 * every granted and refused look-up of a party (who, which party, which endpoint, outcome) to
 * {@code innkreving.tilgangslogg}; throws {@link KbFeil} on refusal.
 */
@Configuration
class TilgangOppslag implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private static final Logger tilgangslogg = LoggerFactory.getLogger("innkreving.tilgangslogg");
    /** Published service codes (samtykke) per endpoint. */
    private static final Map<String, String> TJENESTEKODE = Map.of("aapnekrav", "5928", "krav", "5929",
            "innbetalinger", "5930", "utbetalinger", "5931");

    private final Samtykkeverifisering samtykker;

    TilgangOppslag(Samtykkeverifisering samtykker) {
        this.samtykker = samtykker;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter p) {
        return p.getParameterType() == TilgangTilPart.class;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TilgangTilPart resolveArgument(MethodParameter p, ModelAndViewContainer mav, NativeWebRequest web, WebDataBinderFactory b) {
        HttpServletRequest req = web.getNativeRequest(HttpServletRequest.class);
        Map<String, String> sti = (Map<String, String>) req.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String pakke = sti.get("rettighetspakke");
        String part = sti.get("partIdentifikator");
        String endepunkt = req.getRequestURI().substring(req.getRequestURI().lastIndexOf('/') + 1);
        Jwt jwt = (Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        Tilgangsregel.Tokenfakta fakta = fakta(jwt);
        Resultat r = Tilgangsregel.vurder(pakke, part, TJENESTEKODE.getOrDefault(endepunkt, ""), fakta,
                "finans".equals(pakke) ? samtykker.verifiser(req.getHeader("AltinnSamtykke")) : new Tilgangsregel.Samtykke.Mangler());
        String hvem = fakta.pid() != null ? "person " + maskert(fakta.pid()) : "virksomhet " + fakta.konsumentOrgnr() + " (klient " + fakta.klient() + ")";
        return switch (r) {
            case Resultat.Tillatt t -> {
                tilgangslogg.info("Krav og betalinger: {} fikk {} for part {} ({}, {})", hvem, endepunkt, maskert(part), pakke, t.tilgang().grunnlag());
                yield t.tilgang();
            }
            case Resultat.Avslag a -> {
                tilgangslogg.info("Krav og betalinger: {} ble nektet {} for part {} ({}): {} {}", hvem, endepunkt, maskert(part), pakke, a.kode(), a.melding());
                throw new KbFeil(a.kode(), a.status(), a.melding());
            }
        };
    }

    static Tilgangsregel.Tokenfakta fakta(Jwt jwt) {
        String konsument = null;
        if (jwt.getClaims().get("consumer") instanceof Map<?, ?> c && c.get("ID") instanceof String id && id.startsWith("0192:"))
            konsument = id.substring(5);
        Set<String> systembruker = new HashSet<>();
        if (jwt.getClaims().get("authorization_details") instanceof List<?> detaljer) {
            for (Object d : detaljer) {
                if (d instanceof Map<?, ?> m && "urn:altinn:systemuser".equals(m.get("type"))
                        && m.get("systemuser_org") instanceof Map<?, ?> org && org.get("ID") instanceof String id && id.startsWith("0192:"))
                    systembruker.add(id.substring(5));
            }
        }
        return new Tilgangsregel.Tokenfakta(konsument, jwt.getClaimAsString("pid"), systembruker, jwt.getClaimAsString("client_id"));
    }

    /** A party in a log line: an organisation number whole, anything else (a person's number, perhaps mistyped) birth date only. */
    static String maskert(String id) {
        return Skyldner.maskert(id);
    }
}

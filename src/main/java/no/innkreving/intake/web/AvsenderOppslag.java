package no.innkreving.intake.web;

import java.util.List;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.intake.application.Avsender;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Feil;
import no.innkreving.intake.domain.Identifikatorer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every creditor-API handler its {@link Avsender}: the creditor is the token's consumer organisation
 * ("0192:<orgnr>") and must be one we know; Korrelasjonsid and Klientid come from the headers.
 */
@Configuration
class AvsenderOppslag implements WebMvcConfigurer, HandlerMethodArgumentResolver {
    private final ClaimTypeCatalogue katalog;

    AvsenderOppslag(ClaimTypeCatalogue katalog) {
        this.katalog = katalog;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Avsender.class;
    }

    @Override
    public Avsender resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest req, WebDataBinderFactory binder) {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        String orgnr = principal instanceof Jwt jwt ? Konsument.organisasjonsnummer(jwt) : "";
        var oppdragsgiver = katalog.oppdragsgiver(orgnr).orElseThrow(() -> new AvvisningException(Feil.UKJENT_OPPDRAGSGIVER.med(
                "Organisasjonsnummer=" + Identifikatorer.trygg(orgnr) + " er ikke registrert som oppdragsgiver")));
        return new Avsender(oppdragsgiver, header(req, "Korrelasjonsid"), header(req, "Klientid"));
    }

    private static String header(NativeWebRequest req, String navn) {
        String s = req.getHeader(navn);
        if (s == null || s.isBlank()) return null;
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}

package no.innkreving.platform.innlogging;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page controller takes {@link Skyldnerkontekst} (the debtor acted for) or {@link Innlogget.Saksbehandler} as a
 * parameter; it is never null: without such a login the request is refused (403 page) before the method runs.
 */
@Configuration
class InnloggetArgument implements WebMvcConfigurer, HandlerMethodArgumentResolver {
    private final Innlogging innlogging;

    InnloggetArgument(Innlogging innlogging) {
        this.innlogging = innlogging;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter p) {
        return p.getParameterType() == Skyldnerkontekst.class || p.getParameterType() == Innlogget.Saksbehandler.class;
    }

    @Override
    public Object resolveArgument(MethodParameter p, ModelAndViewContainer mav, NativeWebRequest web, WebDataBinderFactory binder) {
        if (p.getParameterType() == Skyldnerkontekst.class) {
            return innlogging.skyldner(web.getNativeRequest(HttpServletRequest.class))
                    .orElseThrow(() -> new AccessDeniedException("not logged in as a person"));
        }
        return innlogging.saksbehandler().orElseThrow(() -> new AccessDeniedException("not logged in as a caseworker"));
    }
}

package no.innkreving.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.innkreving.platform.web.Feilformat;
import no.innkreving.platform.web.Problem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint needs a bearer token (JWT, verified with Spring Boot's standard resource-server settings)
 * except health, the OpenAPI document and, in the demo profile, the local token issuer (outside it those paths have
 * no controller and answer 404). Actuator endpoints other than health need the operator scope. Each API adds its own
 * scope rule here; which creditor or debtor a token may see is decided in the module that owns the data.
 */
@Configuration
public class SecurityConfig {
    public static final String SCOPE_INNKREVINGSOPPDRAG = "SCOPE_skatteetaten:innkrevingsoppdrag";
    /** Banks and accounting systems reading a party's claims and payments (Krav og betalinger). */
    public static final String SCOPE_KRAVOGBETALINGER = "SCOPE_skatteetaten:kravogbetalinger";
    /** Operators who upload bank files and read their outcomes. */
    public static final String SCOPE_BANKFIL = "SCOPE_innkreving:bankfil";
    /** Caseworkers (saksbehandlere): work queues such as money in suspense. */
    public static final String SCOPE_SAKSBEHANDLING = "SCOPE_innkreving:saksbehandling";
    /** Payers (employers, NAV) polling garnishment orders addressed to them (Trekkpålegg API v1). */
    public static final String SCOPE_TREKKPAALEGG = "SCOPE_skatteetaten:trekkpaalegg";
    /** Operators of the service: actuator endpoints beyond health (metrics, info). */
    public static final String SCOPE_DRIFT = "SCOPE_innkreving:drift";

    private final JsonMapper json = JsonMapper.builder().build();
    private final java.util.List<Feilformat> formater;

    SecurityConfig(java.util.List<Feilformat> formater) {
        this.formater = formater;
    }

    /** Per-filter observations cost about a sixth of a create's CPU (bench/README.md); request metrics remain. */
    @Bean
    SecurityObservationSettings ingenSikkerhetsobservasjoner() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasAuthority(SCOPE_DRIFT)
                        .requestMatchers("/.well-known/oauth-authorization-server", "/token", "/jwk", "/demo/**").permitAll()
                        .requestMatchers("/api/innkreving/innkrevingsoppdrag/v1/openapi.yaml",
                                "/api/innkreving/innkrevingsoppdrag/v1/openapi.json").permitAll()
                        .requestMatchers("/api/innkreving/innkrevingsoppdrag/**").hasAuthority(SCOPE_INNKREVINGSOPPDRAG)
                        .requestMatchers("/api/innkreving/kravogbetalinger/**").hasAuthority(SCOPE_KRAVOGBETALINGER)
                        .requestMatchers("/api/innkreving/bankfiler", "/api/innkreving/bankfiler/**").hasAuthority(SCOPE_BANKFIL)
                        .requestMatchers("/api/innkreving/saksbehandling/**").hasAuthority(SCOPE_SAKSBEHANDLING)
                        .requestMatchers("/api/innkreving/drift/**").hasAuthority(SCOPE_DRIFT)
                        .requestMatchers("/api/trekkpaalegg", "/api/trekkpaalegg/**").hasAuthority(SCOPE_TREKKPAALEGG)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((req, res, e) -> write(req, res, 401, "ikke-autentisert",
                                "Ikke autentisert", hvorforIkkeAutentisert(e)))
                        .accessDeniedHandler((req, res, e) -> write(req, res, 403, "ingen-tilgang",
                                "Ingen tilgang", "Tokenet gir ikke tilgang til denne tjenesten (mangler scope)")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> write(req, res, 401, "ikke-autentisert",
                                "Ikke autentisert", "Bearer-token mangler"))
                        .accessDeniedHandler((req, res, ex) -> write(req, res, 403, "ingen-tilgang",
                                "Ingen tilgang", "Tokenet gir ikke tilgang til denne tjenesten (mangler scope)")));
        return http.build();
    }

    /**
     * In our words, never the JWT library's: its messages name internals (parsers, algorithms, claim values). Only
     * the kind of fault is told: no token, an expired one, or one that does not hold.
     */
    static String hvorforIkkeAutentisert(AuthenticationException e) {
        if (e instanceof InsufficientAuthenticationException) return "Bearer-token mangler";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException v && v.getErrors().stream()
                    .anyMatch(f -> f.getDescription() != null && f.getDescription().contains("expired"))) {
                return "Bearer-tokenet er utløpt; hent et nytt";
            }
        }
        return "Bearer-tokenet er ugyldig (format, signatur, utsteder eller gyldighet holder ikke)";
    }

    /** Paths may carry a creditor's own claim id with an encoded {@code /} in it (contract: letters, digits, - and /). */
    @Bean
    HttpFirewall brannmur() {
        StrictHttpFirewall f = new StrictHttpFirewall();
        f.setAllowUrlEncodedSlash(true);
        return f;
    }

    private void write(HttpServletRequest req, HttpServletResponse res, int status, String type, String title, String detail)
            throws IOException {
        if (status == 401) res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        for (Feilformat f : formater) {
            if (f.gjelder(req)) {
                Feilformat.Feilsvar s = f.svar(status, detail, req);
                res.setStatus(s.status());
                res.setContentType(s.contentType());
                res.setCharacterEncoding("UTF-8");
                json.writeValue(res.getOutputStream(), s.body());
                return;
            }
        }
        res.setStatus(status);
        res.setContentType(Problem.MEDIA_TYPE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(),
                new Problem(Problem.PLATFORM_PREFIX + type, title, status, detail, req.getRequestURI()));
    }
}

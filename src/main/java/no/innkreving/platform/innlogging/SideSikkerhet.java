package no.innkreving.platform.innlogging;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import no.innkreving.platform.web.HtmlFeilside;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web pages' security, beside the APIs' bearer tokens (SecurityConfig): a session login, CSRF tokens on every
 * form, and roles: {@code /skyldner/**} for a person logged in ({@code ROLE_SKYLDNER}), {@code /saksbehandler/**} for
 * a caseworker. Production logs persons in with OpenID Connect (ID-porten style) when
 * {@code spring.security.oauth2.client.registration.*} is configured (off otherwise); the demo profile adds its
 * picker at {@code /demo/logg-inn}. Someone not logged in is sent to {@code /logg-inn}.
 */
@Configuration
class SideSikkerhet {

    @Bean
    @Order(1)
    SecurityFilterChain sider(HttpSecurity http, Innlogging innlogging,
                              ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.securityMatcher("/", "/skyldner", "/skyldner/**", "/saksbehandler", "/saksbehandler/**", "/logg-inn", "/logg-ut",
                        "/demo/logg-inn", "/oauth2/**", "/login/oauth2/**", "/css/**", "/js/**", "/favicon.ico")
                .securityContext(c -> c.securityContextRepository(innlogging.kontekster()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/logg-inn", "/demo/logg-inn", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/skyldner", "/skyldner/**").hasAuthority(Innlogging.ROLLE_SKYLDNER)
                        .requestMatchers("/saksbehandler", "/saksbehandler/**").hasAuthority(Innlogging.ROLLE_SAKSBEHANDLER)
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/logg-inn"))
                        .accessDeniedHandler((req, res, ex) -> side(res, 403, "Ingen tilgang",
                                "Du er ikke logget inn med en rolle som gir tilgang til denne siden. Skjemaet kan også ha vært åpent for lenge: last siden på nytt og prøv igjen.")))
                .logout(l -> l.logoutUrl("/logg-ut").logoutSuccessUrl("/logg-inn?utlogget"))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/logg-inn")
                    .userInfoEndpoint(u -> u.oidcUserService(somSkyldner()))
                    .defaultSuccessUrl("/skyldner/oversikt", true));
        }
        return http.build();
    }

    /** A person from ID-porten is a debtor on these pages (their {@code pid} claim is their fødselsnummer). */
    private static OAuth2UserService<OidcUserRequest, OidcUser> somSkyldner() {
        OidcUserService standard = new OidcUserService();
        return req -> {
            OidcUser u = standard.loadUser(req);
            Set<GrantedAuthority> a = new HashSet<>(u.getAuthorities());
            a.add(new SimpleGrantedAuthority(Innlogging.ROLLE_SKYLDNER));
            return new DefaultOidcUser(a, u.getIdToken(), u.getUserInfo(), "pid");
        };
    }

    private static void side(jakarta.servlet.http.HttpServletResponse res, int status, String tittel, String melding) throws IOException {
        res.setStatus(status);
        res.setContentType("text/html");
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(HtmlFeilside.side(status, tittel, melding));
    }
}

package no.innkreving.platform.innlogging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The session login of the web pages. A person comes from ID-porten (OpenID Connect, {@code pid} claim) or, in the
 * demo profile, from the demo picker; a caseworker from the demo picker (production: the authority's own identity
 * provider, not built). Logging in starts a new session id (no fixation); the organisation a person acts for is kept
 * beside the login in the same session.
 */
@Component
public class Innlogging {
    public static final String ROLLE_SKYLDNER = "ROLE_SKYLDNER";
    public static final String ROLLE_SAKSBEHANDLER = "ROLE_SAKSBEHANDLER";
    private static final String REPRESENTERER = "innkreving.representerer";

    private final SecurityContextRepository kontekster = new HttpSessionSecurityContextRepository();
    private final org.springframework.beans.factory.ObjectProvider<Representasjonsregister> representasjoner;

    Innlogging(org.springframework.beans.factory.ObjectProvider<Representasjonsregister> representasjoner) {
        this.representasjoner = representasjoner;
    }

    SecurityContextRepository kontekster() {
        return kontekster;
    }

    private record Representasjon(String organisasjonsnummer, String navn) implements Serializable {
    }

    /** Logs {@code hvem} in on this browser session, replacing whoever was logged in. */
    public void loggInn(Innlogget hvem, HttpServletRequest req, HttpServletResponse res) {
        HttpSession gammel = req.getSession(false);
        if (gammel != null) gammel.invalidate();
        req.getSession(true);
        Authentication auth = new PreAuthenticatedAuthenticationToken(hvem, "n/a", autoriteter(hvem));
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(auth);
        SecurityContextHolder.setContext(ctx);
        kontekster.saveContext(ctx, req, res);
    }

    static List<GrantedAuthority> autoriteter(Innlogget hvem) {
        List<GrantedAuthority> a = new ArrayList<>();
        switch (hvem) {
            case Innlogget.Innbygger i -> a.add(new SimpleGrantedAuthority(ROLLE_SKYLDNER));
            case Innlogget.Saksbehandler s -> {
                a.add(new SimpleGrantedAuthority(ROLLE_SAKSBEHANDLER));
                s.roller().forEach(r -> a.add(new SimpleGrantedAuthority(r.authority())));
            }
        }
        return a;
    }

    /** Who is logged in on the current request, if anyone (ID-porten's user is read from its claims). */
    public Optional<Innlogget> innlogget() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated()) return Optional.empty();
        Object p = a.getPrincipal();
        if (p instanceof Innlogget i) return Optional.of(i);
        if (p instanceof OidcUser u && u.getClaimAsString("pid") != null) {
            String pid = u.getClaimAsString("pid");
            Representasjonsregister register = representasjoner.getIfAvailable();
            String navn = u.getFullName() != null ? u.getFullName() : register == null ? null : register.navn(pid);
            return Optional.of(new Innlogget.Innbygger(pid, navn == null ? "" : navn));
        }
        return Optional.empty();
    }

    /** From now on in this session the person acts for the organisation (the caller has checked that they may). */
    public void representer(HttpSession session, String organisasjonsnummer, String navn) {
        session.setAttribute(REPRESENTERER, new Representasjon(organisasjonsnummer, navn));
    }

    /** Back to acting for oneself. */
    public void representerSegSelv(HttpSession session) {
        session.removeAttribute(REPRESENTERER);
    }

    /** The debtor the person logged in acts for now; empty when no person is logged in. */
    public Optional<Skyldnerkontekst> skyldner(HttpServletRequest req) {
        Optional<Innlogget> i = innlogget();
        if (i.isEmpty() || !(i.get() instanceof Innlogget.Innbygger person)) return Optional.empty();
        HttpSession s = req.getSession(false);
        Object r = s == null ? null : s.getAttribute(REPRESENTERER);
        if (r instanceof Representasjon rep) {
            // checked again on every request: a role the register has ended ends the acting for the organisation
            Representasjonsregister register = representasjoner.getIfAvailable();
            if (register != null && register.kanRepresentere(person.foedselsnummer(), rep.organisasjonsnummer()))
                return Optional.of(new Skyldnerkontekst(person, rep.organisasjonsnummer(), rep.navn()));
            s.removeAttribute(REPRESENTERER);
        }
        return Optional.of(new Skyldnerkontekst(person, person.foedselsnummer(), person.navn()));
    }

    /** The caseworker logged in on the current request, if one is. */
    public Optional<Innlogget.Saksbehandler> saksbehandler() {
        return innlogget().filter(Innlogget.Saksbehandler.class::isInstance).map(Innlogget.Saksbehandler.class::cast);
    }
}

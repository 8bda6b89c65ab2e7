package no.innkreving.kravogbetalinger.tilgang;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import no.innkreving.platform.web.Feilformat;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Errors under Krav og betalinger in the published shape {@code {kode, melding, korrelasjonsid}} with the published
 * codes: 400 KB-006 input, 401 KB-004 authentication, 403 KB-005 consent/access, 404 KB-003 unknown URL,
 * 406 KB-008 format, anything else KB-001. KB-007 and KB-009 come from the endpoints themselves.
 */
@Component
public class KbFeilformat implements Feilformat {
    public static final String PREFIKS = "/api/innkreving/kravogbetalinger/";

    public record KbSvar(String kode, String melding, String korrelasjonsid) {
    }

    @Override
    public boolean gjelder(HttpServletRequest req) {
        return req.getRequestURI().startsWith(PREFIKS);
    }

    @Override
    public Feilsvar svar(int status, String melding, HttpServletRequest req) {
        String kode = switch (status) {
            case 400, 413, 415 -> "KB-006";
            case 401 -> "KB-004";
            case 403 -> "KB-005";
            case 404, 405 -> "KB-003";
            case 406 -> "KB-008";
            default -> "KB-001";
        };
        int ut = switch (kode) {
            case "KB-006" -> 400;
            case "KB-003" -> 404;
            case "KB-001" -> 500;
            default -> status;
        };
        String tekst = switch (kode) {
            case "KB-003" -> "Ukjent url benyttet.";
            case "KB-004" -> "Feil i forbindelse med autentisering.";
            case "KB-008" -> "Feil tilknyttet dataformat. Kun json er støttet.";
            case "KB-001" -> "Uventet feil på tjenesten.";
            case "KB-005" -> melding == null || melding.isBlank() ? "Ingen tilgang." : melding;
            default -> melding;
        };
        return new Feilsvar(ut, MediaType.APPLICATION_JSON_VALUE, new KbSvar(kode, tekst, korrelasjonsid()));
    }

    public KbSvar svar(KbFeil f) {
        return new KbSvar(f.kode(), f.getMessage(), korrelasjonsid());
    }

    /** The request's Korrelasjonsid (put in the log context by the platform's request filter), else a new one. */
    static String korrelasjonsid() {
        String k = MDC.get("korrelasjonsid");
        try {
            return UUID.fromString(k).toString();
        } catch (RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }
}

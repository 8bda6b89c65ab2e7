package no.innkreving.garnishment.web;

import jakarta.servlet.http.HttpServletRequest;
import no.innkreving.garnishment.Trekkromberegning.UgyldigTrekkgrunnlag;
import no.innkreving.platform.web.Foresporselsgrense;
import no.innkreving.platform.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/** Bad input to the garnishment endpoints as problem+json naming the field: 400 not readable JSON, 422 a value breaking a rule. */
@RestControllerAdvice(assignableTypes = {UtleggstrekkberegningController.class, InntekterController.class})
class GarnishmentProblemer {

    @ExceptionHandler(UgyldigTrekkgrunnlag.class)
    ResponseEntity<Feltproblem> ugyldig(UgyldigTrekkgrunnlag e, HttpServletRequest req) {
        return svar(422, "ugyldig-verdi", "Ugyldig verdi", e.getMessage(), req, e.felt());
    }

    @ExceptionHandler(InntekterController.UgyldigParameter.class)
    ResponseEntity<Feltproblem> parameter(InntekterController.UgyldigParameter e, HttpServletRequest req) {
        return svar(400, "ugyldig-parameter", "Ugyldig parameter", e.getMessage(), req, e.felt);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> uleselig(HttpMessageNotReadableException e, HttpServletRequest req) {
        if (Foresporselsgrense.erForStor(e)) {
            return ResponseEntity.status(413).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                    .header("Connection", "close").body(Foresporselsgrense.forStorProblem(1_048_576, req.getRequestURI()));
        }
        String felt = "";
        String hvor = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                TokenStreamLocation l = j.getLocation();
                if (l != null && l.getLineNr() > 0) hvor = " (linje " + l.getLineNr() + ", kolonne " + l.getColumnNr() + ")";
                felt = feltFra(j);
                break;
            }
        }
        String detalj = e.getCause() == null && e.getMessage() != null && e.getMessage().contains("missing")
                ? "Innholdet mangler: send et JSON-objekt" : "Innholdet er ikke gyldig JSON" + hvor
                + (felt.isEmpty() ? "" : " ved feltet " + felt);
        return svar(400, "ugyldig-json", "Ugyldig JSON", detalj + ". Ingenting ble beregnet.", req, felt);
    }

    /** Where the parser was when it gave up, as a JSON path like {@code paalegg[0].beloepPerMaaned}. */
    private static String feltFra(JacksonException j) {
        try {
            if (j instanceof StreamReadException s && s.processor() != null) {
                tools.jackson.core.JsonParser p = s.processor();
                String peker = p.streamReadContext().pathAsPointer().toString();
                StringBuilder sb = new StringBuilder();
                for (String del : peker.split("/")) {
                    if (del.isEmpty()) continue;
                    if (del.chars().allMatch(Character::isDigit)) sb.append('[').append(del).append(']');
                    else sb.append(sb.isEmpty() ? "" : ".").append(del);
                }
                return sb.toString();
            }
        } catch (RuntimeException ignored) {
            // the position is a courtesy; the 400 stands without it
        }
        return "";
    }

    private static ResponseEntity<Feltproblem> svar(int status, String type, String tittel, String detalj, HttpServletRequest req, String felt) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Feltproblem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI(), felt));
    }
}

package no.innkreving.kravogbetalinger.tilgang;

import no.innkreving.kravogbetalinger.web.KravOgBetalingerApi;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** KbFeil from the endpoints and the access check, answered in the API's own error shape. */
@RestControllerAdvice(basePackageClasses = KravOgBetalingerApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class KbFeilhaandtering {
    private final KbFeilformat format;

    KbFeilhaandtering(KbFeilformat format) {
        this.format = format;
    }

    @ExceptionHandler(KbFeil.class)
    ResponseEntity<KbFeilformat.KbSvar> kb(KbFeil f) {
        return ResponseEntity.status(f.status()).contentType(MediaType.APPLICATION_JSON).body(format.svar(f));
    }
}

package no.innkreving.platform.time;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import no.innkreving.platform.web.Problem;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's clock, like Kill Bill's test clock: read it, or move it forward to a date, which runs every daily job for
 * each date passed, in order, and answers with the runs once they are done (and, in {@code feil}, any job that
 * failed, e.g. interest past the last known rate: the clock still moves, as real time would). Before it leaves a day,
 * the work asked for that day is finished ({@link Dagensarbeid}: claims received, invoices). Time never goes back:
 * the ledger and the letters already written would contradict it. Demo profile only.
 */
@RestController
@Profile("demo")
class DemoklokkeController {
    private final Flyttbarklokke klokke;
    private final Kjoeringsmotor motor;
    private final List<DagligJobb> jobber;
    private final List<Dagensarbeid> dagensarbeid;

    /** The app's clock, a Flyttbarklokke in the demo profile (ClockConfig; in tests the Tidsmaskin). */
    DemoklokkeController(java.time.Clock klokke, Kjoeringsmotor motor, List<DagligJobb> jobber, List<Dagensarbeid> dagensarbeid) {
        if (!(klokke instanceof Flyttbarklokke f)) throw new IllegalStateException("the demo profile needs a movable clock, not " + klokke);
        this.klokke = f;
        this.motor = motor;
        this.jobber = jobber;
        this.dagensarbeid = dagensarbeid;
    }

    @GetMapping("/demo/klokke")
    Map<String, String> klokke() {
        return Map.of("dato", LocalDate.now(klokke).toString());
    }

    /** One move at a time: two at once would interleave their dates. */
    @PostMapping("/demo/klokke")
    synchronized ResponseEntity<?> flytt(@RequestBody(required = false) Map<String, Object> body, HttpServletRequest req) {
        Object verdi = body == null ? null : body.get("dato");
        LocalDate til;
        try {
            if (!(verdi instanceof String s)) throw new DateTimeParseException("mangler", "", 0);
            til = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return problem(400, "ugyldig-dato", "Ugyldig dato", "Oppgi {\"dato\": \"ÅÅÅÅ-MM-DD\"}", req);
        }
        LocalDate idag = LocalDate.now(klokke);
        if (til.isBefore(idag))
            return problem(409, "klokken-gaar-ikke-tilbake", "Klokken går ikke tilbake",
                    "Dagens dato er " + idag + "; klokken kan bare flyttes fremover", req);
        List<Kjoering> kjoert = new ArrayList<>();
        List<String> feil = new ArrayList<>();
        for (LocalDate d = idag.plusDays(1); !d.isAfter(til); d = d.plusDays(1)) {
            dagensarbeid.forEach(Dagensarbeid::fullfoerVentende); // what was asked for today is done today
            klokke.flyttTil(d);
            kjoert.addAll(motor.kjoerDato(jobber, d, feil));
        }
        return ResponseEntity.ok(Map.of("dato", LocalDate.now(klokke).toString(),
                "kjoeringer", kjoert.stream().map(k -> k.svar(klokke.instant())).toList(), "feil", feil));
    }

    private static ResponseEntity<Problem> problem(int status, String type, String tittel, String detalj, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI()));
    }
}

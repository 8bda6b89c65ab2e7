package no.innkreving.platform.dagligkjoering;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators watch the daily runs: job, date, status, units done of all, items changed, duration. */
@RestController
class KjoeringerController {
    private final Kjoeringsmotor motor;
    private final Clock clock;

    KjoeringerController(Kjoeringsmotor motor, Clock clock) {
        this.motor = motor;
        this.clock = clock;
    }

    @GetMapping("/api/innkreving/drift/v1/kjoeringer")
    List<Map<String, Object>> kjoeringer(@RequestParam(defaultValue = "100") int antall) {
        return motor.kjoeringer(Math.clamp(antall, 1, 1000)).stream().map(k -> k.svar(clock.instant())).toList();
    }
}

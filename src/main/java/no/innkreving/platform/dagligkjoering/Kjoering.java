package no.innkreving.platform.dagligkjoering;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A run of a daily job for a date, as far as it has come; {@code noekler} is how many debtors its units hold. */
public record Kjoering(UUID kjoeringId, String jobb, LocalDate dato, String status, int enheterTotalt,
                       int enheterFerdig, int enheterFeilet, long antall, long noekler, Instant startet, Instant ferdig) {
    public boolean erFerdig() {
        return "FERDIG".equals(status);
    }

    /** Start to end, or to now while it runs. */
    public Duration varighet(Instant naa) {
        return Duration.between(startet, ferdig != null ? ferdig : naa);
    }

    /** The run as the operator endpoint and the demo clock answer it. */
    public Map<String, Object> svar(Instant naa) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kjoeringId", kjoeringId.toString());
        m.put("jobb", jobb);
        m.put("dato", dato.toString());
        m.put("status", status);
        m.put("enheterFerdig", enheterFerdig);
        m.put("enheterTotalt", enheterTotalt);
        m.put("enheterFeilet", enheterFeilet);
        m.put("noekler", noekler);
        m.put("antall", antall);
        m.put("startet", startet.toString());
        m.put("ferdig", ferdig == null ? null : ferdig.toString());
        m.put("varighetMs", varighet(naa).toMillis());
        return m;
    }
}

package no.innkreving.platform.tjenestetid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innkreving.platform.time.ClockConfig;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Public API: whether the debtors' payment and instalment-plan services are open now (source document 001: closed
 * from 31 December 12:00 to 5 January 10:00). The window is dated data in
 * {@code tjenestetid/stengt-betaling-og-avtaler.csv}; the time is the app's clock (the demo clock moves it) in Norway.
 * A page of those services asks {@link #stengt()} first and shows {@link Stengetider.Stengning#melding()} instead.
 */
@Component
public class Betalingstjenester {
    private final Clock clock;
    private final Stengetider stengetider;

    Betalingstjenester(Clock clock) throws IOException {
        this.clock = clock;
        this.stengetider = les("tjenestetid/stengt-betaling-og-avtaler.csv");
    }

    /** The closed window the services are in now, or empty when they are open. */
    public Optional<Stengetider.Stengning> stengt() {
        return stengetider.stengt(LocalDateTime.now(clock.withZone(ClockConfig.NORGE)));
    }

    public boolean erAapne() {
        return stengt().isEmpty();
    }

    static Stengetider les(String ressurs) throws IOException {
        DateTimeFormatter dag = DateTimeFormatter.ofPattern("MM-dd");
        List<Stengetider.Regel> regler = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(new ClassPathResource(ressurs).getInputStream(), StandardCharsets.UTF_8))) {
            for (String linje; (linje = r.readLine()) != null; ) {
                if (linje.isBlank() || linje.startsWith("#")) continue;
                String[] f = linje.split(";", 4);
                String[] fra = f[1].trim().split(" ");
                String[] til = f[2].trim().split(" ");
                regler.add(new Stengetider.Regel(LocalDate.parse(f[0].trim()), MonthDay.parse(fra[0], dag), LocalTime.parse(fra[1]),
                        MonthDay.parse(til[0], dag), LocalTime.parse(til[1]), f[3].trim()));
            }
        }
        return new Stengetider(regler);
    }
}

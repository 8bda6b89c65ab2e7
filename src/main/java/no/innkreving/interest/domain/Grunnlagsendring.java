package no.innkreving.interest.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.innkreving.ledger.Hovedstolbevegelse;

/** The interest-bearing amount became {@code grunnlagOre} from the start of {@code dato}. */
public record Grunnlagsendring(LocalDate dato, long grunnlagOre) {

    /**
     * The base from the principal's movements. A payment lowers it from the day after its date: interest runs up to
     * and including the day the payer's bank received the order (skattebetalingsloven § 9-2 (2) a; handbook 11-1.3).
     * Any other movement (booking, the creditor's change, a write-off) counts from its own day.
     */
    public static List<Grunnlagsendring> av(List<Hovedstolbevegelse> bevegelser) {
        Map<LocalDate, Long> endring = new TreeMap<>();
        for (Hovedstolbevegelse b : bevegelser) {
            if (b.annetOre() != 0) endring.merge(b.dato(), b.annetOre(), Long::sum);
            if (b.betaltOre() != 0) endring.merge(b.dato().plusDays(1), b.betaltOre(), Long::sum);
        }
        List<Grunnlagsendring> svar = new ArrayList<>();
        long sum = 0;
        for (var e : endring.entrySet()) svar.add(new Grunnlagsendring(e.getKey(), sum += e.getValue()));
        return svar;
    }
}

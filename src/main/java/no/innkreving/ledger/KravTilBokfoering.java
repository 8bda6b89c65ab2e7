package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim to take over into the ledger, with its principal and any interest lines the creditor set. */
public record KravTilBokfoering(
        UUID kravId,
        String skyldner,
        String skyldnerType,
        String oppdragsgiver,
        String kravtype,
        LocalDate fastsettelsesdato,
        LocalDate foreldelseUtgangspunkt,
        long hovedstolOre,
        List<Rentelinje> renter) {

    public long totalOre() {
        return hovedstolOre + renter.stream().mapToLong(Rentelinje::beloepOre).sum();
    }

    public KravTilBokfoering {
        if (hovedstolOre <= 0) throw new IllegalArgumentException("hovedstol must be above 0");
        renter = List.copyOf(renter);
    }
}

package no.innkreving.garnishment.domain;

import java.time.LocalDate;
import java.util.Set;
import no.innkreving.garnishment.Prioritetsgruppe;

/** How orders of one priority group share a room too small for all of them (dekningsloven § 2-8 third paragraph), from a date. */
public record Fordelingsregel(LocalDate gyldigFra, Set<Prioritetsgruppe> grupper, Metode metode, Grunnlag grunnlag,
                              String regel, String kilde) {
    public Fordelingsregel {
        grupper = Set.copyOf(grupper);
        if (metode == Metode.FORHOLDSMESSIG && grunnlag == null) throw new IllegalArgumentException("Forholdsmessig fordeling uten grunnlag");
    }

    public enum Metode { FOERST_I_TID, FORHOLDSMESSIG }

    public enum Grunnlag {
        /** The amounts ordered per month (the support practice before 2026). */
        PAALAGT_BELOEP,
        /** What is left of each order's claims with accrued interest (forskrift 9. juli 2025 nr. 1510 § 4). */
        GJENSTAAENDE_MED_RENTER
    }
}

package no.innkreving.utleggstrekk.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The order in which a garnishment's money covers its claims (the order's KID stands for them in this order):
 * the better priority group of dekningsloven § 2-8 first paragraph (a support, b damages for crime, c fines,
 * d taxes and public duties, e others), then within a group first in time (§ 2-8 third paragraph: the claim due
 * first), then the claim booked first, then its id so the order never depends on how the claims were listed.
 */
public final class Kravrekkefoelge {
    private Kravrekkefoelge() {
    }

    /** @param prioritetsgruppe 'a'-'e' from the claim-type catalogue */
    public record Krav(UUID kravId, char prioritetsgruppe, LocalDate forfallsdato, LocalDate bokfoert) {
    }

    public static List<UUID> ordne(List<Krav> krav) {
        return krav.stream().sorted(Comparator.comparing((Krav k) -> Character.toLowerCase(k.prioritetsgruppe()))
                        .thenComparing(Krav::forfallsdato, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Krav::bokfoert, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Krav::kravId))
                .map(Krav::kravId).toList();
    }
}

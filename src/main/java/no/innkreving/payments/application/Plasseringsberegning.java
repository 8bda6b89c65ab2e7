package no.innkreving.payments.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.ledger.AapenLinje;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.ledger.Linjeplassering;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.domain.AapenPost;
import no.innkreving.payments.domain.Dekningsregel;
import no.innkreving.payments.domain.Dekningsrekkefoelge;
import no.innkreving.payments.domain.Fordeling;
import no.innkreving.payments.domain.Linjeart;
import no.innkreving.payments.domain.Plassering;
import no.innkreving.payments.domain.Rest;
import org.springframework.stereotype.Component;

/**
 * Places money on a debtor's open claim lines by the allocation rule, one payment after another, keeping the
 * debtors' balances in memory so several payments of one debtor in a batch see each other.
 */
@Component
class Plasseringsberegning {
    private final Dekningsrekkefoelge regel;

    Plasseringsberegning(Dekningsrekkefoelge regel) {
        this.regel = regel;
    }

    /** All open lines of these debtors, read in the unit of work that holds their lock and will book the placements. */
    Aapne aapne(Bokfoeringsenhet enhet, Collection<String> skyldnere, LocalDate idag) {
        return new Aapne(poster(enhet.aapneLinjer(skyldnere)), idag);
    }

    /**
     * The open lines these payments can reach, read like {@link #aapne} (the unit of work holds their debtors). A debtor whose payments in the batch each
     * fit in the claim they designate can reach no other claim (the rule fills the designated claim first), so only
     * those claims are read; the debtor's other claims are read when money could spill over. Most payments pay their
     * own invoice, so most debtors are read by one claim instead of all of them. A debtor paying a claim more than
     * its invoice was for will most likely spill over, so all its lines are read at once, not the claim first (more
     * lines than needed are harmless: the rule places the same).
     */
    Aapne aapneFor(Bokfoeringsenhet enhet, List<Innbetaling> innbetalinger, Map<UUID, KravForKid> kjente, LocalDate idag) {
        Map<String, Map<UUID, Long>> utpekt = new HashMap<>();
        Set<String> hele = new HashSet<>();
        for (Innbetaling i : innbetalinger) {
            if (i.skyldner() == null) continue;
            if (i.utpektKrav() == null) hele.add(i.skyldner());
            else utpekt.computeIfAbsent(i.skyldner(), s -> new HashMap<>()).merge(i.utpektKrav(), i.beloepOre(), Long::sum);
        }
        utpekt.forEach((skyldner, krav) -> krav.forEach((kravId, betalt) -> {
            KravForKid k = kjente.get(kravId);
            if (k != null && betalt > k.fakturertOre()) hele.add(skyldner);
        }));
        Map<UUID, Long> gjenstaaende = new HashMap<>();
        List<AapenLinje> utpekteLinjer = enhet.aapneLinjerForKrav(utpekt.entrySet().stream()
                .filter(e -> !hele.contains(e.getKey())).flatMap(e -> e.getValue().keySet().stream()).toList());
        for (AapenLinje l : utpekteLinjer) gjenstaaende.merge(l.kravId(), l.gjenstaaendeOre(), Long::sum);
        utpekt.forEach((skyldner, krav) -> krav.forEach((kravId, betalt) -> {
            if (betalt > gjenstaaende.getOrDefault(kravId, 0L)) hele.add(skyldner);
        }));
        List<AapenLinje> linjer = new ArrayList<>(enhet.aapneLinjer(hele));
        for (AapenLinje l : utpekteLinjer) if (!hele.contains(l.skyldner())) linjer.add(l);
        return new Aapne(poster(linjer), idag);
    }

    /**
     * Open lines per debtor, each with its claim's first due date, which the ledger reads with the lines (no query of
     * its own). A claim with no due date yet is not due: it is placed last and never reached by the rule for claims
     * fallen due.
     */
    private static Map<String, List<AapenPost>> poster(List<AapenLinje> linjer) {
        Map<String, List<AapenPost>> perSkyldner = new HashMap<>();
        for (AapenLinje l : linjer) {
            LocalDate forfallsdato = l.forfallsdato() != null ? l.forfallsdato() : LocalDate.MAX;
            perSkyldner.computeIfAbsent(l.skyldner(), s -> new ArrayList<>()).add(new AapenPost(l.kravId(), l.kravlinjeId(),
                    Linjeart.valueOf(l.linjetype().name()), forfallsdato,
                    l.ilagtDato() != null ? l.ilagtDato() : l.kravBokfoert(), l.kravBokfoert(), l.gjenstaaendeOre()));
        }
        return perSkyldner;
    }

    /** A debtor's open lines as placements eat them. */
    final class Aapne {
        private final Map<String, List<AapenPost>> perSkyldner;
        private final LocalDate idag;

        private Aapne(Map<String, List<AapenPost>> perSkyldner, LocalDate idag) {
            this.perSkyldner = perSkyldner;
            this.idag = idag;
        }

        /** Places {@code beloepOre} for the debtor and lowers the in-memory balances accordingly. */
        Resultat plasser(String skyldner, long beloepOre, UUID utpektKrav) {
            return plasserPaaSett(skyldner, beloepOre, utpektKrav == null ? List.of() : List.of(utpektKrav));
        }

        /** As above, with the claims a KID set designates, in their order. */
        Resultat plasserPaaSett(String skyldner, long beloepOre, List<UUID> utpekteKrav) {
            List<AapenPost> poster = perSkyldner.getOrDefault(skyldner, List.of());
            Fordeling f = Dekningsregel.fordelPaaSett(beloepOre, poster, utpekteKrav, idag, regel);
            Map<Long, Long> brukt = new HashMap<>();
            List<Linjeplassering> plasseringer = new ArrayList<>();
            for (Plassering p : f.plasseringer()) {
                plasseringer.add(new Linjeplassering(p.kravId(), p.kravlinjeId(), p.beloepOre()));
                brukt.merge(p.kravlinjeId(), p.beloepOre(), Long::sum);
            }
            if (!brukt.isEmpty()) {
                List<AapenPost> igjen = new ArrayList<>();
                for (AapenPost a : poster) {
                    long rest = a.gjenstaaendeOre() - brukt.getOrDefault(a.kravlinjeId(), 0L);
                    if (rest > 0) igjen.add(new AapenPost(a.kravId(), a.kravlinjeId(), a.art(), a.forfallsdato(),
                            a.ilagtDato(), a.kravOpprettet(), rest));
                }
                perSkyldner.put(skyldner, igjen);
            }
            long tilbake = f.rest() instanceof Rest.Tilbakebetal t ? t.ore() : 0;
            return new Resultat(plasseringer, tilbake);
        }
    }

    record Resultat(List<Linjeplassering> plasseringer, long tilbakebetalOre) {
    }
}

package no.innkreving.payments.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.AapenLinje;
import no.innkreving.ledger.Ledger;
import no.innkreving.ledger.Linjeplassering;
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
    private final Ledger ledger;
    private final Fakturering fakturering;
    private final Dekningsrekkefoelge regel;

    Plasseringsberegning(Ledger ledger, Fakturering fakturering, Dekningsrekkefoelge regel) {
        this.ledger = ledger;
        this.fakturering = fakturering;
        this.regel = regel;
    }

    /** The open lines of these debtors, locked against concurrent placement until the transaction ends. */
    Aapne aapne(Collection<String> skyldnere, LocalDate idag) {
        ledger.laasSkyldnere(skyldnere);
        List<AapenLinje> linjer = ledger.aapneLinjer(skyldnere, LocalDate.MAX);
        Map<UUID, LocalDate> forfall = new HashMap<>();
        for (Faktura f : fakturering.forKrav(linjer.stream().map(AapenLinje::kravId).distinct().toList()))
            if (f.type() == Faktura.Type.FAKTURA) forfall.put(f.kravId(), f.forfallsdato());
        Map<String, List<AapenPost>> perSkyldner = new HashMap<>();
        for (AapenLinje l : linjer) {
            LocalDate forfallsdato = forfall.getOrDefault(l.kravId(), l.kravBokfoert());
            perSkyldner.computeIfAbsent(l.skyldner(), s -> new ArrayList<>()).add(new AapenPost(l.kravId(), l.kravlinjeId(),
                    Linjeart.valueOf(l.linjetype().name()), forfallsdato,
                    l.ilagtDato() != null ? l.ilagtDato() : l.kravBokfoert(), l.kravBokfoert(), l.gjenstaaendeOre()));
        }
        return new Aapne(perSkyldner, idag);
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
            List<AapenPost> poster = perSkyldner.getOrDefault(skyldner, List.of());
            Fordeling f = Dekningsregel.fordel(beloepOre, poster, utpektKrav, idag, regel);
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

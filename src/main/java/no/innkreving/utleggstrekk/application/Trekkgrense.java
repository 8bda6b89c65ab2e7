package no.innkreving.utleggstrekk.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.innkreving.garnishment.Husstand;
import no.innkreving.garnishment.Inntektsregister;
import no.innkreving.garnishment.Paalegg;
import no.innkreving.garnishment.Prioritetsgruppe;
import no.innkreving.garnishment.Trekkberegning;
import no.innkreving.garnishment.Trekkgrunnlag;
import no.innkreving.garnishment.Trekkromberegning;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import org.springframework.stereotype.Component;

/**
 * Whether a size asked for exceeds what dekningsloven § 2-7 allows from this payer's payment to the debtor: the one
 * place a decision asks the garnishment rule (module garnishment), on the payer's payment in the income register for
 * the month the order starts. Without the household from the caseworker the rule's proposal basis is used (a single
 * debtor without children, the standard housing cost, the other payers' net as other income: in the debtor's favour).
 */
@Component
class Trekkgrense {
    private static final String ID = "utleggstrekk";

    private final Trekkromberegning regel;
    private final Inntektsregister inntekter;

    Trekkgrense(Trekkromberegning regel, Inntektsregister inntekter) {
        this.regel = regel;
        this.inntekter = inntekter;
    }

    /** The order's claims as the rule weighs them: the best § 2-8 group ('a'-'e') and what remains (øre). */
    record Kravgrunnlag(char prioritetsgruppe, long gjenstaaendeOre) {
    }

    /** The rule's verdict on a size: why it is refused (empty when allowed), and the rule's explanation line by line. */
    record Vurdering(Optional<String> avvisning, List<String> forklaring) {
    }

    /** What the rule allows this payer to take a month, with the rule's explanation; empty when it pays the debtor nothing. */
    record Trekkrom(long tillattOre, long bruttoOre, Trekkberegning beregning) {
    }

    /**
     * Why the size exceeds what the rule allows from the order's start, in Norwegian; empty when it does not. A 0
     * (a temporary stop) never exceeds. What remains of the claims does not cap the comparison: the final amount
     * handles a debt smaller than a month's deduction (decision 0045).
     */
    Vurdering vurder(String skyldner, String trekkpliktig, Trekkstoerrelse stoerrelse, Kravgrunnlag krav,
                     Husstandsopplysninger husstand, LocalDate dato) {
        boolean null_ = switch (stoerrelse) {
            case Trekkstoerrelse.Beloep b -> b.ore() == 0;
            case Trekkstoerrelse.Prosent p -> p.prosent().signum() == 0;
        };
        if (null_) return new Vurdering(Optional.empty(), List.of("Trekket er 0: et midlertidig opphold i trekket."));
        try {
            return sjekk(skyldner, trekkpliktig, stoerrelse, krav, husstand, dato);
        } catch (Trekkromberegning.UgyldigTrekkgrunnlag e) {
            throw new Avvist(422, "trekkregelen-kan-ikke-beregnes", e.felt(), e.getMessage());
        }
    }

    private Vurdering sjekk(String skyldner, String trekkpliktig, Trekkstoerrelse stoerrelse, Kravgrunnlag krav,
                            Husstandsopplysninger husstand, LocalDate dato) {
        Optional<Trekkrom> rom = trekkrom(skyldner, trekkpliktig, krav, husstand, dato, 0);
        if (rom.isEmpty())
            return new Vurdering(Optional.of("Inntektsregisteret viser ingen utbetaling fra " + trekkpliktig + " til skyldneren i " + YearMonth.from(dato)
                    + "; dekningsloven § 2-7 gir da ikke noe å trekke i"), List.of());
        long bedt = switch (stoerrelse) {
            case Trekkstoerrelse.Beloep b -> b.ore();
            // a percentage of each gross payment: what it takes from the month's gross, whole kroner down
            case Trekkstoerrelse.Prosent p -> BigDecimal.valueOf(rom.get().bruttoOre()).multiply(p.prosent())
                    .divide(BigDecimal.valueOf(100 * 100), 0, RoundingMode.DOWN).longValueExact() * 100;
        };
        Trekkrom r = trekkrom(skyldner, trekkpliktig, krav, husstand, dato, bedt).orElseThrow();
        if (r.tillattOre() >= bedt) return new Vurdering(Optional.empty(), r.beregning().forklaring());
        return new Vurdering(Optional.of("Trekket (" + Belop.kroner(bedt) + " kroner per måned) er mer enn dekningsloven § 2-7 tillater fra "
                + trekkpliktig + ": høyst " + Belop.kroner(r.tillattOre()) + " kroner per måned. "
                + String.join(" ", r.beregning().forklaring())), r.beregning().forklaring());
    }

    /** What the rule allows from the payer's payment in {@code dato}'s month when the order asks {@code bedtOre} (0: all it can). */
    Optional<Trekkrom> trekkrom(String skyldner, String trekkpliktig, Kravgrunnlag krav, Husstandsopplysninger husstand,
                                LocalDate dato, long bedtOre) {
        long be = bedtOre > 0 ? bedtOre : Math.max(krav.gjenstaaendeOre(), 100);
        Paalegg paalegg = new Paalegg(ID, Prioritetsgruppe.fraKatalog(krav.prioritetsgruppe()), dato, be, null);
        YearMonth maaned = YearMonth.from(dato);
        if (husstand == null) {
            Optional<Inntektsregister.Inntekt> denne = inntekter.inntekt(skyldner, trekkpliktig, maaned);
            return regel.forslag(skyldner, trekkpliktig, dato, List.of(), List.of(paalegg))
                    .map(b -> new Trekkrom(b.beloepFor(ID), denne.map(Inntektsregister.Inntekt::bruttoOre).orElse(0L), b));
        }
        List<Inntektsregister.Inntekt> alle = inntekter.inntekter(skyldner, maaned);
        Optional<Inntektsregister.Inntekt> denne = alle.stream().filter(i -> i.trekkpliktig().equals(trekkpliktig)).findFirst();
        if (denne.isEmpty()) return Optional.empty();
        long andreNetto = alle.stream().filter(i -> !i.trekkpliktig().equals(trekkpliktig))
                .mapToLong(i -> i.bruttoOre() - i.forskuddstrekkOre()).sum();
        Husstand h = new Husstand(Husstand.Voksne.valueOf(husstand.voksne()), husstand.barn(), husstand.annenInntektOre() + andreNetto,
                husstand.inntektenErRommelig());
        Trekkberegning b = regel.beregn(new Trekkgrunnlag(dato, denne.get().somUtbetaling(), List.of(), h,
                husstand.boutgifterOre() == null ? 0 : husstand.boutgifterOre(), husstand.andreGodkjenteUtgifterOre(), List.of(paalegg)));
        return Optional.of(new Trekkrom(b.beloepFor(ID), denne.get().bruttoOre(), b));
    }
}

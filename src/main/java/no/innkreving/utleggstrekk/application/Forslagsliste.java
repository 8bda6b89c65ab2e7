package no.innkreving.utleggstrekk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.AutomatiskTrekk;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.dunning.Purringer;
import no.innkreving.garnishment.Inntektsregister;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables;
import org.springframework.stereotype.Component;

/**
 * Proposals for the caseworker: debtors (persons) with claims ready for enforcement, unpaid, not on hold and in no
 * active order, each with every payer the income register shows this month and the most the garnishment rule allows
 * that payer to take (on the rule's proposal basis: a single debtor with the standard housing cost until the household
 * is known). The caseworker decides with {@code POST …/utleggstrekk}; nothing is decided here.
 */
@Component
public class Forslagsliste {
    private final Purringer purringer;
    private final Saldoer saldoer;
    private final Innkrevingsstanser stanser;
    private final UtleggstrekkTables tables;
    private final Inntektsregister inntekter;
    private final Trekkgrense grense;
    private final ClaimTypeCatalogue katalog;
    private final Clock clock;

    Forslagsliste(Purringer purringer, Saldoer saldoer, Innkrevingsstanser stanser, UtleggstrekkTables tables,
                  Inntektsregister inntekter, Trekkgrense grense, ClaimTypeCatalogue katalog, Clock clock) {
        this.purringer = purringer;
        this.saldoer = saldoer;
        this.stanser = stanser;
        this.tables = tables;
        this.inntekter = inntekter;
        this.grense = grense;
        this.katalog = katalog;
        this.clock = clock;
    }

    /**
     * Amounts in øre. {@code automatisk}: every claim's type lets the rules decide, so the daily run
     * {@code utleggstrekk-automatisk} decides the best proposal unless a caseworker does first (decision 0074).
     */
    public record Forslag(String skyldner, List<UUID> krav, long gjenstaaendeOre, List<Trekkforslag> forslag, boolean automatisk) {
    }

    /** @param beloepPerMaanedOre the most the rule allows this payer to take a month (whole kroner), 0 when nothing */
    public record Trekkforslag(String trekkpliktig, String art, long beloepPerMaanedOre, List<String> forklaring) {
    }

    /** The first {@code antall} debtors in the order their claims became ready (oldest first), or one debtor. */
    public List<Forslag> forslag(int antall, String bareSkyldner) {
        LocalDate idag = LocalDate.now(clock);
        List<Forslag> svar = new ArrayList<>();
        Map<String, List<Kravsaldo>> innkrevbare = innkrevbare(antall, bareSkyldner, idag);
        Set<UUID> stanset = tables.iTrekkStansetAvSaksbehandler(kravIder(innkrevbare));
        innkrevbare.forEach((skyldner, krav) -> svar.add(forslag(skyldner, krav, idag, stanset)));
        return svar;
    }

    /**
     * The proposal for one debtor's collectable claims: each payer this month and the most the rule allows it to take.
     * {@code stanset}: claims that were in an order a caseworker stopped ({@link #besluttesAutomatisk}).
     */
    Forslag forslag(String skyldner, List<Kravsaldo> krav, LocalDate idag, Set<UUID> stanset) {
        long rest = krav.stream().mapToLong(Kravsaldo::gjenstaaendeOre).sum();
        char gruppe = 'e';
        for (Kravsaldo s : krav) {
            char g = Character.toLowerCase(katalog.kravtype(s.kravtype()).map(Kravtype::prioritetsgruppe).orElse('e'));
            if (g < gruppe) gruppe = g;
        }
        Trekkgrense.Kravgrunnlag grunnlag = new Trekkgrense.Kravgrunnlag(gruppe, rest);
        List<Trekkforslag> forslag = new ArrayList<>();
        for (Inntektsregister.Inntekt i : inntekter.inntekter(skyldner, YearMonth.from(idag)))
            // whole kroner a month, as a caseworker decides: the rule's room is whole kroner; a smaller debt with øre is
            // rounded up (at most 0,99 kr more than owed, refunded as an overpayment) rather than left as a final 0,45 kr
            grense.trekkrom(skyldner, i.trekkpliktig(), grunnlag, null, idag, 0).ifPresent(r -> forslag.add(
                    new Trekkforslag(i.trekkpliktig(), i.art().name(), (r.tillattOre() + 99) / 100 * 100, r.beregning().forklaring())));
        return new Forslag(skyldner, krav.stream().map(Kravsaldo::kravId).toList(), rest, forslag, besluttesAutomatisk(krav, stanset));
    }

    /** The ids of every debtor's claims. */
    static List<UUID> kravIder(Map<String, List<Kravsaldo>> perSkyldner) {
        return perSkyldner.values().stream().flatMap(List::stream).map(Kravsaldo::kravId).toList();
    }

    /**
     * Whether the rules decide a garnishment on these claims (decision 0074): all of types the catalogue marks for it,
     * and none in an order a caseworker stopped ({@code stanset}: a new order for those is the caseworker's).
     */
    boolean besluttesAutomatisk(List<Kravsaldo> krav, Set<UUID> stanset) {
        return krav.stream().allMatch(k -> katalog.automatiskTrekk(k.kravtype()).map(AutomatiskTrekk::tillatt).orElse(false)
                && !stanset.contains(k.kravId()));
    }

    /**
     * Per debtor (persons; the first {@code antall} in the order their claims became ready, or one debtor) the claims
     * ready for enforcement, unpaid, not on hold and in no active order.
     */
    Map<String, List<Kravsaldo>> innkrevbare(int antall, String bareSkyldner, LocalDate idag) {
        List<UUID> klare = purringer.klareForTvangsinnkreving();
        Set<UUID> stanset = stanser.stansetPaa(klare, idag).keySet();
        Set<UUID> iTrekk = tables.iAktiveTrekk(klare);
        Map<UUID, Kravsaldo> saldo = new LinkedHashMap<>();
        for (Kravsaldo s : saldoer.saldoer(klare, LocalDate.MAX)) saldo.put(s.kravId(), s);
        Map<String, List<Kravsaldo>> perSkyldner = new LinkedHashMap<>();
        for (UUID k : klare) {
            Kravsaldo s = saldo.get(k);
            if (s == null || s.gjenstaaendeOre() <= 0 || stanset.contains(k) || iTrekk.contains(k)) continue;
            if (!Foedselsnummer.erGyldig(s.skyldner())) continue; // wage garnishment is of persons
            if (bareSkyldner != null && !bareSkyldner.equals(s.skyldner())) continue;
            if (!perSkyldner.containsKey(s.skyldner()) && perSkyldner.size() >= antall) continue;
            perSkyldner.computeIfAbsent(s.skyldner(), x -> new ArrayList<>()).add(s);
        }
        return perSkyldner;
    }
}

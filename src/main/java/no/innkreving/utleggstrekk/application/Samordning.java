package no.innkreving.utleggstrekk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.dunning.Purringer;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.utleggstrekk.domain.Kravrekkefoelge;
import org.springframework.stereotype.Component;

/**
 * One coordinated garnishment per debtor and payer covering all the debtor's collectable claims (the 2026 collection
 * act): which of the debtor's claims belong in an order, and in which order its money covers them.
 */
@Component
class Samordning {
    private final Saldoer saldoer;
    private final Purringer purringer;
    private final Innkrevingsstanser stanser;
    private final ClaimTypeCatalogue katalog;

    Samordning(Saldoer saldoer, Purringer purringer, Innkrevingsstanser stanser, ClaimTypeCatalogue katalog) {
        this.saldoer = saldoer;
        this.purringer = purringer;
        this.stanser = stanser;
        this.katalog = katalog;
    }

    /**
     * The debtor's claims not among {@code allerede} that are ready for enforcement, unpaid and not on hold; their
     * balances are added to {@code saldo}.
     */
    List<UUID> andreKlareKrav(String skyldner, Collection<UUID> allerede, LocalDate idag, Map<UUID, Kravsaldo> saldo) {
        List<UUID> klare = new ArrayList<>();
        for (Kravsaldo s : klareKrav(List.of(skyldner), idag).getOrDefault(skyldner, List.of()))
            if (!allerede.contains(s.kravId())) {
                klare.add(s.kravId());
                saldo.put(s.kravId(), s);
            }
        return klare;
    }

    /**
     * Per debtor the claims ready for enforcement (the notice's deadline passed), unpaid and not on hold, with their
     * balances, in booking order; a debtor with none is absent. One read each of claims, holds, dunning and balances
     * for all the debtors (the automatic run's unit of a hundred).
     */
    Map<String, List<Kravsaldo>> klareKrav(Collection<String> skyldnere, LocalDate idag) {
        List<UUID> alle = saldoer.kravForSkyldnere(skyldnere).values().stream().flatMap(List::stream).toList();
        Map<String, List<Kravsaldo>> klare = new LinkedHashMap<>();
        if (alle.isEmpty()) return klare;
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(alle, idag);
        Set<UUID> varselfristUtloept = purringer.varselfristUtloept(alle);
        for (Kravsaldo s : saldoer.saldoer(alle, LocalDate.MAX))
            if (s.gjenstaaendeOre() > 0 && !stans.containsKey(s.kravId()) && varselfristUtloept.contains(s.kravId()))
                klare.computeIfAbsent(s.skyldner(), k -> new ArrayList<>()).add(s);
        return klare;
    }

    /** The claims by priority group (catalogue), then due date, then booking (dekningsloven § 2-8). */
    List<UUID> rekkefoelge(Set<UUID> krav, Map<UUID, Kravsaldo> saldo) {
        Map<UUID, LocalDate> forfall = new HashMap<>();
        for (Kravforfall f : saldoer.forfall(krav)) if (f.nummer() == 1) forfall.put(f.kravId(), f.forfallsdato());
        List<Kravrekkefoelge.Krav> liste = new ArrayList<>();
        for (UUID k : krav) {
            Kravsaldo s = saldo.get(k);
            char gruppe = katalog.kravtype(s.kravtype()).map(Kravtype::prioritetsgruppe).orElse('e');
            liste.add(new Kravrekkefoelge.Krav(k, gruppe, forfall.get(k), s.fastsettelsesdato()));
        }
        return Kravrekkefoelge.ordne(liste);
    }
}

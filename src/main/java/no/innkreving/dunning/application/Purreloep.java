package no.innkreving.dunning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.dunning.domain.Purreregel;
import no.innkreving.dunning.domain.Purreregel.Frister;
import no.innkreving.dunning.domain.Purreregel.Neste;
import no.innkreving.dunning.domain.Purreregel.Steg;
import no.innkreving.dunning.domain.Purreregel.TattSteg;
import no.innkreving.dunning.persistence.DunningTables;
import no.innkreving.dunning.persistence.DunningTables.Lagret;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.invoicing.Betalingsinformasjon;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravutvalg;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily dunning run on the platform's engine: for the debtors with a claim whose next step is due that date
 * (chosen in one query, decision 0071), in units of many debtors, decides each claim's next step
 * ({@link Purreregel}), records it and sends one letter per debtor and step kind covering all the debtor's claims at
 * that step.
 * Restartable: steps are recorded in the unit's transaction with the letter, and each is unique per claim, so a rerun
 * of the date (or a second instance) sends nothing twice.
 */
@Component
public class Purreloep implements DagligJobb {
    private final Saldoer saldoer;
    private final Bokfoering bokfoering;
    private final DunningTables tables;
    private final ClaimTypeCatalogue katalog;
    private final Oppdragsregister oppdrag;
    private final Fakturering fakturering;
    private final Brevutsending utsending;
    private final Kjoeringsmotor motor;
    private final Clock clock;
    private final Innkrevingsstanser stanser;
    private final Kravutvalg utvalg;

    Purreloep(Saldoer saldoer, Bokfoering bokfoering, DunningTables tables, ClaimTypeCatalogue katalog, Oppdragsregister oppdrag,
              Fakturering fakturering, Brevutsending utsending, Kjoeringsmotor motor, Clock clock,
              Innkrevingsstanser stanser, Kravutvalg utvalg) {
        this.stanser = stanser;
        this.utvalg = utvalg;
        this.saldoer = saldoer;
        this.bokfoering = bokfoering;
        this.tables = tables;
        this.katalog = katalog;
        this.oppdrag = oppdrag;
        this.fakturering = fakturering;
        this.utsending = utsending;
        this.motor = motor;
        this.clock = clock;
    }

    @Scheduled(cron = "${innkreving.purring.cron:0 45 1 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** Today's run even if one is done (an operator's rerun, tests): takes only the steps not yet taken. */
    public Kjoering kjoer() {
        return motor.kjoerPaaNytt(this, LocalDate.now(clock));
    }

    @Override
    public String navn() {
        return "purring";
    }

    @Override
    public int rekkefoelge() {
        return 30; // after interest and placement of held money, so the letters state tonight's balances
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        int foersteDag = tables.frister().values().stream().mapToInt(Frister::purringDagerEtterForfall).min().orElse(1);
        // every claim at a step has passed its first reminder day, so only claims due that long ago can have one due
        return Kravutvalg.iLaaseordning(tables.skyldnereMedStegForfalt(dato, utvalg.aapneForfalteKrav(dato.minusDays(foersteDag - 1))));
    }

    @Override
    public int enhetsstoerrelse() {
        return 500;
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return behandle(dato, List.of(skyldner));
    }

    @Override
    public int behandle(LocalDate dato, List<String> skyldnere) {
        // under the debtors' ledger locks: a payment being placed for one of them is either in the balance or after it
        return bokfoering.forSkyldnere(skyldnere, e -> purr(dato, skyldnere));
    }

    private int purr(LocalDate dato, List<String> skyldnere) {
        List<Kravforfall> forfalte = utvalg.forfalteForSkyldnere(skyldnere, dato);
        if (forfalte.isEmpty()) return 0;
        List<UUID> ider = forfalte.stream().map(Kravforfall::kravId).toList();
        Map<UUID, Kravsaldo> saldo = new HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(ider, LocalDate.MAX)) saldo.put(s.kravId(), s);
        Map<UUID, List<TattSteg>> tatt = new HashMap<>();
        for (Lagret l : tables.steg(ider))
            tatt.computeIfAbsent(l.kravId(), k -> new ArrayList<>()).add(new TattSteg(l.steg(), l.dato(), l.frist()));
        Map<String, Frister> frister = tables.frister();
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(ider, dato);

        // per debtor (in the unit's order) and step kind, the claims to send it for
        Map<String, Map<Steg, List<Sak>>> perSkyldner = new java.util.LinkedHashMap<>();
        List<Lagret> nye = new ArrayList<>();
        for (Kravforfall f : forfalte) {
            Kravsaldo s = saldo.get(f.kravId());
            if (s == null) continue;
            Frister fr = frister.getOrDefault(s.kravtype(), frister.get("*"));
            // a hold (suspended enforcement, a plan, a postponement) stops escalation while it lasts
            Neste neste = Purreregel.neste(f.forfallsdato(), s.gjenstaaendeOre(), tatt.getOrDefault(f.kravId(), List.of()),
                    Optional.ofNullable(stans.get(f.kravId())), fr, dato);
            switch (neste) {
                case Neste.Ingen i -> {
                }
                case Neste.Send send -> perSkyldner.computeIfAbsent(s.skyldner(), k -> new EnumMap<>(Steg.class))
                        .computeIfAbsent(send.steg(), k -> new ArrayList<>()).add(new Sak(s, send));
                case Neste.KlarForTvangsinnkreving k ->
                        nye.add(new Lagret(f.kravId(), Steg.KLAR_FOR_TVANGSINNKREVING, dato, null, null, k.beloepOre()));
            }
        }
        nye.addAll(send(dato, perSkyldner));
        tables.settInn(nye);
        return nye.size();
    }

    private record Sak(Kravsaldo saldo, Neste.Send send) {
    }

    /**
     * One letter per debtor and step kind for all the debtor's claims at that step, all the unit's letters handed to
     * the letters module at once; each letter's deadline is the latest of its claims' (they are the same today).
     */
    private List<Lagret> send(LocalDate dato, Map<String, Map<Steg, List<Sak>>> perSkyldner) {
        List<Sak> alle = perSkyldner.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream).toList();
        if (alle.isEmpty()) return List.of();
        List<UUID> ider = alle.stream().map(s -> s.saldo().kravId()).toList();
        Map<UUID, String> referanser = oppdrag.oppdragsgiversReferanser(ider);
        Map<UUID, String> kider = new HashMap<>();
        for (Faktura f : fakturering.forKrav(ider)) if (f.type() == Faktura.Type.FAKTURA) kider.putIfAbsent(f.kravId(), f.kid());
        Betalingsinformasjon konto = fakturering.betalingsinformasjon();
        Brev.Konto brevkonto = new Brev.Konto(konto.kontonummer(), konto.iban(), konto.swiftBIC(), konto.bankinformasjon());

        List<Brev> brev = new ArrayList<>();
        List<List<Sak>> sakerPerBrev = new ArrayList<>();
        List<Steg> stegPerBrev = new ArrayList<>();
        int antall = perSkyldner.values().stream().mapToInt(Map::size).sum();
        java.util.Iterator<Long> numre = tables.nyeBrevnumre(antall).iterator();
        for (var perSteg : perSkyldner.entrySet()) {
            for (var e : perSteg.getValue().entrySet()) {
                Steg steg = e.getKey();
                List<Sak> saker = e.getValue();
                brev.add(brev(dato, perSteg.getKey(), steg, saker, referanser, kider, konto, brevkonto, numre.next()));
                sakerPerBrev.add(saker);
                stegPerBrev.add(steg);
            }
        }
        List<Brevutsending.Sendt> sendt = utsending.send(brev);
        List<Lagret> steg = new ArrayList<>();
        for (int i = 0; i < brev.size(); i++) {
            UUID dokument = sendt.get(i).dokumentId();
            Steg st = stegPerBrev.get(i);
            for (Sak s : sakerPerBrev.get(i))
                steg.add(new Lagret(s.saldo().kravId(), st, dato, s.send().frist(), dokument, s.send().beloepOre()));
        }
        return steg;
    }

    private Brev brev(LocalDate dato, String skyldner, Steg steg, List<Sak> saker, Map<UUID, String> referanser,
                      Map<UUID, String> kider, Betalingsinformasjon konto, Brev.Konto brevkonto, long nr) {
        LocalDate frist = saker.stream().map(s -> s.send().frist()).max(LocalDate::compareTo).orElseThrow();
        List<Brev.Linje> linjer = new ArrayList<>();
        Set<String> oppdragsgivere = new LinkedHashSet<>();
        Set<String> typer = new LinkedHashSet<>();
        boolean renter = false;
        for (Sak sak : saker) {
            Kravsaldo s = sak.saldo();
            Optional<Kravtype> type = katalog.kravtype(s.kravtype());
            String oppdragsgiver = katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver());
            String beskrivelse = type.map(Kravtype::navnForSkyldner).orElse(s.kravtype());
            renter |= type.map(Kravtype::forsinkelsesrente).orElse(false);
            oppdragsgivere.add(oppdragsgiver);
            typer.add(beskrivelse);
            String ref = referanser.get(s.kravId());
            String kid = kider.get(s.kravId());
            linjer.add(new Brev.Linje(oppdragsgiver + ": " + beskrivelse + (ref == null ? "" : ", referanse " + ref)
                    + ". Betal til konto " + konto.kontonummer() + (kid == null ? "" : " med KID " + kid) + ".", sak.send().beloepOre()));
        }
        Brevslag slag = steg == Steg.PURRING ? new Brevslag.Purring(frist, brevkonto) : new Brevslag.VarselOmTvangsfullbyrdelse(frist, brevkonto);
        String nummer = (steg == Steg.PURRING ? "P" : "V") + nr;
        var omtale = new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiveren for kravet",
                String.join(", ", typer), saker.size() == 1 ? referanser.get(saker.getFirst().saldo().kravId()) : null, null, renter);
        return new Brev(slag, nummer, dato, Skyldner.av(skyldner), omtale, linjer, null);
    }
}

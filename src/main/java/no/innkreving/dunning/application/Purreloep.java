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
 * The daily dunning run on the platform's engine: per debtor with an overdue claim, decides each claim's next step
 * ({@link Purreregel}), records it and sends one letter per step kind covering all the debtor's claims at that step.
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

    Purreloep(Saldoer saldoer, Bokfoering bokfoering, DunningTables tables, ClaimTypeCatalogue katalog, Oppdragsregister oppdrag,
              Fakturering fakturering, Brevutsending utsending, Kjoeringsmotor motor, Clock clock,
              Innkrevingsstanser stanser) {
        this.stanser = stanser;
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
        return saldoer.skyldnereMedForfalteKrav(dato);
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        // under the debtor's ledger lock: a payment being placed for this debtor is either in the balance or after it
        return bokfoering.forSkyldnere(List.of(skyldner), e -> purr(dato, skyldner));
    }

    private int purr(LocalDate dato, String skyldner) {
        List<Kravforfall> forfalte = saldoer.forfalteForSkyldner(skyldner, dato).stream().filter(f -> f.nummer() == 1).toList();
        if (forfalte.isEmpty()) return 0;
        List<UUID> ider = forfalte.stream().map(Kravforfall::kravId).toList();
        Map<UUID, Kravsaldo> saldo = new HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(ider, LocalDate.MAX)) saldo.put(s.kravId(), s);
        Map<UUID, List<TattSteg>> tatt = new HashMap<>();
        for (Lagret l : tables.steg(ider))
            tatt.computeIfAbsent(l.kravId(), k -> new ArrayList<>()).add(new TattSteg(l.steg(), l.dato(), l.frist()));
        Map<String, Frister> frister = tables.frister();
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(ider, dato);

        Map<Steg, List<Sak>> perSteg = new EnumMap<>(Steg.class);
        List<Lagret> klare = new ArrayList<>();
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
                case Neste.Send send -> perSteg.computeIfAbsent(send.steg(), k -> new ArrayList<>()).add(new Sak(s, send));
                case Neste.KlarForTvangsinnkreving k ->
                        klare.add(new Lagret(f.kravId(), Steg.KLAR_FOR_TVANGSINNKREVING, dato, null, null, k.beloepOre()));
            }
        }
        List<Lagret> nye = new ArrayList<>(klare);
        for (var e : perSteg.entrySet()) nye.addAll(send(dato, skyldner, e.getKey(), e.getValue()));
        tables.settInn(nye);
        return nye.size();
    }

    private record Sak(Kravsaldo saldo, Neste.Send send) {
    }

    /** One letter for all the debtor's claims at this step; its deadline is the latest of theirs (they are the same today). */
    private List<Lagret> send(LocalDate dato, String skyldner, Steg steg, List<Sak> saker) {
        List<UUID> ider = saker.stream().map(s -> s.saldo().kravId()).toList();
        Map<UUID, String> referanser = oppdrag.oppdragsgiversReferanser(ider);
        Map<UUID, String> kider = new HashMap<>();
        for (Faktura f : fakturering.forKrav(ider)) if (f.type() == Faktura.Type.FAKTURA) kider.putIfAbsent(f.kravId(), f.kid());
        Betalingsinformasjon konto = fakturering.betalingsinformasjon();
        Brev.Konto brevkonto = new Brev.Konto(konto.kontonummer(), konto.iban(), konto.swiftBIC(), konto.bankinformasjon());
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
        String nummer = (steg == Steg.PURRING ? "P" : "V") + tables.nyttBrevnummer();
        var omtale = new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiveren for kravet",
                String.join(", ", typer), saker.size() == 1 ? referanser.get(ider.getFirst()) : null, null, renter);
        UUID dokument = utsending.send(List.of(new Brev(slag, nummer, dato, Skyldner.av(skyldner), omtale, linjer, null)))
                .getFirst().dokumentId();
        return saker.stream().map(s -> new Lagret(s.saldo().kravId(), steg, dato, s.send().frist(), dokument, s.send().beloepOre())).toList();
    }
}

package no.innkreving.betalingsavtale.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.Betalingssak.Sakskrav;
import no.innkreving.betalingsavtale.Betalingssak.Status;
import no.innkreving.betalingsavtale.domain.Avdragsplan;
import no.innkreving.betalingsavtale.domain.Mislighold;
import no.innkreving.betalingsavtale.domain.Regelsett;
import no.innkreving.betalingsavtale.persistence.BetalingsTables;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.PlassertBeloep;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.letters.Brevutsending;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import no.innkreving.suspension.Innkrevingsstanser;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily check of plans in force ({@link Mislighold}, decision 0058): per debtor with an instalment due, what has
 * been paid on the plan's claims since it was approved covers the instalments in order; a plan paid in full is
 * fulfilled, one with too many missed instalments breaks: its hold on collection ends that day (so dunning goes on
 * the same night, it runs after this), and the debtor gets a letter. Restartable: a case changes status once.
 */
@Component
public class Avtaleoppfoelging implements DagligJobb {
    private final BetalingsTables tables;
    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Innkrevingsstanser stanser;
    private final Brevutsending utsending;
    private final Kravbeskrivelser beskrivelser;
    private final Kjoeringsmotor motor;
    private final Clock clock;

    Avtaleoppfoelging(BetalingsTables tables, Bokfoering bokfoering, Saldoer saldoer, Innkrevingsstanser stanser,
                      Brevutsending utsending, Kravbeskrivelser beskrivelser, Kjoeringsmotor motor, Clock clock) {
        this.tables = tables;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.stanser = stanser;
        this.utsending = utsending;
        this.beskrivelser = beskrivelser;
        this.motor = motor;
        this.clock = clock;
    }

    @Scheduled(cron = "${innkreving.betalingsavtale.cron:0 40 1 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock.withZone(Betalingssaksbehandling.OSLO)));
    }

    /** Today's run again (an operator's rerun, tests). */
    public Kjoering kjoer() {
        return motor.kjoerPaaNytt(this, LocalDate.now(clock.withZone(Betalingssaksbehandling.OSLO)));
    }

    @Override
    public String navn() {
        return "betalingsavtale";
    }

    @Override
    public int rekkefoelge() {
        return 25; // after placement of held money (20), before dunning (30): a plan broken today is dunned today
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        return tables.skyldnereMedForfalteAvdrag(dato);
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return bokfoering.forSkyldnere(List.of(skyldner), e -> {
            int endret = 0;
            Regelsett r = tables.regelsett(dato);
            for (Betalingssak sak : tables.aktiveAvtaler(skyldner)) {
                tables.laas(sak.id());
                long innbetalt = innbetalt(sak, dato);
                List<Avdragsplan.Avdrag> avdrag = sak.avdrag().stream()
                        .map(a -> new Avdragsplan.Avdrag(a.nummer(), a.forfallsdato(), a.beloepOre())).toList();
                String kilde = "betalingsavtale:" + sak.id();
                switch (Mislighold.paa(dato, avdrag, innbetalt, r)) {
                    case Mislighold.IRute i -> {
                    }
                    case Mislighold.Oppfylt o -> {
                        if (!tables.settStatus(sak.id(), Status.GODKJENT, Status.OPPFYLT, "Betalingsavtalen er oppfylt.", dato, null, null)) continue;
                        stanser.opphev(kilde, dato);
                        tables.settInnHendelse(sak.id(), clock.instant(), dato, "OPPFYLT", Betalingssaksbehandling.DAGLIG_KJOERING,
                                "Innbetalt " + Beloepsformat.kroner(innbetalt) + ", hele avtalen.", null);
                        endret++;
                    }
                    case Mislighold.Brutt b -> {
                        long rest = sak.totalbeloepOre() - innbetalt;
                        String grunn = b.misligholdte() + " avdrag er ikke betalt innen " + r.karensdager()
                                + " dager etter forfall; avtalen er falt bort.";
                        if (!tables.settStatus(sak.id(), Status.GODKJENT, Status.BRUTT, grunn, dato, null, null)) continue;
                        // collection goes on from today: dunning, after this job tonight, no longer sees a hold
                        stanser.opphev(kilde, dato);
                        // the plan's later instalments fall due today with the rest (decision 0058)
                        for (Sakskrav k : sak.krav()) bokfoering.forfallerNaa(k.kravId(), dato);
                        List<Kravsaldo> saldo = saldoer.saldoer(sak.krav().stream().map(Sakskrav::kravId).toList(), LocalDate.MAX);
                        UUID dok = utsending.send(List.of(Vedtaksbrev.avtaleBrutt(sak, beskrivelser.beskriv(saldo), dato,
                                b.misligholdte(), rest, r))).getFirst().dokumentId();
                        tables.settInnHendelse(sak.id(), clock.instant(), dato, "BRUTT", Betalingssaksbehandling.DAGLIG_KJOERING, grunn, dok);
                        endret++;
                    }
                }
            }
            return endret;
        });
    }

    /**
     * What counts as paid on the plan: payments placed on its claims (any line, late-payment interest included) from
     * the day it was approved up to the day, or, when more, how far the claims' own lines have come down since (a
     * creditor who lowers or withdraws a claim lowers what the debtor still owes under the plan too).
     */
    private long innbetalt(Betalingssak sak, LocalDate dato) {
        LocalDate godkjent = sak.statusDato();
        List<UUID> ider = sak.krav().stream().map(Sakskrav::kravId).toList();
        long plassert = saldoer.plasseringer(ider).stream()
                .filter(p -> !p.plassertDato().isBefore(godkjent) && !p.plassertDato().isAfter(dato))
                .mapToLong(PlassertBeloep::beloepOre).sum();
        long igjen = saldoer.saldoer(ider, dato).stream().mapToLong(Betalingssaksbehandling::egneLinjer).sum();
        return Math.max(plassert, sak.totalbeloepOre() - igjen);
    }

}

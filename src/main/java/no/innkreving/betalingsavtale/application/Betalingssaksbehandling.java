package no.innkreving.betalingsavtale.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.betalingsavtale.Avgjoerelse;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.Saksbilde;
import no.innkreving.betalingsavtale.Betalingssak.Avdrag;
import no.innkreving.betalingsavtale.Betalingssak.Del;
import no.innkreving.betalingsavtale.Betalingssak.Sakskrav;
import no.innkreving.betalingsavtale.Betalingssak.Slag;
import no.innkreving.betalingsavtale.Betalingssak.Status;
import no.innkreving.betalingsavtale.Soeknadsfeil;
import no.innkreving.betalingsavtale.TjenestenStengt;
import no.innkreving.betalingsavtale.application.Kravbeskrivelser.Beskrivelse;
import no.innkreving.betalingsavtale.domain.Avdragsplan;
import no.innkreving.betalingsavtale.domain.Avtaleregel;
import no.innkreving.betalingsavtale.domain.Avtaleregel.Kravgrunnlag;
import no.innkreving.betalingsavtale.domain.Regelsett;
import no.innkreving.betalingsavtale.domain.Utsettelsesregel;
import no.innkreving.betalingsavtale.domain.Vurdering;
import no.innkreving.betalingsavtale.persistence.BetalingsTables;
import no.innkreving.dunning.Purringer;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevutsending;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import org.springframework.stereotype.Component;

/**
 * Applications for plans and postponements from the debtor, and a caseworker's decisions on them: each in one
 * debtor-scoped unit of work on the ledger (decision 0021), so the rule reads the balances it decides on, and the
 * case, its due dates, holds, interruption of limitation and letter commit together or not at all.
 */
@Component
public class Betalingssaksbehandling {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Who did it, in the case history, when no person did. */
    public static final String REGELEN = "regel", SKYLDNEREN = "skyldner", DAGLIG_KJOERING = "daglig kjøring";
    /** The caseworkers' task of a case waiting for one (module tasks), and the role that decides it. */
    static final String OPPGAVE = "betalingssak:", ROLLE = "BETALINGSAVTALE";

    private final BetalingsTables tables;
    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Purringer purringer;
    private final Innkrevingsstanser stanser;
    private final Fristavbruddsregister fristavbrudd;
    private final Brevutsending utsending;
    private final Fakturering fakturering;
    private final Kravbeskrivelser beskrivelser;
    private final Clock clock;
    private final no.innkreving.platform.tjenestetid.Betalingstjenester betalingstjenester;
    private final no.innkreving.tasks.Oppgaver oppgaver;

    Betalingssaksbehandling(BetalingsTables tables, Bokfoering bokfoering, Saldoer saldoer, Purringer purringer,
                            Innkrevingsstanser stanser, Fristavbruddsregister fristavbrudd, Brevutsending utsending,
                            Fakturering fakturering, Kravbeskrivelser beskrivelser, Clock clock,
                            no.innkreving.platform.tjenestetid.Betalingstjenester betalingstjenester,
                            no.innkreving.tasks.Oppgaver oppgaver) {
        this.betalingstjenester = betalingstjenester;
        this.oppgaver = oppgaver;
        this.tables = tables;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.purringer = purringer;
        this.stanser = stanser;
        this.fristavbrudd = fristavbrudd;
        this.utsending = utsending;
        this.fakturering = fakturering;
        this.beskrivelser = beskrivelser;
        this.clock = clock;
    }

    public LocalDate idag() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    public String kontonummer() {
        return fakturering.betalingsinformasjon().kontonummer();
    }

    public Regelsett regler() {
        return tables.regelsett(idag());
    }

    /** The closing message when the plan services are closed now (seed 001; the platform's dated data), else empty. */
    public Optional<String> stengt() {
        return betalingstjenester.stengt().map(no.innkreving.platform.tjenestetid.Stengetider.Stengning::melding);
    }

    public Betalingssak soekAvtale(String skyldner, List<UUID> kravIder, long maanedsbeloepOre, int dag) {
        stengt().ifPresent(m -> {
            throw new TjenestenStengt(m);
        });
        if (maanedsbeloepOre <= 0) throw new Soeknadsfeil("maanedsbeloep", "Månedsbeløpet må være et beløp over 0 kr.");
        if (dag < 1 || dag > 28) throw new Soeknadsfeil("dag", "Dagen i måneden må være fra 1 til 28.");
        return bokfoering.forSkyldnere(List.of(skyldner), e -> {
            LocalDate idag = idag();
            Regelsett r = tables.regelsett(idag);
            Grunnlag g = grunnlag(e, skyldner, kravIder);
            Vurdering v = Avtaleregel.vurder(g.krav(), maanedsbeloepOre, dag, idag, tables.sisteBrudd(skyldner).orElse(null), r);
            UUID id = lagre(Slag.BETALINGSAVTALE, skyldner, g, maanedsbeloepOre, dag, null, v, idag, r);
            utfall(id, v, REGELEN, null, idag, r, g.beskrivelser());
            return tables.sak(id).orElseThrow();
        });
    }

    public Betalingssak soekUtsettelse(String skyldner, List<UUID> kravIder, LocalDate nyForfallsdato) {
        stengt().ifPresent(m -> {
            throw new TjenestenStengt(m);
        });
        if (nyForfallsdato == null || !nyForfallsdato.isAfter(idag()))
            throw new Soeknadsfeil("nyForfallsdato", "Ny betalingsfrist må være en dato etter i dag.");
        return bokfoering.forSkyldnere(List.of(skyldner), e -> {
            LocalDate idag = idag();
            Regelsett r = tables.regelsett(idag);
            Grunnlag g = grunnlag(e, skyldner, kravIder);
            Vurdering v = Utsettelsesregel.vurder(g.krav(), nyForfallsdato, idag, r);
            UUID id = lagre(Slag.UTSETTELSE, skyldner, g, null, null, nyForfallsdato, v, idag, r);
            utfall(id, v, REGELEN, null, idag, r, g.beskrivelser());
            return tables.sak(id).orElseThrow();
        });
    }

    /**
     * A caseworker's decision on a case waiting for one: approve on the terms applied for (the plan's instalments
     * counted from today, a postponement to its date) or refuse; who, when and why are recorded and the letter sent.
     *
     * @return empty when there is no such case; the case as it stands when it was not waiting (nothing changed)
     */
    public Optional<Avgjoerelse> avgjoer(UUID sakId, boolean godkjenn, String saksbehandler, String begrunnelse) {
        Optional<Betalingssak> funnet = tables.sak(sakId);
        if (funnet.isEmpty()) return Optional.empty();
        String skyldner = funnet.get().skyldner();
        return Optional.of(bokfoering.forSkyldnere(List.of(skyldner), e -> {
            tables.laas(sakId);
            Betalingssak sak = tables.sak(sakId).orElseThrow();
            if (sak.status() != Status.TIL_SAKSBEHANDLER) return new Avgjoerelse(sak, false);
            LocalDate idag = idag();
            Regelsett r = tables.regelsett(idag);
            List<Kravsaldo> saldo = sak.krav().stream().map(k -> e.saldo(k.kravId()).orElseThrow()).toList();
            Map<UUID, Beskrivelse> beskrivelse = beskrivelser.beskriv(saldo);
            if (godkjenn && !tables.iAktivAvtale(sak.krav().stream().map(Sakskrav::kravId).toList()).isEmpty())
                // another plan took these claims while this case waited: approving would put a claim in two plans
                throw new Soeknadsfeil("utfall", "Et krav i saken er nå med i en annen betalingsavtale. Søknaden kan bare avslås.");
            Vurdering v;
            if (!godkjenn) v = new Vurdering.Avslaatt(begrunnelse);
            else if (sak.slag() == Slag.UTSETTELSE)
                v = Utsettelsesregel.godkjent(no.innkreving.platform.time.Virkedager.virkedagFraOgMed(
                        sak.nyForfallsdato().isAfter(idag) ? sak.nyForfallsdato() : idag.plusDays(1)));
            else {
                // the plan covers what remains now (payments since the application lower it); the debtor's terms stand
                long total = 0;
                List<Sakskrav> naa = new ArrayList<>();
                for (Kravsaldo s : saldo) {
                    long rest = egneLinjer(s);
                    if (rest > 0) naa.add(new Sakskrav(s.kravId(), rest));
                    total += rest;
                }
                if (total == 0) v = new Vurdering.Avslaatt("Kravene i søknaden er betalt; det er ikke noe igjen å avtale.");
                else {
                    v = Avtaleregel.godkjent(total, sak.maanedsbeloepOre(), sak.dagIMaaneden(), idag, r);
                    tables.erstattKrav(sakId, naa, total);
                }
            }
            oppgaver.avslutt(sak.slag().name(), OPPGAVE + sakId);
            Status til = v instanceof Vurdering.Avslaatt ? Status.AVSLAATT : Status.GODKJENT;
            tables.settStatus(sakId, Status.TIL_SAKSBEHANDLER, til, til == Status.AVSLAATT ? begrunnelse : v.grunn(), idag,
                    saksbehandler, clock.instant());
            utfall(sakId, v, saksbehandler, begrunnelse, idag, r, beskrivelse);
            return new Avgjoerelse(tables.sak(sakId).orElseThrow(), true);
        }));
    }

    /** The case with the debtor's claims as they stand today and their other cases. */
    public Optional<Saksbilde> saksbilde(UUID sakId) {
        return tables.sak(sakId).map(sak -> {
            List<Saksbilde.Krav> krav = krav(sak.skyldner(), sak.krav().stream().map(Sakskrav::kravId).toList());
            List<Betalingssak> andre = tables.forSkyldner(sak.skyldner()).stream().filter(a -> !a.id().equals(sakId)).toList();
            return new Saksbilde(sak, krav, andre);
        });
    }

    /** Every claim of the debtor as it stands today, oldest booking first; {@code iSaken} marks those among {@code merket}. */
    public List<Saksbilde.Krav> krav(String skyldner, java.util.Collection<UUID> merket) {
        LocalDate idag = idag();
        List<UUID> ider = saldoer.kravForSkyldner(skyldner);
        List<Kravsaldo> saldo = saldoer.saldoer(ider, LocalDate.MAX);
        Map<UUID, Beskrivelse> beskrivelse = beskrivelser.beskriv(saldo);
        Map<UUID, LocalDate> foerste = new HashMap<>();
        for (Kravforfall f : saldoer.forfall(ider)) if (f.nummer() == 1) foerste.put(f.kravId(), f.forfallsdato());
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(ider, idag);
        Set<UUID> iSaken = new java.util.HashSet<>(merket);
        return saldo.stream().map(s -> {
            var status = purringer.status(s.kravId());
            return new Saksbilde.Krav(s.kravId(), beskrivelse.get(s.kravId()).tekst(), beskrivelse.get(s.kravId()).kid(),
                    egneLinjer(s), foerste.get(s.kravId()),
                    stans.containsKey(s.kravId()) ? stans.get(s.kravId()).name() : null,
                    status.steg().stream().map(p -> p.type() + " " + no.innkreving.betalingsavtale.domain.Kronetekst.dato(p.dato())).toList(),
                    status.klarForTvangsinnkreving(), iSaken.contains(s.kravId()));
        }).toList();
    }

    private record Grunnlag(List<Kravgrunnlag> krav, Map<UUID, Beskrivelse> beskrivelser) {
    }

    /**
     * The claims applied for (none named: every open one), read under the debtor's lock, in the order the
     * instalments pay them: the earliest due date first. A claim that is not the debtor's, or has nothing left, is
     * refused as unknown, so nothing tells the debtor another's claim exists.
     */
    private Grunnlag grunnlag(Bokfoeringsenhet e, String skyldner, List<UUID> kravIder) {
        List<Kravsaldo> saldo = new ArrayList<>();
        if (kravIder == null || kravIder.isEmpty()) {
            for (UUID id : saldoer.kravForSkyldner(skyldner)) e.saldo(id).filter(s -> egneLinjer(s) > 0).ifPresent(saldo::add);
            if (saldo.isEmpty()) throw new Soeknadsfeil("krav", "Du har ingen åpne krav å søke for.");
        } else {
            for (UUID id : new java.util.LinkedHashSet<>(kravIder)) {
                Optional<Kravsaldo> s = saldoer.saldo(id, LocalDate.MAX).filter(k -> k.skyldner().equals(skyldner))
                        .flatMap(k -> e.saldo(id)).filter(k -> egneLinjer(k) > 0);
                if (s.isEmpty()) throw new Soeknadsfeil("krav", "Kravet " + id + " er ikke blant dine åpne krav.");
                saldo.add(s.get());
            }
        }
        Map<UUID, LocalDate> foersteForfall = new HashMap<>();
        for (Kravforfall f : saldoer.forfall(saldo.stream().map(Kravsaldo::kravId).toList()))
            if (f.nummer() == 1) foersteForfall.put(f.kravId(), f.forfallsdato());
        saldo.sort(Comparator.comparing((Kravsaldo s) -> foersteForfall.getOrDefault(s.kravId(), s.fastsettelsesdato()))
                .thenComparing(Kravsaldo::kravId));
        List<UUID> ider = saldo.stream().map(Kravsaldo::kravId).toList();
        Set<UUID> iAvtale = tables.iAktivAvtale(ider);
        Set<UUID> utsatt = tables.tidligereUtsatt(ider);
        Map<UUID, Beskrivelse> beskrivelse = beskrivelser.beskriv(saldo);
        List<Kravgrunnlag> krav = saldo.stream().map(s -> new Kravgrunnlag(s.kravId(), beskrivelse.get(s.kravId()).tekst(),
                egneLinjer(s), iAvtale.contains(s.kravId()), purringer.status(s.kravId()).klarForTvangsinnkreving(),
                utsatt.contains(s.kravId()))).toList();
        return new Grunnlag(krav, beskrivelse);
    }

    /**
     * What remains on the claim's own lines: principal and the creditor's interest and fees, without the late-payment
     * interest we accrue (as the debtor view's kravforfall show it, decision 0033; decision 0058).
     */
    static long egneLinjer(Kravsaldo s) {
        return s.linjer().stream().filter(l -> !Rentelinje.FORSINKELSESRENTE.equals(l.rentetype()))
                .mapToLong(Kravsaldo.Linjesaldo::gjenstaaendeOre).sum();
    }

    private UUID lagre(Slag slag, String skyldner, Grunnlag g, Long maanedsbeloep, Integer dag, LocalDate nyDato, Vurdering v,
                       LocalDate idag, Regelsett r) {
        UUID id = UUID.randomUUID();
        Status status = switch (v) {
            case Vurdering.Avslaatt a -> Status.AVSLAATT;
            case Vurdering.TilSaksbehandler t -> Status.TIL_SAKSBEHANDLER;
            case Vurdering.AvtaleGodkjent a -> Status.GODKJENT;
            case Vurdering.UtsettelseGodkjent u -> Status.GODKJENT;
        };
        Instant naa = clock.instant();
        List<Sakskrav> krav = g.krav().stream().map(k -> new Sakskrav(k.kravId(), k.gjenstaaendeOre())).toList();
        long total = krav.stream().mapToLong(Sakskrav::beloepOre).sum();
        tables.settInnSak(id, tables.nyttSaksnummer(), slag, skyldner, naa, idag, maanedsbeloep, dag, nyDato, total, status,
                v.grunn(), status == Status.TIL_SAKSBEHANDLER ? idag.plusDays(r.saksbehandlingsfristDager()) : null, krav);
        tables.settInnHendelse(id, naa, idag, "SOEKNAD_MOTTATT", SKYLDNEREN,
                slag == Slag.BETALINGSAVTALE ? "Søknad om betalingsavtale" : "Søknad om utsettelse", null);
        return id;
    }

    /** Carries out what was decided (by the rule or a caseworker) and records it with its letter. */
    private void utfall(UUID id, Vurdering v, String hvem, String begrunnelse, LocalDate idag, Regelsett r,
                        Map<UUID, Beskrivelse> beskrivelse) {
        Betalingssak sak = tables.sak(id).orElseThrow();
        Instant naa = clock.instant();
        String kilde = (sak.slag() == Slag.BETALINGSAVTALE ? "betalingsavtale:" : "utsettelse:") + id;
        switch (v) {
            case Vurdering.TilSaksbehandler t -> {
                tables.settInnHendelse(id, naa, idag, "TIL_SAKSBEHANDLER", hvem, t.grunn(), null);
                oppgaver.opprett(new no.innkreving.tasks.Oppgaver.NyOppgave(sak.slag().name(), OPPGAVE + id, sak.skyldner(),
                        (sak.slag() == Slag.BETALINGSAVTALE ? "Søknad om betalingsavtale" : "Søknad om utsettelse") + ", sak " + sak.saksnummer(),
                        ROLLE, sak.frist()));
            }
            case Vurdering.Avslaatt a -> {
                UUID dok = send(Vedtaksbrev.avslag(sak, beskrivelse, idag, a.grunn()));
                tables.settInnHendelse(id, naa, idag, "AVSLAATT", hvem, a.grunn(), dok);
            }
            case Vurdering.AvtaleGodkjent a -> {
                List<Avdragsplan.Kravdel> kravdeler = sak.krav().stream()
                        .map(k -> new Avdragsplan.Kravdel(k.kravId(), k.beloepOre())).toList();
                List<Avdragsplan.Avdragsdel> fordeling = Avdragsplan.fordel(a.avdrag(), kravdeler);
                Map<Integer, List<Del>> deler = new LinkedHashMap<>();
                for (Avdragsplan.Avdragsdel d : fordeling) {
                    Avdragsplan.Avdrag avdrag = a.avdrag().get(d.avdragNummer() - 1);
                    // each part a due date of its claim in the ledger: the debtor view shows it as a kravforfall
                    Kravforfall f = bokfoering.leggTilForfall(d.kravId(), avdrag.forfallsdato(), d.beloepOre());
                    deler.computeIfAbsent(d.avdragNummer(), k -> new ArrayList<>()).add(new Del(d.kravId(), f.nummer(), d.beloepOre()));
                }
                // one KID for the plan (decision 0059): for one claim its invoice's, as the debtor's overview shows it; for
                // several a KID of their own, so a payment quoting it pays the claims in the instalments' order
                String invoiceKid = sak.krav().size() == 1 ? beskrivelse.get(sak.krav().getFirst().kravId()).kid() : null;
                tables.settKid(id, invoiceKid != null ? invoiceKid
                        : fakturering.utstedKid(sak.skyldner(), sak.krav().stream().map(Sakskrav::kravId).toList(), kilde));
                tables.settInnAvdrag(id, a.avdrag().stream()
                        .map(x -> new Avdrag(x.nummer(), x.forfallsdato(), x.beloepOre(), deler.get(x.nummer()))).toList());
                for (Sakskrav k : sak.krav()) {
                    stanser.stans(k.kravId(), Stansgrunn.BETALINGSAVTALE, idag, null, kilde);
                    // the debtor's plan acknowledges the claim: limitation is interrupted (foreldelsesloven § 14)
                    fristavbrudd.registrer(k.kravId(), idag, Fristavbrudd.Slag.ERKJENNELSE, kilde);
                }
                Betalingssak medAvdrag = tables.sak(id).orElseThrow();
                UUID dok = send(Vedtaksbrev.avtaleGodkjent(medAvdrag, beskrivelse, fakturering.betalingsinformasjon(), idag,
                        begrunnelse, r));
                tables.settInnHendelse(id, naa, idag, "GODKJENT", hvem, begrunnelse != null ? begrunnelse : a.grunn(), dok);
            }
            case Vurdering.UtsettelseGodkjent u -> {
                Map<UUID, LocalDate> foerste = new HashMap<>();
                for (Kravforfall f : saldoer.forfall(sak.krav().stream().map(Sakskrav::kravId).toList()))
                    if (f.nummer() == 1) foerste.put(f.kravId(), f.forfallsdato());
                for (Sakskrav k : sak.krav()) {
                    LocalDate f = foerste.get(k.kravId());
                    // a claim not yet overdue gets the new due date (interest and reminders count from it); an overdue
                    // one keeps its date (late-payment interest has run from it) and is held until the new date
                    if (f != null && !f.isBefore(idag) && u.nyForfallsdato().isAfter(f))
                        bokfoering.utsettForfall(k.kravId(), 1, u.nyForfallsdato());
                    stanser.stans(k.kravId(), Stansgrunn.BETALINGSUTSETTELSE, idag, u.nyForfallsdato(), kilde);
                }
                tables.settNyForfallsdato(id, u.nyForfallsdato());
                UUID dok = send(Vedtaksbrev.utsettelseGodkjent(tables.sak(id).orElseThrow(), beskrivelse,
                        fakturering.betalingsinformasjon(), idag, begrunnelse));
                tables.settInnHendelse(id, naa, idag, "GODKJENT", hvem, begrunnelse != null ? begrunnelse : u.grunn(), dok);
            }
        }
    }

    private UUID send(Brev brev) {
        return utsending.send(List.of(brev)).getFirst().dokumentId();
    }
}

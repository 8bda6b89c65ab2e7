package no.innkreving.desk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.desk.domain.Utfall;
import no.innkreving.desk.domain.Vedtaksregler;
import no.innkreving.desk.domain.Virkning;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Bokfoeringsenhet;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.platform.time.ClockConfig;
import no.innkreving.portal.Tekster;
import no.innkreving.submissions.Avgjoerelser;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Soeknader;
import no.innkreving.submissions.Soeknadsslag;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.tasks.Oppgaver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides complaints and waiver/settlement applications, all in one transaction: the case marked decided (once: a
 * second decision is refused), the decision recorded with who, when and why, the claim held or deleted or forgiven,
 * the letter sent, the task closed. Source document 002 (complaints: written answer with reasons; an upheld
 * complaint stops collection; what was paid on a deleted claim is paid back); forvaltningsloven § 42 (utsatt
 * iverksettelse: collection held while a complaint is upheld pending the final decision).
 */
@Service
public class Saksvedtak {
    private final Oppgaver oppgaver;
    private final Klager klager;
    private final Soeknader soeknader;
    private final Avgjoerelser avgjoerelser;
    private final Innkrevingsstanser stanser;
    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final ClaimTypeCatalogue katalog;
    private final Brevutsending brev;
    private final Vedtakstabell tabell;
    private final Clock clock;

    Saksvedtak(Oppgaver oppgaver, Klager klager, Soeknader soeknader, Avgjoerelser avgjoerelser, Innkrevingsstanser stanser,
               Bokfoering bokfoering, Saldoer saldoer, ClaimTypeCatalogue katalog, Brevutsending brev, Vedtakstabell tabell, Clock clock) {
        this.oppgaver = oppgaver;
        this.klager = klager;
        this.soeknader = soeknader;
        this.avgjoerelser = avgjoerelser;
        this.stanser = stanser;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.katalog = katalog;
        this.brev = brev;
        this.tabell = tabell;
        this.clock = clock;
    }

    /** A complaint with its debtor (from its task), or empty when there is none by that id. */
    public record Klagesak(String skyldner, Klager.Klage klage, Oppgaver.Oppgave oppgave, Optional<Vedtak> vedtak) {
    }

    public record Soeknadssak(String skyldner, Soeknader.Soeknad soeknad, Oppgaver.Oppgave oppgave, Optional<Vedtak> vedtak) {
    }

    public Optional<Klagesak> klagesak(UUID klageId) {
        return oppgaver.forSak("KLAGE", "klage:" + klageId).flatMap(o -> klager.klage(klageId, o.skyldner())
                .map(k -> new Klagesak(o.skyldner(), k, o, tabell.forSak(klageId))));
    }

    public Optional<Soeknadssak> soeknadssak(UUID soeknadId) {
        for (Soeknadsslag slag : Soeknadsslag.values()) {
            Optional<Soeknadssak> sak = oppgaver.forSak(slag.name(), "soeknad:" + soeknadId).flatMap(o -> soeknader.soeknad(soeknadId, o.skyldner())
                    .map(s -> new Soeknadssak(o.skyldner(), s, o, tabell.forSak(soeknadId))));
            if (sak.isPresent()) return sak;
        }
        return Optional.empty();
    }

    public List<Vedtak> forSkyldner(String skyldner) {
        return tabell.forSkyldner(skyldner);
    }

    @Transactional
    public Vedtak avgjoerKlage(UUID klageId, Utfall utfall, Virkning virkning, String begrunnelse, String saksbehandler) {
        Klagesak sak = klagesak(klageId).orElseThrow(() -> new Vedtaksfeil(404, null, "Klagen finnes ikke."));
        UUID kravId = sak.klage().kravId();
        Vedtaksregler.kontrollerKlage(utfall, virkning, begrunnelse, kravId != null).ifPresent(f -> {
            throw new Vedtaksfeil(422, f.felt(), f.melding());
        });
        // the row update serialises two caseworkers deciding the same complaint: the second finds it decided
        if (!avgjoerelser.klageAvgjort(klageId, sak.skyldner())) throw new Vedtaksfeil(409, null, "Klagen er allerede avgjort.");
        LocalDate idag = LocalDate.now(clock.withZone(ClockConfig.NORGE));
        long avskrevet = 0, tilbake = 0;
        if (utfall == Utfall.TATT_TIL_FOELGE && virkning == Virkning.STANS)
            stanser.stans(kravId, Stansgrunn.UTSATT_IVERKSETTELSE, idag, null, "klage:" + klageId);
        if (utfall == Utfall.TATT_TIL_FOELGE && virkning == Virkning.SLETTING) {
            Bokfoeringsenhet.Sletting s = bokfoering.forKrav(kravId, e -> e.slettEtterKlage(kravId));
            avskrevet = s.avskrevetOre();
            tilbake = s.tilbakebetaltOre();
        }
        Klager.Klage k = sak.klage();
        String omtale = k.kravbeskrivelse() == null ? null : "«" + k.kravbeskrivelse() + "» fra " + k.oppdragsgiverNavn();
        Vedtaksregler.Brevtekst tekst = Vedtaksregler.klagebrev(utfall, virkning, begrunnelse, Tekster.datoIOrd(k.mottatt()), omtale,
                virkning == Virkning.SLETTING ? Tekster.kroner(avskrevet) : null, tilbake > 0 ? Tekster.kroner(tilbake) : null,
                k.videresendesOppdragsgiver());
        List<Brev.Linje> linjer = kravId == null ? List.of(new Brev.Linje("Klage: " + k.tema().tekst(), 0))
                : List.of(linje(kravId, k.kravbeskrivelse(), k.oppdragsgiverNavn()));
        Brev.Kravomtale kravomtale = kravId == null ? new Brev.Kravomtale("Innkrevingsmyndigheten", "Klage: " + k.tema().tekst(), null, idag, false)
                : new Brev.Kravomtale(k.oppdragsgiverNavn(), k.kravbeskrivelse(), null, idag, false);
        UUID dokument = brev.send(List.of(new Brev(new Brevslag.Melding("KLAGEVEDTAK", "Vedtak i klagesak", "Saksnummer",
                "Gjenstående etter vedtaket", tekst.innledning(), tekst.konsekvenser()), klageId.toString(), idag,
                Skyldner.av(sak.skyldner()), kravomtale, linjer, null))).getFirst().dokumentId();
        Vedtak v = new Vedtak(Tidsordnet.uuid(), "KLAGE", klageId, sak.skyldner(), utfall, utfall == Utfall.TATT_TIL_FOELGE ? virkning : null,
                kravId == null ? List.of() : List.of(kravId), begrunnelse.strip(), saksbehandler, clock.instant(), avskrevet, tilbake, dokument);
        tabell.settInn(v);
        oppgaver.avslutt("KLAGE", "klage:" + klageId);
        return v;
    }

    /** @param kravIder the claims a granted waiver forgives (each the debtor's); empty otherwise */
    @Transactional
    public Vedtak avgjoerSoeknad(UUID soeknadId, Utfall utfall, List<UUID> kravIder, String begrunnelse, String saksbehandler) {
        Soeknadssak sak = soeknadssak(soeknadId).orElseThrow(() -> new Vedtaksfeil(404, null, "Søknaden finnes ikke."));
        List<UUID> krav = List.copyOf(new LinkedHashSet<>(kravIder));
        boolean ettergivelse = sak.soeknad().slag() == Soeknadsslag.ETTERGIVELSE;
        Vedtaksregler.kontrollerSoeknad(utfall, begrunnelse, ettergivelse, krav.size()).ifPresent(f -> {
            throw new Vedtaksfeil(422, f.felt(), f.melding());
        });
        List<UUID> skyldnerens = saldoer.kravForSkyldner(sak.skyldner());
        for (UUID id : krav) if (!skyldnerens.contains(id)) throw new Vedtaksfeil(422, "krav", "Kravet tilhører ikke skyldneren.");
        if (!avgjoerelser.soeknadAvgjort(soeknadId, sak.skyldner())) throw new Vedtaksfeil(409, null, "Søknaden er allerede avgjort.");
        LocalDate idag = LocalDate.now(clock.withZone(ClockConfig.NORGE));
        long ettergitt = 0;
        List<String> navn = new ArrayList<>();
        List<Brev.Linje> linjer = new ArrayList<>();
        for (UUID id : krav) {
            long ore = bokfoering.forKrav(id, e -> e.ettergi(id));
            ettergitt += ore;
            Kravnavn n = kravnavn(id);
            navn.add(n.beskrivelse() + " (" + n.oppdragsgiverNavn() + "), " + Tekster.kroner(ore) + " kroner");
            linjer.add(linje(id, n.beskrivelse(), n.oppdragsgiverNavn()));
        }
        if (linjer.isEmpty())
            for (UUID id : skyldnerens) {
                Kravnavn n = kravnavn(id);
                long rest = saldoer.saldo(id, LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElse(0L);
                if (rest > 0) linjer.add(new Brev.Linje(n.beskrivelse() + " (" + n.oppdragsgiverNavn() + ")", rest));
            }
        if (linjer.isEmpty()) linjer.add(new Brev.Linje("Ingen ubetalte krav", 0));
        Soeknader.Soeknad s = sak.soeknad();
        Vedtaksregler.Brevtekst tekst = Vedtaksregler.soeknadsbrev(utfall, s.slag().ord(), begrunnelse, Tekster.datoIOrd(s.mottatt()), navn,
                Tekster.kroner(ettergitt));
        UUID dokument = brev.send(List.of(new Brev(new Brevslag.Melding("SOEKNADSVEDTAK", "Vedtak om " + s.slag().ord(), "Saksnummer",
                "Gjenstående etter vedtaket", tekst.innledning(), tekst.konsekvenser()), soeknadId.toString(), idag,
                Skyldner.av(sak.skyldner()), new Brev.Kravomtale("Innkrevingsmyndigheten", s.slag().tittel(), null, idag, false),
                linjer, null))).getFirst().dokumentId();
        Vedtak v = new Vedtak(Tidsordnet.uuid(), s.slag().name(), soeknadId, sak.skyldner(), utfall,
                krav.isEmpty() ? null : Virkning.ETTERGIVELSE, krav, begrunnelse.strip(), saksbehandler, clock.instant(), ettergitt, 0, dokument);
        tabell.settInn(v);
        oppgaver.avslutt(s.slag().name(), "soeknad:" + soeknadId);
        return v;
    }

    /** A complaint's hold on collection lifted: who, when, why, and the letter. */
    public record Oppheving(UUID klageId, String skyldner, LocalDate opphevet, String begrunnelse, String saksbehandler,
                            java.time.Instant registrert, UUID brevDokumentId) {
    }

    public Optional<Oppheving> oppheving(UUID klageId) {
        return tabell.oppheving(klageId);
    }

    /**
     * Lifts the hold an upheld complaint put on its claim (utsatt iverksettelse) from today, once the claim is settled
     * (the creditor has upheld it): collection goes on where it stopped. Recorded with who and why; the debtor gets the
     * letter the upholding letter promised. Only for a complaint decided with a hold, and only once.
     */
    @Transactional
    public Oppheving opphevStans(UUID klageId, String begrunnelse, String saksbehandler) {
        Klagesak sak = klagesak(klageId).orElseThrow(() -> new Vedtaksfeil(404, null, "Klagen finnes ikke."));
        Vedtak v = sak.vedtak().filter(x -> x.virkning() == Virkning.STANS)
                .orElseThrow(() -> new Vedtaksfeil(409, null, "Innkrevingen er ikke stanset etter denne klagen."));
        Vedtaksregler.kontrollerOppheving(begrunnelse).ifPresent(f -> {
            throw new Vedtaksfeil(422, f.felt(), f.melding());
        });
        if (tabell.oppheving(klageId).isPresent()) throw new Vedtaksfeil(409, null, "Stansen er allerede opphevet.");
        LocalDate idag = LocalDate.now(clock.withZone(ClockConfig.NORGE));
        UUID kravId = sak.klage().kravId();
        stanser.opphev("klage:" + klageId, idag);
        Kravnavn n = kravnavn(kravId);
        Vedtaksregler.Brevtekst tekst = Vedtaksregler.opphevingsbrev(begrunnelse,
                Tekster.datoIOrd(v.vedtatt().atZone(ClockConfig.NORGE).toLocalDate()), "«" + n.beskrivelse() + "» fra " + n.oppdragsgiverNavn());
        UUID dokument = brev.send(List.of(new Brev(new Brevslag.Melding("KLAGESTANS_OPPHEVET", "Innkrevingen fortsetter", "Saksnummer",
                "Gjenstående", tekst.innledning(), tekst.konsekvenser()), klageId.toString(), idag, Skyldner.av(sak.skyldner()),
                new Brev.Kravomtale(n.oppdragsgiverNavn(), n.beskrivelse(), null, idag, false),
                List.of(linje(kravId, n.beskrivelse(), n.oppdragsgiverNavn())), null))).getFirst().dokumentId();
        Oppheving o = new Oppheving(klageId, sak.skyldner(), idag, begrunnelse.strip(), saksbehandler, clock.instant(), dokument);
        // the key serialises two caseworkers lifting at once: the second finds it lifted (and its work rolls back)
        if (!tabell.settInn(o)) throw new Vedtaksfeil(409, null, "Stansen er allerede opphevet.");
        return o;
    }

    public record Kravnavn(UUID kravId, String beskrivelse, String oppdragsgiverNavn) {
    }

    /** The claim's debtor-facing name and creditor, as the letters name it. */
    public Kravnavn kravnavn(UUID kravId) {
        Kravsaldo s = saldoer.saldo(kravId, LocalDate.MAX).orElseThrow();
        String beskrivelse = katalog.kravtype(s.kravtype()).map(Kravtype::navnForSkyldner).orElse(s.kravtype());
        return new Kravnavn(kravId, beskrivelse, katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver()));
    }

    private Brev.Linje linje(UUID kravId, String beskrivelse, String oppdragsgiver) {
        long rest = saldoer.saldo(kravId, LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElse(0L);
        return new Brev.Linje(beskrivelse + " (" + oppdragsgiver + ")", rest);
    }
}

package no.innkreving.desk.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innkreving.casework.Foreldelsesoversikt;
import no.innkreving.dunning.Purringer;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.limitation.Foreldelse;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Innbetalinger;
import no.innkreving.platform.innlogging.Saksbehandlerrolle;
import no.innkreving.platform.time.ClockConfig;
import no.innkreving.tasks.Oppgaver;
import org.springframework.stereotype.Component;

/**
 * The desk's queues, each row with its deadline and the page it is decided on. The task queue (complaints, plan and
 * postponement applications, waivers and settlements) is read for the caseworker's roles; the machine-made queues
 * (payments in suspense, claims near limitation, claims ready for enforcement) are read from their modules only for
 * a caseworker with the role that acts on them. Deadlines the sources leave open are data (desk/koer.properties).
 */
@Component
public class Koer {
    private final Oppgaver oppgaver;
    private final Saldoer saldoer;
    private final Innbetalinger innbetalinger;
    private final Foreldelsesoversikt foreldelse;
    private final Purringer purringer;
    private final no.innkreving.claimtypes.ClaimTypeCatalogue katalog;
    private final Clock clock;
    private final int uplassertFristDager, foreldelseVarselDager, tvangFristDager, maksRader;

    Koer(Oppgaver oppgaver, Saldoer saldoer, Innbetalinger innbetalinger, Foreldelsesoversikt foreldelse, Purringer purringer,
        no.innkreving.claimtypes.ClaimTypeCatalogue katalog, Clock clock) {
        this.katalog = katalog;
        this.oppgaver = oppgaver;
        this.saldoer = saldoer;
        this.innbetalinger = innbetalinger;
        this.foreldelse = foreldelse;
        this.purringer = purringer;
        this.clock = clock;
        Properties p = new Properties();
        try (InputStream in = Koer.class.getResourceAsStream("/desk/koer.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("desk/koer.properties missing", e);
        }
        uplassertFristDager = Integer.parseInt(p.getProperty("uplassert.frist-dager"));
        foreldelseVarselDager = Integer.parseInt(p.getProperty("foreldelse.varsel-dager"));
        tvangFristDager = Integer.parseInt(p.getProperty("tvangsinnkreving.frist-dager"));
        maksRader = Integer.parseInt(p.getProperty("maks-rader"));
    }

    /**
     * One row: what, whose, by when, and where it is decided.
     *
     * @param skyldner the debtor, or null (a payment nobody's KID matched)
     * @param lenke    the page to decide it on, or null when there is none
     */
    public record Rad(String tekst, String skyldner, LocalDate mottatt, LocalDate frist, String lenke) {
    }

    /** @param antall how many there are in all (the rows are at most the page's limit) */
    public record Koe(String id, String tittel, Saksbehandlerrolle rolle, List<Rad> rader, int antall) {
    }

    public LocalDate idag() {
        return LocalDate.now(clock.withZone(ClockConfig.NORGE));
    }

    /** The queues the caseworker's roles may see, in the order of the desk. */
    public List<Koe> forRoller(Set<Saksbehandlerrolle> roller) {
        List<Koe> svar = new ArrayList<>();
        List<Oppgaver.Oppgave> aapne = oppgaver.aapne(roller.stream().map(Saksbehandlerrolle::name).toList());
        if (roller.contains(Saksbehandlerrolle.KLAGE))
            svar.add(oppgavekoe("klager", "Klager (svarfrist 3 uker)", Saksbehandlerrolle.KLAGE, aapne));
        if (roller.contains(Saksbehandlerrolle.BETALINGSAVTALE))
            svar.add(oppgavekoe("betalingsavtaler", "Søknader om betalingsavtale og utsettelse", Saksbehandlerrolle.BETALINGSAVTALE, aapne));
        if (roller.contains(Saksbehandlerrolle.ETTERGIVELSE))
            svar.add(oppgavekoe("ettergivelse", "Søknader om ettergivelse og gjeldsordning", Saksbehandlerrolle.ETTERGIVELSE, aapne));
        if (roller.contains(Saksbehandlerrolle.INNBETALING)) svar.add(uplasserte());
        if (roller.contains(Saksbehandlerrolle.TVANGSINNKREVING)) {
            svar.add(naerForeldelse());
            svar.add(klareForTvangsinnkreving());
        }
        return svar;
    }

    /** A task queue is the open tasks for its role (the role that decides them, as the owning module set it). */
    private Koe oppgavekoe(String id, String tittel, Saksbehandlerrolle rolle, List<Oppgaver.Oppgave> aapne) {
        List<Rad> rader = aapne.stream().filter(o -> o.rolle().equals(rolle.name()))
                .map(o -> new Rad(o.tittel(), o.skyldner(), o.opprettet(), o.frist(), lenke(o))).toList();
        return new Koe(id, tittel, rolle, rader, rader.size());
    }

    /** Complaints and waiver/settlement applications are decided on the desk's pages, plans on module betalingsavtale's. */
    static String lenke(Oppgaver.Oppgave o) {
        String ref = o.referanse();
        if (ref.startsWith("klage:")) return "/saksbehandler/klage/" + ref.substring("klage:".length());
        if (ref.startsWith("soeknad:")) return "/saksbehandler/soknad/" + ref.substring("soeknad:".length());
        if (ref.startsWith("betalingssak:")) return "/saksbehandler/betalingssaker/" + ref.substring("betalingssak:".length());
        return "/saksbehandler/skyldner/" + o.skyldner();
    }

    private Koe uplasserte() {
        Map<UUID, Long> holdt = saldoer.alleUplasserte();
        List<Rad> rader = innbetalinger.medIder(holdt.keySet()).stream()
                .sorted(Comparator.comparing(Innbetaling::innbetalingsdato))
                .map(i -> new Rad("Uplassert innbetaling " + no.innkreving.portal.Tekster.kroner(holdt.get(i.innbetalingId())) + " kr"
                        + " (KID " + (i.kid() == null ? "mangler" : i.kid()) + ", fra " + (i.fraNavn() == null ? "ukjent" : i.fraNavn()) + ")",
                        i.skyldner(), i.innbetalingsdato(), i.innbetalingsdato().plusDays(uplassertFristDager),
                        i.skyldner() == null ? null : "/saksbehandler/skyldner/" + i.skyldner()))
                .toList();
        return begrens("uplasserte", "Uplasserte innbetalinger", Saksbehandlerrolle.INNBETALING, rader);
    }

    private Koe naerForeldelse() {
        LocalDate grense = idag().plusDays(foreldelseVarselDager);
        Map<UUID, Foreldelse> foreldes = foreldelse.tidligsteForeldelse(saldoer.kravMedAapneLinjer());
        List<UUID> naer = foreldes.entrySet().stream().filter(e -> !e.getValue().dato().isAfter(grense)).map(Map.Entry::getKey).toList();
        Map<UUID, Kravsaldo> saldo = saldoer.saldoer(naer, LocalDate.MAX).stream().collect(Collectors.toMap(Kravsaldo::kravId, Function.identity()));
        List<Rad> rader = naer.stream().filter(saldo::containsKey).sorted(Comparator.comparing(id -> foreldes.get(id).dato()))
                .map(id -> new Rad("Foreldes etter " + no.innkreving.portal.Tekster.dato(foreldes.get(id).dato()) + ": "
                        + kravnavn(saldo.get(id)) + ", gjenstår " + no.innkreving.portal.Tekster.kroner(saldo.get(id).gjenstaaendeOre()) + " kr",
                        saldo.get(id).skyldner(), null, foreldes.get(id).dato(), "/saksbehandler/skyldner/" + saldo.get(id).skyldner()))
                .toList();
        return begrens("foreldelse", "Krav nær foreldelse", Saksbehandlerrolle.TVANGSINNKREVING, rader);
    }

    private Koe klareForTvangsinnkreving() {
        List<UUID> klare = purringer.klareForTvangsinnkreving();
        Map<UUID, Kravsaldo> saldo = saldoer.saldoer(klare, LocalDate.MAX).stream().filter(s -> s.gjenstaaendeOre() > 0)
                .collect(Collectors.toMap(Kravsaldo::kravId, Function.identity()));
        List<Rad> rader = new ArrayList<>();
        for (UUID id : klare) {
            Kravsaldo s = saldo.get(id);
            if (s == null) continue; // paid since: nothing to enforce
            if (rader.size() >= maksRader) {
                rader.add(null);
                continue;
            }
            Purringer.Purrestatus st = purringer.status(id);
            LocalDate varselfrist = st.steg().isEmpty() ? idag() : st.steg().getLast().frist() == null ? st.steg().getLast().dato() : st.steg().getLast().frist();
            rader.add(new Rad("Klar for tvangsinnkreving: " + kravnavn(s) + ", gjenstår "
                    + no.innkreving.portal.Tekster.kroner(s.gjenstaaendeOre()) + " kr (varselfristen gikk ut " + no.innkreving.portal.Tekster.dato(varselfrist) + ")",
                    s.skyldner(), varselfrist, varselfrist.plusDays(tvangFristDager), "/saksbehandler/skyldner/" + s.skyldner()));
        }
        int antall = rader.size();
        List<Rad> vist = rader.stream().filter(java.util.Objects::nonNull).sorted(Comparator.comparing(Rad::frist)).toList();
        return new Koe("tvangsinnkreving", "Krav klare for tvangsinnkreving", Saksbehandlerrolle.TVANGSINNKREVING, vist, antall);
    }

    /** The claim type's name as the debtor sees it, with the creditor's code for the claim type when unknown. */
    private String kravnavn(Kravsaldo s) {
        return katalog.kravtype(s.kravtype()).map(no.innkreving.claimtypes.Kravtype::navnForSkyldner).orElse(s.kravtype());
    }

    private Koe begrens(String id, String tittel, Saksbehandlerrolle rolle, List<Rad> rader) {
        return new Koe(id, tittel, rolle, rader.stream().limit(maksRader).toList(), rader.size());
    }
}

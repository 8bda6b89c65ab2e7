package no.innkreving.portal.skyldner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innkreving.casework.Foreldelsesoversikt;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.dunning.Purringer;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.invoicing.Betalingsinformasjon;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.kravogbetalinger.Kravoversikt;
import no.innkreving.kravogbetalinger.Oversikt;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brevutsending;
import no.innkreving.limitation.Foreldelse;
import no.innkreving.portal.Tekster;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Soeknader;
import org.springframework.stereotype.Component;

/**
 * The debtor's overview, composed from the modules that own each fact: claims and payments as the debtor view
 * (Krav og betalinger) reads them, the creditor and its reference, where collection stands (dunning, holds, pending
 * cases), the limitation date, and the letters. Only the given party's data.
 */
@Component
public class Skyldneroversikt {
    private final Kravoversikt kravoversikt;
    private final Saldoer saldoer;
    private final ClaimTypeCatalogue katalog;
    private final Oppdragsregister oppdrag;
    private final Purringer purringer;
    private final Innkrevingsstanser stanser;
    private final Foreldelsesoversikt foreldelse;
    private final Fakturering fakturering;
    private final Brevutsending brev;
    private final Klager klager;
    private final Soeknader soeknader;
    private final no.innkreving.platform.tjenestetid.Betalingstjenester betalingstjenester;

    Skyldneroversikt(Kravoversikt kravoversikt, Saldoer saldoer, ClaimTypeCatalogue katalog, Oppdragsregister oppdrag,
                     Purringer purringer, Innkrevingsstanser stanser, Foreldelsesoversikt foreldelse, Fakturering fakturering,
                     Brevutsending brev, Klager klager, Soeknader soeknader,
                     no.innkreving.platform.tjenestetid.Betalingstjenester betalingstjenester) {
        this.kravoversikt = kravoversikt;
        this.saldoer = saldoer;
        this.katalog = katalog;
        this.oppdrag = oppdrag;
        this.purringer = purringer;
        this.stanser = stanser;
        this.foreldelse = foreldelse;
        this.fakturering = fakturering;
        this.brev = brev;
        this.klager = klager;
        this.soeknader = soeknader;
        this.betalingstjenester = betalingstjenester;
    }

    public record Forfallsrad(LocalDate forfallsdato, long opprinneligOre, long gjenstaaendeOre, String kid) {
    }

    public record Kravrad(UUID kravId, String oppdragsgiver, String beskrivelse, String referanse, long opprinneligOre,
                          long gjenstaaendeOre, long renterOre, List<Forfallsrad> forfall, List<String> status,
                          Foreldelse foreldelse, List<Dokumentlenke> dokumenter) {
        public boolean betalt() {
            return gjenstaaendeOre == 0 && renterOre == 0;
        }

        public String foreldelseIOrd() {
            if (foreldelse == null) return null;
            return "Kravet foreldes etter " + Tekster.datoIOrd(foreldelse.dato()) + " (" + Tekster.dato(foreldelse.dato()) + ")"
                    + ". Etter det kan vi ikke lenger kreve det inn, med mindre fristen blir avbrutt før, for eksempel når du betaler noe på kravet eller vi tar utlegg.";
        }
    }

    /** @param tekst what the link says, with its format: "Faktura 2026000006 (PDF)" */
    public record Dokumentlenke(UUID dokumentId, String tekst) {
    }

    public record Brevrad(UUID dokumentId, String tekst, String nummer, LocalDate sendt, boolean pdf) {
    }

    public record Innbetalingsrad(LocalDate dato, long beloepOre, long uplassertOre, String fraKonto) {
    }

    public record Utbetalingsrad(LocalDate dato, long beloepOre, String tilKonto, String status) {
    }

    /** A complaint or an application the debtor sent, with the day we answer by. */
    public record Sakrad(String tekst, String lenke, LocalDate mottatt, LocalDate svarfrist, boolean underBehandling) {
    }

    /** @param betalingStengt the message while the payment and plan services are closed (year end), else null */
    public record Bilde(List<Kravrad> krav, long sumGjenstaaendeOre, long sumRenterOre, Betalingsinformasjon konto,
                        List<Brevrad> brev, List<Innbetalingsrad> innbetalinger, List<Utbetalingsrad> utbetalinger,
                        List<Sakrad> saker, String betalingStengt, LocalDate idag) {
        public List<Kravrad> aapne() {
            return krav.stream().filter(k -> !k.betalt()).toList();
        }

        public List<Kravrad> betalte() {
            return krav.stream().filter(Kravrad::betalt).toList();
        }
    }

    public Bilde forPart(String part) {
        LocalDate idag = kravoversikt.idag();
        List<Oversikt.Krav> alle = kravoversikt.krav(part, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        List<UUID> ider = alle.stream().map(Oversikt.Krav::kravId).toList();
        Map<UUID, Kravsaldo> saldo = saldoer.saldoer(ider, LocalDate.MAX).stream()
                .collect(Collectors.toMap(Kravsaldo::kravId, Function.identity()));
        Map<UUID, String> referanser = oppdrag.oppdragsgiversReferanser(ider);
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(ider, idag);
        Map<UUID, no.innkreving.ledger.Avskrivning.Grunn> avskrevet = new java.util.HashMap<>();
        for (var a : saldoer.avskrivninger(ider)) avskrevet.put(a.kravId(), a.grunn()); // the latest write-off of a claim wins
        Map<UUID, Foreldelse> foreldes = foreldelse.tidligsteForeldelse(ider);
        Map<UUID, List<String>> saker = new HashMap<>();
        klager.underBehandlingPerKrav(part, ider).forEach((k, n) -> saker.computeIfAbsent(k, x -> new ArrayList<>()).add("Klage under behandling"));
        List<Brevutsending.Brevoppfoering> sendteBrev = brev.forMottaker(part);
        Map<UUID, String> format = new HashMap<>();
        for (Brevutsending.Brevoppfoering b : sendteBrev) format.put(b.dokumentId(), b.mediatype().endsWith("pdf") ? " (PDF)" : " (EHF, XML)");
        Map<UUID, List<Dokumentlenke>> dokumenter = new HashMap<>();
        for (Faktura f : fakturering.forKrav(ider)) {
            fakturering.dokumentId(f.fakturanummer()).ifPresent(d -> dokumenter.computeIfAbsent(f.kravId(), x -> new ArrayList<>())
                    .add(new Dokumentlenke(d, (f.type() == Faktura.Type.FAKTURA ? "Faktura " : "Kreditnota ") + f.fakturanummer()
                            + format.getOrDefault(d, " (PDF)"))));
        }

        List<Kravrad> rader = new ArrayList<>();
        for (Oversikt.Krav k : alle) {
            Kravsaldo s = saldo.get(k.kravId());
            String oppdragsgiver = s == null ? "" : katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver());
            Purringer.Purrestatus purring = purringer.status(k.kravId());
            List<Dokumentlenke> dok = new ArrayList<>(dokumenter.getOrDefault(k.kravId(), List.of()));
            for (Purringer.Purresteg p : purring.steg())
                if (p.dokumentId() != null) dok.add(new Dokumentlenke(p.dokumentId(), brevslag(p.type()) + " " + Tekster.dato(p.dato()) + " (PDF)"));
            List<String> status = status(k, purring, stans.get(k.kravId()), saker.getOrDefault(k.kravId(), List.of()),
                    avskrevet.get(k.kravId()));
            rader.add(new Kravrad(k.kravId(), oppdragsgiver, k.kravbeskrivelse(), referanser.get(k.kravId()), k.opprinneligOre(),
                    k.gjenstaaendeOre(), k.stipulerteRenterOre(),
                    k.forfall().stream().map(f -> new Forfallsrad(f.forfallsdato(), f.opprinneligOre(), f.gjenstaaendeOre(), f.kid())).toList(),
                    status, k.gjenstaaendeOre() > 0 ? foreldes.get(k.kravId()) : null, dok));
        }
        rader.sort(Comparator.comparing((Kravrad r) -> r.betalt()).thenComparing(r -> r.forfall().isEmpty() ? LocalDate.MAX : r.forfall().getFirst().forfallsdato()));

        List<Brevrad> brevrader = sendteBrev.stream().map(b -> new Brevrad(b.dokumentId(), brevslag(b.brevslag()), b.nummer(),
                LocalDate.ofInstant(b.sendt(), ZoneId.of("Europe/Oslo")), b.mediatype().endsWith("pdf"))).toList();
        LocalDate fra = idag.minusYears(1);
        List<Innbetalingsrad> inn = kravoversikt.innbetalinger(part, fra, idag).stream()
                .map(i -> new Innbetalingsrad(i.innbetalingsdato(), i.innbetaltOre(), i.uplassertOre(), maskert(i.fraKonto()))).toList();
        List<Utbetalingsrad> ut = kravoversikt.utbetalinger(part, fra, idag).stream()
                .map(u -> new Utbetalingsrad(u.dato(), u.beloepOre(), maskert(u.tilKonto()), "SENDT".equals(u.status()) ? "Utbetalt" : "Registrert")).toList();
        long sum = rader.stream().mapToLong(Kravrad::gjenstaaendeOre).sum();
        long renter = rader.stream().mapToLong(Kravrad::renterOre).sum();
        List<Sakrad> sakrader = new ArrayList<>();
        for (Klager.Klage k : klager.forSkyldner(part))
            sakrader.add(new Sakrad("Klage: " + k.tema().tekst(), "/skyldner/klage/" + k.klageId(), k.mottatt(), k.svarfrist(), k.underBehandling()));
        for (Soeknader.Soeknad s : soeknader.forSkyldner(part))
            sakrader.add(new Sakrad(s.slag().tittel(), "/skyldner/soknad/" + s.soeknadId(), s.mottatt(), s.svarfrist(), "MOTTATT".equals(s.status())));
        sakrader.sort(Comparator.comparing(Sakrad::mottatt).reversed());
        String stengt = betalingstjenester.stengt().map(no.innkreving.platform.tjenestetid.Stengetider.Stengning::melding).orElse(null);
        return new Bilde(rader, sum, renter, fakturering.betalingsinformasjon(), brevrader, inn, ut, sakrader, stengt, idag);
    }

    /** Where the claim stands, in the debtor's words; the furthest step of collection first. */
    static List<String> status(Oversikt.Krav k, Purringer.Purrestatus purring, Stansgrunn stans, List<String> saker) {
        return status(k, purring, stans, saker, null);
    }

    /**
     * As above; a claim with nothing left that was written off is not "paid": the debtor is told why it is gone
     * (withdrawn, time-barred, deleted after a complaint, waived).
     */
    static List<String> status(Oversikt.Krav k, Purringer.Purrestatus purring, Stansgrunn stans, List<String> saker,
                               no.innkreving.ledger.Avskrivning.Grunn avskrevet) {
        List<String> s = new ArrayList<>();
        if (k.gjenstaaendeOre() == 0 && k.stipulerteRenterOre() == 0) {
            s.add(avskrevet == null ? "Betalt" : switch (avskrevet) {
                case AVSKREVET_AV_OPPDRAGSGIVER -> "Trukket tilbake av oppdragsgiver";
                case FORELDET -> "Foreldet: du skal ikke betale det som gjenstod";
                case KLAGE_TATT_TIL_FOELGE -> "Slettet etter klage";
                case ETTERGITT -> "Ettergitt";
            });
            return s;
        }
        Set<String> steg = purring.steg().stream().map(Purringer.Purresteg::type).collect(Collectors.toSet());
        if (purring.klarForTvangsinnkreving()) s.add("Under tvangsinnkreving");
        else if (steg.contains("VARSEL_OM_TVANGSFULLBYRDELSE")) s.add("Varsel om tvangsinnkreving sendt");
        else if (steg.contains("PURRING")) s.add("Purret");
        else s.add("Fakturert");
        if (stans != null) s.add(switch (stans) {
            case UTSATT_IVERKSETTELSE -> "Innkrevingen er stanset mens saken behandles";
            case BETALINGSAVTALE -> "I betalingsavtale";
            case BETALINGSUTSETTELSE -> "Betalingen er utsatt";
        });
        s.addAll(saker);
        return s;
    }

    /** A letter kind's stored name in the debtor's words. */
    static String brevslag(String navn) {
        return switch (navn) {
            case "FAKTURA" -> "Faktura";
            case "KREDITNOTA" -> "Kreditnota";
            case "PURRING" -> "Purring";
            case "VARSEL_OM_TVANGSFULLBYRDELSE" -> "Varsel om tvangsfullbyrdelse";
            case "KLAGEKVITTERING" -> "Kvittering for klage";
            case "SOEKNADSKVITTERING" -> "Kvittering for søknad";
            default -> {
                String t = navn.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
                yield Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
        };
    }

    /** Only the last five digits of an account are shown, as in the published debtor view. */
    static String maskert(String konto) {
        if (konto == null || konto.length() <= 5) return konto;
        return "*".repeat(konto.length() - 5) + konto.substring(konto.length() - 5);
    }
}

package no.innkreving.kravogbetalinger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.intake.Kravperiode;
import no.innkreving.intake.Kravperioder;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.kravogbetalinger.Oversikt.Forfall;
import no.innkreving.kravogbetalinger.Oversikt.Krav;
import no.innkreving.kravogbetalinger.Oversikt.PlassertInnbetaling;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.ledger.MotregnetBeloep;
import no.innkreving.ledger.PlassertBeloep;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.Motregninger;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Innbetalinger;
import no.innkreving.kravogbetalinger.application.Renteanslag;
import org.springframework.stereotype.Component;

/** Reads a debtor's claims and payments from the modules that own them, as of today. */
@Component
public class Kravoversikt {
    private final Saldoer reskontro;
    private final Fakturering fakturering;
    private final Innbetalinger innbetalinger;
    private final ClaimTypeCatalogue katalog;
    private final Renteanslag renter;
    private final Kravperioder kravperioder;
    private final Motregninger motregninger;
    private final Clock clock;

    Kravoversikt(Saldoer saldoer, Fakturering fakturering, Innbetalinger innbetalinger, ClaimTypeCatalogue katalog,
                 Renteanslag renter, Kravperioder kravperioder, Motregninger motregninger, Clock clock) {
        this.reskontro = saldoer;
        this.fakturering = fakturering;
        this.innbetalinger = innbetalinger;
        this.katalog = katalog;
        this.renter = renter;
        this.kravperioder = kravperioder;
        this.motregninger = motregninger;
        this.clock = clock;
    }

    public LocalDate idag() {
        return LocalDate.now(clock);
    }

    /** Whether we hold anything at all for the party (a claim or a payment). */
    public boolean kjenner(String part) {
        return !reskontro.kravForSkyldner(part).isEmpty() || !innbetalinger.forSkyldner(part).isEmpty();
    }

    /** Claims with something left to pay. */
    public List<Krav> aapneKrav(String part) {
        return krav(part, k -> k.gjenstaaendeOre() > 0 || k.stipulerteRenterOre() > 0);
    }

    /** Claims booked within the period (open or not). */
    public List<Krav> krav(String part, LocalDate fraOgMed, LocalDate tilOgMed) {
        return krav(part, k -> !k.opprettet().isBefore(fraOgMed) && !k.opprettet().isAfter(tilOgMed));
    }

    private List<Krav> krav(String part, Predicate<Krav> filter) {
        List<UUID> ider = reskontro.kravForSkyldner(part);
        if (ider.isEmpty()) return List.of();
        LocalDate idag = idag();
        List<Kravsaldo> saldoer = reskontro.saldoer(ider, LocalDate.MAX);
        Map<UUID, Faktura> faktura = new HashMap<>();
        for (Faktura f : fakturering.forKrav(ider)) if (f.type() == Faktura.Type.FAKTURA) faktura.put(f.kravId(), f);
        Map<UUID, List<Kravforfall>> forfallPerKrav = new HashMap<>();
        for (Kravforfall f : reskontro.forfallForSkyldner(part)) forfallPerKrav.computeIfAbsent(f.kravId(), k -> new ArrayList<>()).add(f);
        Map<UUID, List<PlassertBeloep>> plassert = new HashMap<>();
        for (PlassertBeloep p : reskontro.plasseringer(ider)) plassert.computeIfAbsent(p.kravId(), k -> new ArrayList<>()).add(p);
        Map<UUID, Innbetaling> betalinger = new HashMap<>();
        for (Innbetaling i : innbetalinger.medIder(plassert.values().stream().flatMap(List::stream)
                .map(PlassertBeloep::innbetalingId).distinct().toList())) betalinger.put(i.innbetalingId(), i);

        Map<UUID, Kravperiode> perioder = kravperioder.forKrav(ider);
        Map<UUID, List<MotregnetBeloep>> motregnet = new HashMap<>();
        for (MotregnetBeloep m : reskontro.motregnet(ider)) motregnet.computeIfAbsent(m.kravId(), k -> new ArrayList<>()).add(m);
        Map<UUID, Motkrav> motkrav = new HashMap<>();
        for (Motkrav m : motregninger.medIder(motregnet.values().stream().flatMap(List::stream).map(MotregnetBeloep::motkravId)
                .distinct().toList())) motkrav.put(m.motkravId(), m);

        List<Krav> svar = new ArrayList<>();
        for (Kravsaldo s : saldoer) {
            Kravtype type = katalog.kravtype(s.kravtype()).orElse(null);
            Faktura f = faktura.get(s.kravId());
            // The claim is what the creditor set; our late-payment interest on it is stipulerteRenter, never both.
            Set<Long> renteline = s.linjer().stream().filter(Renteanslag::erForsinkelsesrente)
                    .map(Linjesaldo::kravlinjeId).collect(Collectors.toSet());
            List<Linjesaldo> kravetsLinjer = s.linjer().stream().filter(l -> !renteline.contains(l.kravlinjeId())).toList();
            long opprinnelig = kravetsLinjer.stream().mapToLong(Linjesaldo::fastsattOre).sum();
            long gjenstaaende = kravetsLinjer.stream().mapToLong(Linjesaldo::gjenstaaendeOre).sum();
            LocalDate opprettet = f != null ? f.fakturadato() : s.fastsettelsesdato();
            List<PlassertInnbetaling> plasseringer = plassert.getOrDefault(s.kravId(), List.of()).stream()
                    .filter(p -> !renteline.contains(p.kravlinjeId()))
                    .collect(Collectors.groupingBy(PlassertBeloep::innbetalingId, LinkedHashMap::new, Collectors.toList()))
                    .values().stream().map(ps -> {
                        PlassertBeloep foerste = ps.getFirst();
                        Innbetaling i = betalinger.get(foerste.innbetalingId());
                        long sum = ps.stream().mapToLong(PlassertBeloep::beloepOre).sum();
                        return new PlassertInnbetaling(foerste.innbetalingId(), sum, foerste.plassertDato(),
                                i == null ? foerste.plassertDato() : i.innbetalingsdato(), i == null ? 0 : i.beloepOre(),
                                i == null ? null : i.fraKonto(), i == null ? null : i.fraNavn());
                    }).toList();
            // offsets placed on the claim's own lines, one entry per amount owed (the counter-claim), as payments are
            List<Oversikt.PlassertMotkrav> motregninger = motregnet.getOrDefault(s.kravId(), List.of()).stream()
                    .filter(p -> !renteline.contains(p.kravlinjeId()))
                    .collect(Collectors.groupingBy(MotregnetBeloep::motkravId, LinkedHashMap::new, Collectors.toList()))
                    .values().stream().map(ps -> {
                        MotregnetBeloep foerste = ps.getFirst();
                        Motkrav m = motkrav.get(foerste.motkravId());
                        long sum = ps.stream().mapToLong(MotregnetBeloep::beloepOre).sum();
                        return new Oversikt.PlassertMotkrav(foerste.motkravId(), sum, foerste.dato(),
                                m == null ? null : m.art().name(), m == null ? "Motregning" : m.art().tekst(),
                                m == null ? foerste.dato() : m.dato());
                    }).toList();
            List<Kravforfall> kravforfall = forfallPerKrav.getOrDefault(s.kravId(), List.of());
            long stipulert = renter.stipulert(s, type != null && type.forsinkelsesrente() && !kravforfall.isEmpty()
                    ? kravforfall.getFirst().forfallsdato() : null, idag);
            List<Forfall> forfall = forfall(s, f, kravforfall, opprinnelig, gjenstaaende, plasseringer, motregninger);
            Krav k = new Krav(s.kravId(), s.kravtype(), type == null ? s.kravtype() : type.navnForSkyldner(),
                    type == null ? "Øvrige offentlige krav" : type.kravgruppe(), opprettet, perioder.get(s.kravId()),
                    opprinnelig, gjenstaaende, stipulert, forfall);
            if (filter.test(k)) svar.add(k);
        }
        svar.sort(Comparator.comparing(Krav::opprettet).thenComparing(Krav::kravId));
        return svar;
    }

    /**
     * The claim's due dates from the ledger (kravforfall). One due date (an invoice) carries the whole claim, as it
     * stands, with the invoice's number and KID. With several (instalments), each shows its own amount, and what has
     * been paid covers the earliest first, so what is left lies on the latest; the creditor's interest lines lie on the
     * first. Amounts are the claim's own lines (our late-payment interest is stipulerteRenter, decision 0033).
     * A claim not yet invoiced shows one entry dated the creditor's decision date.
     */
    private static List<Forfall> forfall(Kravsaldo s, Faktura f, List<Kravforfall> kravforfall, long opprinnelig,
                                         long gjenstaaendeOre, List<PlassertInnbetaling> plasseringer,
                                         List<Oversikt.PlassertMotkrav> motregninger) {
        String id = f == null ? s.kravId().toString() : String.valueOf(f.fakturanummer());
        String kid = f == null ? null : f.kid();
        if (kravforfall.size() <= 1) {
            LocalDate dato = kravforfall.isEmpty() ? s.fastsettelsesdato() : kravforfall.getFirst().forfallsdato();
            return List.of(new Forfall(id, dato, opprinnelig, gjenstaaendeOre, kid, plasseringer, motregninger));
        }
        long iForfall = kravforfall.stream().mapToLong(Kravforfall::beloepOre).sum();
        long igjen = gjenstaaendeOre;
        long[] gjenstaaende = new long[kravforfall.size()];
        for (int i = kravforfall.size() - 1; i >= 0; i--) {
            gjenstaaende[i] = Math.min(igjen, kravforfall.get(i).beloepOre());
            igjen -= gjenstaaende[i];
        }
        gjenstaaende[0] += igjen;
        List<Forfall> svar = new ArrayList<>(kravforfall.size());
        for (int i = 0; i < kravforfall.size(); i++) {
            Kravforfall k = kravforfall.get(i);
            long opprinneligHer = k.beloepOre() + (i == 0 ? Math.max(0, opprinnelig - iForfall) : 0);
            svar.add(new Forfall(i == 0 ? id : id + "-" + k.nummer(), k.forfallsdato(), opprinneligHer, gjenstaaende[i],
                    kid, i == 0 ? plasseringer : List.of(), i == 0 ? motregninger : List.of()));
        }
        return svar;
    }

    /** Payments holding money not placed on any claim. */
    public List<Oversikt.Innbetaling> uplasserteInnbetalinger(String part) {
        List<Innbetaling> alle = innbetalinger.forSkyldner(part);
        Map<UUID, Long> uplassert = innbetalinger.uplassert(alle.stream().map(Innbetaling::innbetalingId).toList());
        return alle.stream().filter(i -> uplassert.containsKey(i.innbetalingId()))
                .map(i -> innbetaling(i, uplassert.get(i.innbetalingId()))).toList();
    }

    public List<Oversikt.Innbetaling> innbetalinger(String part, LocalDate fraOgMed, LocalDate tilOgMed) {
        List<Innbetaling> alle = innbetalinger.forSkyldner(part, fraOgMed, tilOgMed);
        Map<UUID, Long> uplassert = innbetalinger.uplassert(alle.stream().map(Innbetaling::innbetalingId).toList());
        return alle.stream().map(i -> innbetaling(i, uplassert.getOrDefault(i.innbetalingId(), 0L))).toList();
    }

    public List<Oversikt.Utbetaling> utbetalinger(String part, LocalDate fraOgMed, LocalDate tilOgMed) {
        var liste = innbetalinger.utbetalinger(part, fraOgMed, tilOgMed);
        Map<UUID, Motkrav> motkrav = new HashMap<>();
        for (Motkrav m : motregninger.medIder(liste.stream().map(no.innkreving.payments.Utbetaling::motkravId)
                .filter(java.util.Objects::nonNull).toList())) motkrav.put(m.motkravId(), m);
        return liste.stream().map(u -> {
            Motkrav m = u.motkravId() == null ? null : motkrav.get(u.motkravId());
            return new Oversikt.Utbetaling(u.utbetalingId(), u.innbetalingId(), u.opprettet(), u.beloepOre(),
                    u.tilKonto(), u.tilNavn(), u.status(), m == null ? null
                    : new Oversikt.Motkrav(m.motkravId(), m.beloepOre(), m.art().name(), m.art().tekst(), m.dato(), m.referanse()));
        }).toList();
    }

    private static Oversikt.Innbetaling innbetaling(Innbetaling i, long uplassert) {
        return new Oversikt.Innbetaling(i.innbetalingId(), i.innbetalingsdato(), i.beloepOre(), uplassert, i.tilKonto(),
                i.fraKonto(), i.fraNavn());
    }
}

package no.innkreving.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.domain.Transaksjonstype;
import no.innkreving.ledger.domain.Bokfoeringsregler;
import no.innkreving.ledger.domain.Transaksjon;
import no.innkreving.ledger.persistence.LedgerTables;
import no.innkreving.ledger.persistence.LedgerTables.NyKravlinje;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One debtor-scoped unit of work: the debtors' lock is held (taken by {@link Bokfoering#forSkyldnere}) and the
 * transaction is open for as long as it lives, so what it reads is what it writes against (read, decide, write).
 * Every write to the ledger goes through here. It remembers the line balances and suspense it has read and moves
 * them as it books, and refuses a posting that takes money off a line or out of suspense it has not read, or below
 * zero (decision 0021). A later writer (dunning fees, offsets, plans) adds its operation here.
 */
public final class Bokfoeringsenhet {
    private final LedgerTables tables;
    private final Clock clock;
    private final ApplicationEventPublisher hendelser;
    private final Set<String> skyldnere;
    private final Map<Long, Long> linjesaldoer = new HashMap<>();
    private final Map<UUID, Long> uplasserte = new HashMap<>();
    private final Map<UUID, Forsinkelsesrentestand> renter = new HashMap<>();
    private boolean aapen = true;

    Bokfoeringsenhet(LedgerTables tables, Clock clock, ApplicationEventPublisher hendelser, Set<String> skyldnere) {
        this.tables = tables;
        this.clock = clock;
        this.hendelser = hendelser;
        this.skyldnere = skyldnere;
    }

    void lukk() {
        aapen = false;
    }

    // ---- reads under the lock

    /** Lines with something left to pay of these (locked) debtors' claims. */
    public List<AapenLinje> aapneLinjer(Collection<String> skyldnere) {
        for (String s : skyldnere) kreverLaast(s);
        return husk(tables.aapneLinjer(skyldnere));
    }

    /** Lines with something left to pay of the given claims; each must be a locked debtor's. */
    public List<AapenLinje> aapneLinjerForKrav(Collection<UUID> kravIder) {
        List<AapenLinje> linjer = tables.aapneLinjerForKrav(kravIder);
        for (AapenLinje l : linjer) kreverLaast(l.skyldner());
        return husk(linjer);
    }

    private List<AapenLinje> husk(List<AapenLinje> linjer) {
        kreverAapen();
        for (AapenLinje l : linjer) linjesaldoer.put(l.kravlinjeId(), l.gjenstaaendeOre());
        return linjer;
    }

    /** A locked debtor's claim as it stands now. */
    public Optional<Kravsaldo> saldo(UUID kravId) {
        kreverAapen();
        Optional<Kravsaldo> s = tables.saldoer(List.of(kravId), LocalDate.MAX).stream().findFirst();
        s.ifPresent(k -> {
            kreverLaast(k.skyldner());
            for (Linjesaldo l : k.linjer()) linjesaldoer.put(l.kravlinjeId(), l.gjenstaaendeOre());
        });
        return s;
    }

    /** Locked debtors' claims as they stand now (a daily run's unit reads its debtors' claims at once). */
    public List<Kravsaldo> saldoer(Collection<UUID> kravIder) {
        kreverAapen();
        List<Kravsaldo> s = tables.saldoer(kravIder, LocalDate.MAX);
        for (Kravsaldo k : s) {
            kreverLaast(k.skyldner());
            for (Linjesaldo l : k.linjer()) linjesaldoer.put(l.kravlinjeId(), l.gjenstaaendeOre());
        }
        return s;
    }

    /**
     * Locked debtors' claims' late-payment interest as it stands now, each claim asked that is in the ledger, in one
     * read: what {@link #bokfoerForsinkelsesrenter} decides on.
     */
    public Map<UUID, Forsinkelsesrentestand> forsinkelsesrenter(Collection<UUID> kravIder) {
        kreverAapen();
        Map<UUID, Forsinkelsesrentestand> s = tables.forsinkelsesrenter(kravIder);
        for (Forsinkelsesrentestand f : s.values()) {
            kreverLaast(f.skyldner());
            if (f.kravlinjeId() != null) linjesaldoer.put(f.kravlinjeId(), f.gjenstaaendeOre());
        }
        renter.putAll(s);
        return s;
    }

    /** What each payment holds in suspense (only those holding anything). The caller holds the payments' locks. */
    public Map<UUID, Long> uplassert(Collection<UUID> innbetalinger) {
        kreverAapen();
        Map<UUID, Long> holdt = tables.uplassert(innbetalinger);
        for (UUID i : innbetalinger) uplasserte.put(i, holdt.getOrDefault(i, 0L));
        return holdt;
    }

    // ---- writes

    /** Takes claims over. A claim already in the ledger is left as it is, so a repeated booking has no effect. */
    public void bokfoerKrav(List<KravTilBokfoering> krav) {
        kreverAapen();
        if (krav.isEmpty()) return;
        for (KravTilBokfoering k : krav) kreverLaast(k.skyldner());
        Set<UUID> finnes = tables.finnesAllerede(krav.stream().map(KravTilBokfoering::kravId).toList());
        List<KravTilBokfoering> nye = krav.stream().filter(k -> !finnes.contains(k.kravId())).toList();
        if (nye.isEmpty()) return;
        LocalDate idag = LocalDate.now(clock);
        Instant naa = clock.instant();
        int antallLinjer = nye.stream().mapToInt(k -> 1 + k.renter().size()).sum();
        Iterator<Long> ider = tables.nyeKravlinjeIder(antallLinjer).iterator();
        List<NyKravlinje> linjer = new ArrayList<>(antallLinjer);
        List<Transaksjon> transaksjoner = new ArrayList<>(nye.size());
        for (KravTilBokfoering k : nye) {
            Map<Long, Long> beloep = new LinkedHashMap<>();
            long hovedstol = ider.next();
            linjer.add(new NyKravlinje(hovedstol, k.kravId(), Linjetype.HOVEDSTOL, null, idag));
            beloep.put(hovedstol, k.hovedstolOre());
            for (Rentelinje r : k.renter()) {
                long id = ider.next();
                linjer.add(new NyKravlinje(id, k.kravId(), Linjetype.RENTER, r, idag));
                beloep.put(id, r.beloepOre());
            }
            transaksjoner.add(Bokfoeringsregler.kravBokfoert(Tidsordnet.uuid(), k.kravId(), idag, beloep));
        }
        tables.settInnKrav(nye, naa);
        tables.settInnLinjer(linjer);
        bokfoer(transaksjoner);
        hendelser.publishEvent(new KraveneBokfoert(idag, nye));
    }

    /** The creditor lowered the principal; money paid beyond the new amount goes back to the payers at once. */
    public void nedsettHovedstol(UUID kravId, long nyHovedstolOre, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        Linjesaldo hovedstol = saldo.linjer().stream().filter(l -> l.linjetype() == Linjetype.HOVEDSTOL).findFirst()
                .orElseThrow();
        kravendring(saldo, Bokfoeringsregler.hovedstolNedsatt(transaksjonId, kravId, LocalDate.now(clock), hovedstol,
                nyHovedstolOre), KravRedusert.Grunn.HOVEDSTOL_NEDSATT);
    }

    /**
     * The creditor replaced all interest lines with these; money paid beyond a lowered line goes back at once. Only
     * the creditor's own lines: the late-payment interest we accrue ourselves (FORSINKELSESRENTE) is not the
     * creditor's to set, and is left as it is.
     */
    public void erstattRenter(UUID kravId, List<Rentelinje> renter, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        List<Linjesaldo> eksisterende = saldo.linjer().stream()
                .filter(l -> l.linjetype() == Linjetype.RENTER && !Rentelinje.FORSINKELSESRENTE.equals(l.rentetype())).toList();
        LocalDate idag = LocalDate.now(clock);
        Iterator<Long> ider = tables.nyeKravlinjeIder(renter.size()).iterator();
        var endring = Bokfoeringsregler.renterEndret(transaksjonId, kravId, idag, eksisterende, renter, ider::next);
        tables.settInnLinjer(endring.nyeLinjer().stream()
                .map(n -> new NyKravlinje(n.kravlinjeId(), kravId, Linjetype.RENTER, n.rente(), idag)).toList());
        kravendring(saldo, endring.transaksjon(), KravRedusert.Grunn.RENTER_ENDRET);
    }

    /** The creditor withdrew the claim: everything that remains is written off (what was paid stays paid). */
    public void avskrivAvOppdragsgiver(UUID kravId, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        kravendring(saldo, Bokfoeringsregler.avskrevetAvOppdragsgiver(transaksjonId, kravId, LocalDate.now(clock),
                saldo.linjer()), KravRedusert.Grunn.AVSKREVET_AV_OPPDRAGSGIVER);
    }

    /**
     * A complaint upheld deletes the claim (source document 002: what was paid on a deleted claim is paid back):
     * every line goes to zero, the payments placed on it are owed back to their payers at once (the payments module
     * makes the payout instructions, as for an overpayment), amounts offset on it to the debtor (the offset module
     * makes those), and a credit note follows. Returns what was written off
     * (what remained) and what is refunded, in øre.
     */
    public Sletting slettEtterKlage(UUID kravId) {
        Kravsaldo saldo = laastSaldo(kravId);
        Map<Long, Long> plassert = new HashMap<>();
        for (PlassertBeloep p : tables.plasseringer(List.of(kravId))) plassert.merge(p.kravlinjeId(), p.beloepOre(), Long::sum);
        for (MotregnetBeloep m : tables.motregnet(List.of(kravId))) plassert.merge(m.kravlinjeId(), m.beloepOre(), Long::sum);
        long tilbake = plassert.values().stream().mapToLong(Long::longValue).sum();
        kravendring(saldo, Bokfoeringsregler.slettetEtterKlage(Tidsordnet.uuid(), kravId, LocalDate.now(clock), saldo.linjer(), plassert),
                KravRedusert.Grunn.KLAGE_TATT_TIL_FOELGE);
        return new Sletting(saldo.gjenstaaendeOre(), tilbake);
    }

    /** @param avskrevetOre what remained and is written off; @param tilbakebetaltOre what was paid and is owed back */
    public record Sletting(long avskrevetOre, long tilbakebetaltOre) {
    }

    /** A waiver granted (ettergivelse): what remains is written off, what was paid stays paid. Returns the øre forgiven. */
    public long ettergi(UUID kravId) {
        Kravsaldo saldo = laastSaldo(kravId);
        kravendring(saldo, Bokfoeringsregler.ettergitt(Tidsordnet.uuid(), kravId, LocalDate.now(clock), saldo.linjer()),
                KravRedusert.Grunn.ETTERGITT);
        return saldo.gjenstaaendeOre();
    }

    /**
     * Writes off as time-barred (reason FORELDET) what remains on these lines of a locked debtor's claim, dated
     * {@code dato} (the first day the lines are time-barred). The creditor's amounts are unchanged and nothing paid is
     * refunded. Returns the øre written off.
     */
    public long avskrivForeldet(UUID kravId, Collection<Long> kravlinjeIder, LocalDate dato) {
        Kravsaldo saldo = laastSaldo(kravId);
        List<Linjesaldo> linjer = saldo.linjer().stream()
                .filter(l -> kravlinjeIder.contains(l.kravlinjeId()) && l.gjenstaaendeOre() > 0).toList();
        if (linjer.isEmpty()) return 0;
        bokfoer(List.of(Bokfoeringsregler.foreldet(Tidsordnet.uuid(), kravId, dato, linjer)));
        return linjer.stream().mapToLong(Linjesaldo::gjenstaaendeOre).sum();
    }

    /**
     * Books a creditor's change of a claim read under the lock: first the refunds of what it leaves paid beyond what
     * is owed (so no line is below zero at any point), then the change; publishes both.
     */
    private void kravendring(Kravsaldo saldo, Transaksjon endring, KravRedusert.Grunn grunn) {
        Map<Long, Long> underNull = Bokfoeringsregler.underNull(linjesaldoer, endring);
        List<Transaksjon> alle = new ArrayList<>();
        if (!underNull.isEmpty())
            alle.addAll(Bokfoeringsregler.tilbakebetalt(Tidsordnet::uuid, saldo.skyldner(), endring.bokfoertDato(), underNull,
                    tables.plasseringer(List.of(saldo.kravId())), tables.motregnet(List.of(saldo.kravId()))));
        List<Transaksjon> tilbake = List.copyOf(alle);
        alle.add(endring);
        bokfoer(alle);
        for (Transaksjon t : tilbake) {
            long beloep = -t.posteringer().getLast().beloepOre();
            hendelser.publishEvent(t.type() == Transaksjonstype.MOTREGNING_TILBAKEBETALT
                    ? new MotregningTilbakebetalt(t.innbetalingId(), saldo.kravId(), saldo.kravtype(), saldo.skyldner(), t.bokfoertDato(),
                            beloep, grunn)
                    : new PlasseringTilbakebetalt(t.innbetalingId(), saldo.skyldner(), t.bokfoertDato(), beloep, grunn));
        }
        long redusert = Bokfoeringsregler.redusertOre(endring);
        if (redusert > 0)
            hendelser.publishEvent(new KravRedusert(saldo.kravId(), saldo.skyldner(), endring.bokfoertDato(), redusert, grunn));
    }

    /**
     * Books payments: money in from the bank, placed on claim lines, refunded, or held in suspense. The caller has
     * decided the placements (allocation is the payments module's rule) from lines read in this unit; a placement
     * on a line not read, or beyond its balance, or money taken from suspense not read or beyond it, refuses all.
     */
    public void bokfoerInnbetalinger(List<Innbetalingsbokfoering> innbetalinger) {
        kreverAapen();
        if (innbetalinger.isEmpty()) return;
        List<Transaksjon> tx = new ArrayList<>(innbetalinger.size());
        for (Innbetalingsbokfoering b : innbetalinger) {
            if (b.skyldner() != null) kreverLaast(b.skyldner());
            Bokfoeringsregler.flyttUplassert(uplasserte, b.innbetalingId(),
                    b.nyttBeloepOre() - b.plassertOre() - b.tilbakebetalOre());
            tx.add(Bokfoeringsregler.innbetaling(Tidsordnet.uuid(), b.innbetalingId(), b.skyldner(), b.dato(),
                    b.nyttBeloepOre(), b.plasseringer(), b.tilbakebetalOre()));
        }
        bokfoer(tx);
    }

    /**
     * Books the offset of one amount the state owed a locked debtor ({@code motkravId}): its placements on claim lines
     * read in this unit (the offset module's rule decided them), and the rest owed back as a payout. A placement on a
     * line not read, or beyond its balance, refuses all.
     */
    public void bokfoerMotregning(UUID motkravId, String skyldner, LocalDate dato, long beloepOre,
                                  List<Linjeplassering> plasseringer, long utbetalOre) {
        bokfoerMotregninger(List.of(new Motregningsbokfoering(motkravId, skyldner, dato, beloepOre, plasseringer, utbetalOre)));
    }

    /**
     * As {@link #bokfoerMotregning}, for many amounts of locked debtors at once (an offset run's batch): each its own
     * balanced transaction, checked in order against the lines read, written in one go. One refused refuses all.
     */
    public void bokfoerMotregninger(List<Motregningsbokfoering> motregninger) {
        kreverAapen();
        if (motregninger.isEmpty()) return;
        List<Transaksjon> tx = new ArrayList<>(motregninger.size());
        for (Motregningsbokfoering m : motregninger) {
            kreverLaast(m.skyldner());
            tx.add(Bokfoeringsregler.motregning(Tidsordnet.uuid(), m.motkravId(), m.skyldner(), m.dato(), m.beloepOre(),
                    m.plasseringer(), m.utbetalOre()));
        }
        bokfoer(tx);
    }

    /**
     * Books changes to claims' late-payment interest decided on what {@link #forsinkelsesrenter} read in this unit: a
     * rise accrues on the claim's FORSINKELSESRENTE line (created on first use, dated the change's day), a fall takes
     * back at most what remains unpaid on the line. Each its own transaction, all written at once (a daily run's unit).
     * Answers per claim the change booked: a fall as a negative amount, less than asked when the rest is paid.
     */
    public Map<UUID, Long> bokfoerForsinkelsesrenter(List<Forsinkelsesrenteendring> endringer) {
        kreverAapen();
        Map<UUID, Long> bokfoert = new LinkedHashMap<>();
        if (endringer.isEmpty()) return bokfoert;
        List<Forsinkelsesrenteendring> utenLinje = new ArrayList<>();
        for (Forsinkelsesrenteendring e : endringer) {
            Forsinkelsesrentestand s = renter.get(e.kravId());
            if (s == null) throw new IllegalStateException("late-payment interest of " + e.kravId() + " not read in this unit of work");
            if (bokfoert.put(e.kravId(), 0L) != null) throw new IllegalArgumentException("two changes to " + e.kravId());
            if (s.kravlinjeId() == null && e.endringOre() > 0) utenLinje.add(e);
        }
        if (!utenLinje.isEmpty()) {
            Iterator<Long> ider = tables.nyeKravlinjeIder(utenLinje.size()).iterator();
            List<NyKravlinje> linjer = new ArrayList<>(utenLinje.size());
            for (Forsinkelsesrenteendring e : utenLinje) {
                long id = ider.next();
                linjer.add(new NyKravlinje(id, e.kravId(), Linjetype.RENTER, new Rentelinje(0, e.dato(), Rentelinje.FORSINKELSESRENTE), e.dato()));
                Forsinkelsesrentestand s = renter.get(e.kravId());
                renter.put(e.kravId(), new Forsinkelsesrentestand(s.kravId(), s.skyldner(), id, s.beregnetTil(), s.bokfoertOre(), 0));
                linjesaldoer.put(id, 0L);
            }
            tables.settInnLinjer(linjer);
        }
        List<Transaksjon> tx = new ArrayList<>(endringer.size());
        for (Forsinkelsesrenteendring e : endringer) {
            Long linje = renter.get(e.kravId()).kravlinjeId();
            if (e.endringOre() > 0) {
                tx.add(Bokfoeringsregler.forsinkelsesrente(Tidsordnet.uuid(), e.kravId(), e.dato(), linje, e.endringOre()));
                bokfoert.put(e.kravId(), e.endringOre());
            } else if (linje != null) {
                long ore = Math.min(-e.endringOre(), linjesaldoer.getOrDefault(linje, 0L));
                if (ore > 0) {
                    tx.add(Bokfoeringsregler.forsinkelsesrenteKorrigert(Tidsordnet.uuid(), e.kravId(), e.dato(), linje, ore));
                    bokfoert.put(e.kravId(), -ore);
                }
            }
        }
        bokfoer(tx);
        return bokfoert;
    }

    /**
     * The bank took a payment back (a reversal): every posting the payment made is reversed, so its money leaves the
     * bank account and its placements on claim lines (which only go up again), what it held in suspense and its refund
     * are undone. The caller holds the payment's lock (taken before the debtor's, as everywhere). Returns the amount
     * taken out of the bank account (øre).
     */
    public long tilbakefoerInnbetaling(UUID innbetalingId, String skyldner, LocalDate dato) {
        kreverAapen();
        if (skyldner != null) kreverLaast(skyldner);
        Transaksjon t = Bokfoeringsregler.innbetalingTilbakefoert(Tidsordnet.uuid(), innbetalingId, skyldner, dato,
                tables.innbetalingensPosteringer(innbetalingId));
        if (t.posteringer().isEmpty()) return 0;
        bokfoer(List.of(t));
        return -t.posteringer().stream().filter(p -> p.konto() == Konto.BANK).mapToLong(p -> p.beloepOre()).sum();
    }

    /** The one place the ledger's postings are written: each transaction checked against what was read, in order. */
    private void bokfoer(List<Transaksjon> transaksjoner) {
        kreverAapen();
        for (Transaksjon t : transaksjoner) Bokfoeringsregler.flyttLinjesaldoer(linjesaldoer, t);
        tables.settInnTransaksjoner(transaksjoner, clock.instant());
    }

    private Kravsaldo laastSaldo(UUID kravId) {
        return saldo(kravId).orElseThrow(() -> new IllegalStateException("not in the ledger: " + kravId));
    }

    private void kreverLaast(String skyldner) {
        if (!skyldnere.contains(skyldner))
            throw new IllegalStateException("debtor not locked by this unit of work: "
                    + (skyldner == null ? null : skyldner.substring(0, Math.min(6, skyldner.length())) + "…"));
    }

    private void kreverAapen() {
        if (!aapen) throw new IllegalStateException("this unit of work has ended");
    }
}

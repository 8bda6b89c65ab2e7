package no.innkreving.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.domain.Bokfoeringsregler;
import no.innkreving.ledger.domain.Transaksjon;
import no.innkreving.ledger.persistence.LedgerTables;
import no.innkreving.ledger.persistence.LedgerTables.NyKravlinje;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's public entry point. Each method is one transaction, or joins the caller's. */
@Component
public class Ledger {
    private final LedgerTables tables;
    private final Clock clock;
    private final ApplicationEventPublisher hendelser;

    Ledger(LedgerTables tables, Clock clock, ApplicationEventPublisher hendelser) {
        this.tables = tables;
        this.clock = clock;
        this.hendelser = hendelser;
    }

    /** Takes claims over. A claim already in the ledger is left as it is, so a repeated booking has no effect. */
    @Transactional
    public void bokfoer(List<KravTilBokfoering> krav) {
        if (krav.isEmpty()) return;
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
        tables.settInnTransaksjoner(transaksjoner, naa);
        hendelser.publishEvent(new KraveneBokfoert(idag, nye));
    }

    /** The creditor lowered the principal to {@code nyHovedstolOre}. */
    @Transactional
    public void nedsettHovedstol(UUID kravId, long nyHovedstolOre, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        Linjesaldo hovedstol = saldo.linjer().stream().filter(l -> l.linjetype() == Linjetype.HOVEDSTOL).findFirst()
                .orElseThrow();
        lagre(Bokfoeringsregler.hovedstolNedsatt(transaksjonId, kravId, LocalDate.now(clock), hovedstol, nyHovedstolOre));
        varsleReduksjon(saldo, KravRedusert.Grunn.HOVEDSTOL_NEDSATT);
    }

    /**
     * The creditor replaced all interest lines with these. Only the creditor's own lines: the late-payment interest we
     * accrue ourselves (FORSINKELSESRENTE) is not the creditor's to set, and is left as it is.
     */
    @Transactional
    public void erstattRenter(UUID kravId, List<Rentelinje> renter, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        List<Linjesaldo> eksisterende = saldo.linjer().stream()
                .filter(l -> l.linjetype() == Linjetype.RENTER && !FORSINKELSESRENTE.equals(l.rentetype())).toList();
        LocalDate idag = LocalDate.now(clock);
        Iterator<Long> ider = tables.nyeKravlinjeIder(renter.size()).iterator();
        var endring = Bokfoeringsregler.renterEndret(transaksjonId, kravId, idag, eksisterende, renter, ider::next);
        tables.settInnLinjer(endring.nyeLinjer().stream()
                .map(n -> new NyKravlinje(n.kravlinjeId(), kravId, Linjetype.RENTER, n.rente(), idag)).toList());
        lagre(endring.transaksjon());
        varsleReduksjon(saldo, KravRedusert.Grunn.RENTER_ENDRET);
    }

    /** The creditor withdrew the claim: everything that remains is written off. */
    @Transactional
    public void avskrivAvOppdragsgiver(UUID kravId, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        lagre(Bokfoeringsregler.avskrevetAvOppdragsgiver(transaksjonId, kravId, LocalDate.now(clock), saldo.linjer()));
        varsleReduksjon(saldo, KravRedusert.Grunn.AVSKREVET_AV_OPPDRAGSGIVER);
    }

    /** Publishes how much less the debtor owes now than before, if anything. */
    private void varsleReduksjon(Kravsaldo foer, KravRedusert.Grunn grunn) {
        long etter = saldo(foer.kravId(), LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElse(0L);
        long redusert = foer.gjenstaaendeOre() - etter;
        if (redusert > 0)
            hendelser.publishEvent(new KravRedusert(foer.kravId(), foer.skyldner(), LocalDate.now(clock), redusert, grunn));
    }

    /**
     * Books payments: money in from the bank, placed on claim lines, refunded, or held in suspense. The caller has
     * decided the placements (allocation is the payments module's rule); the ledger checks that no line is paid
     * below zero and no suspense goes negative, and refuses the whole batch if one would.
     */
    @Transactional
    public void bokfoerInnbetalinger(List<Innbetalingsbokfoering> innbetalinger) {
        if (innbetalinger.isEmpty()) return;
        List<Transaksjon> tx = new ArrayList<>(innbetalinger.size());
        for (Innbetalingsbokfoering b : innbetalinger)
            tx.add(Bokfoeringsregler.innbetaling(Tidsordnet.uuid(), b.innbetalingId(), b.skyldner(), b.dato(),
                    b.nyttBeloepOre(), b.plasseringer(), b.tilbakebetalOre()));
        tables.settInnTransaksjoner(tx, clock.instant());
    }

    /**
     * The bank took a payment back (a reversal): every posting the payment made is reversed, so its money leaves the
     * bank account and its placements on claim lines, what it held in suspense and its refund are undone. The caller
     * holds the debtor's lock. Returns the amount taken out of the bank account (øre).
     */
    @Transactional
    public long tilbakefoerInnbetaling(UUID innbetalingId, String skyldner, LocalDate dato) {
        tables.laasInnbetaling(innbetalingId);
        var t = Bokfoeringsregler.innbetalingTilbakefoert(Tidsordnet.uuid(), innbetalingId, skyldner, dato,
                tables.innbetalingensPosteringer(innbetalingId));
        lagre(t);
        return -t.posteringer().stream().filter(p -> p.konto() == no.innkreving.ledger.domain.Konto.BANK)
                .mapToLong(no.innkreving.ledger.domain.Postering::beloepOre).sum();
    }

    /** Lines with something left to pay now of the given claims. */
    public List<AapenLinje> aapneLinjerForKrav(Collection<UUID> kravIder) {
        return tables.aapneLinjerForKrav(kravIder);
    }

    /** Lines with something left to pay now of the given debtors' claims (for allocation). */
    public List<AapenLinje> aapneLinjer(Collection<String> skyldnere) {
        return tables.aapneLinjer(skyldnere);
    }

    /** Locks the debtors' claims against concurrent placement until the transaction ends (sorted: no deadlock). */
    public void laasSkyldnere(Collection<String> skyldnere) {
        tables.laasLaasegrupper(skyldnere.stream().map(Ledger::laasegruppe).distinct().sorted().toList());
    }

    /** How many lock groups debtors are spread over; a batch of any size holds at most this many locks. */
    private static final int LAASEGRUPPER = 1024;

    /**
     * The lock group of a debtor: work on a debtor's claims holds its group's lock. A fixed hash (String.hashCode is
     * specified), so a bank-file import can route each debtor's payments to the worker that owns its group, and two
     * workers never wait for each other. Groups bound the locks a transaction takes: PostgreSQL's lock table is
     * small (max_locks_per_transaction), and a lock per debtor in a batch of thousands would fill it.
     */
    public static int laasegruppe(String skyldner) {
        return Math.floorMod(skyldner.hashCode(), LAASEGRUPPER);
    }

    /** Locks one payment's suspense balance until the transaction ends. */
    public void laasInnbetaling(UUID innbetalingId) {
        tables.laasInnbetaling(innbetalingId);
    }

    public List<UUID> kravForSkyldner(String skyldner) {
        return tables.kravForSkyldner(skyldner);
    }

    /** What each payment holds in suspense (only those holding anything). */
    public Map<UUID, Long> uplassert(Collection<UUID> innbetalinger) {
        return tables.uplassert(innbetalinger);
    }

    /** Every payment holding money in suspense. */
    public Map<UUID, Long> alleUplasserte() {
        return tables.alleUplasserte();
    }

    public List<PlassertBeloep> plasseringer(Collection<UUID> kravIder) {
        return tables.plasseringer(kravIder);
    }

    /** Per payment: the sum of its postings per account (BANK, SKYLDNER_FORDRING, UPLASSERT, TIL_UTBETALING). */
    public Map<UUID, Map<String, Long>> innbetalingsbalanser(Collection<UUID> innbetalinger) {
        return tables.innbetalingsbalanser(innbetalinger);
    }

    /** Sum per account (BANK, SKYLDNER_FORDRING, UPLASSERT, TIL_UTBETALING) of every posting that moves payment money. */
    public Map<String, Long> betalingskonti() {
        return tables.betalingskonti();
    }

    /** Adds late-payment interest to the claim's FORSINKELSESRENTE line (created on first use). */
    @Transactional
    public void bokfoerForsinkelsesrente(UUID kravId, LocalDate dato, long beloepOre) {
        tables.laasKrav(kravId);
        Long linje = tables.forsinkelsesrentelinje(kravId);
        if (linje == null) {
            linje = tables.nyeKravlinjeIder(1).getFirst();
            tables.settInnLinjer(List.of(new NyKravlinje(linje, kravId, Linjetype.RENTER,
                    new Rentelinje(0, dato, FORSINKELSESRENTE), dato)));
        }
        lagre(Bokfoeringsregler.forsinkelsesrente(Tidsordnet.uuid(), kravId, dato, linje, beloepOre));
    }

    /**
     * Takes back late-payment interest booked too much (a late-arriving payment lowered the base of days already
     * booked): a reversing posting on the claim's FORSINKELSESRENTE line, at most what remains unpaid on it. Returns
     * the amount taken back.
     */
    @Transactional
    public long korrigerForsinkelsesrente(UUID kravId, LocalDate dato, long tilbakeOre) {
        tables.laasKrav(kravId);
        Long linje = tables.forsinkelsesrentelinje(kravId);
        if (linje == null || tilbakeOre <= 0) return 0;
        long gjenstaaende = saldo(kravId, LocalDate.MAX).orElseThrow().linjer().stream()
                .filter(l -> l.kravlinjeId() == linje).mapToLong(Linjesaldo::gjenstaaendeOre).sum();
        long ore = Math.min(tilbakeOre, gjenstaaende);
        if (ore > 0) lagre(Bokfoeringsregler.forsinkelsesrenteKorrigert(Tidsordnet.uuid(), kravId, dato, linje, ore));
        return ore;
    }

    /**
     * Each day the principal moved, and by how much, payments apart from the rest: interest runs on the old base up to
     * and including a payment's date (the payer's date), but not on a reduction by the creditor.
     */
    public List<Hovedstolbevegelse> hovedstolBevegelser(UUID kravId) {
        return tables.hovedstolBevegelser(kravId);
    }

    /** The principal's balance after each day it moved, oldest first. */
    public List<Map.Entry<LocalDate, Long>> hovedstolHistorikk(UUID kravId) {
        return tables.hovedstolHistorikk(kravId);
    }

    /** The last day late-payment interest has been accrued to, if any. */
    public Optional<LocalDate> renterBeregnetTil(UUID kravId) {
        return Optional.ofNullable(tables.renterBeregnetTil(kravId));
    }

    /** The rentetype of interest lines the ledger accrues itself. */
    public static final String FORSINKELSESRENTE = "FORSINKELSESRENTE";

    public Optional<Kravsaldo> saldo(UUID kravId, LocalDate per) {
        return tables.saldoer(List.of(kravId), per).stream().findFirst();
    }

    public List<Kravsaldo> saldoer(Collection<UUID> kravIder, LocalDate per) {
        return tables.saldoer(kravIder, per);
    }

    /**
     * Sets claims' due dates (kravforfall), as invoicing does when it invoices them. A due date already there with
     * the same claim and number is kept (a repeated event changes nothing). The caller has moved each date to a
     * business day (skattebetalingsloven § 10-2; {@code platform.time.Virkedager}).
     */
    @Transactional
    public void settForfall(List<Kravforfall> forfall) {
        if (!forfall.isEmpty()) tables.settInnForfall(forfall, clock.instant());
    }

    /** Adds a due date after the claim's last one (instalment plans); returns it. */
    @Transactional
    public Kravforfall leggTilForfall(UUID kravId, LocalDate forfallsdato, long beloepOre) {
        tables.laasKrav(kravId);
        int nummer = tables.forfall(List.of(kravId)).stream().mapToInt(Kravforfall::nummer).max().orElse(0) + 1;
        Kravforfall f = new Kravforfall(kravId, nummer, forfallsdato, beloepOre);
        tables.settInnForfall(List.of(f), clock.instant());
        return f;
    }

    /**
     * Moves a due date later (the term counted again from a later day, decision 0024); an earlier date is refused,
     * since a debtor may rely on the date given.
     */
    @Transactional
    public void utsettForfall(UUID kravId, int nummer, LocalDate nyDato) {
        tables.laasKrav(kravId);
        Kravforfall f = tables.forfall(List.of(kravId)).stream().filter(k -> k.nummer() == nummer).findFirst()
                .orElseThrow(() -> new IllegalStateException("no due date " + nummer + " on " + kravId));
        if (nyDato.isBefore(f.forfallsdato()))
            throw new IllegalArgumentException("a due date is never moved earlier: " + f.forfallsdato() + " -> " + nyDato);
        if (nyDato.isAfter(f.forfallsdato())) tables.flyttForfall(kravId, nummer, nyDato);
    }

    /** The due dates of the given claims, per claim in number order; claims without any are absent. */
    public List<Kravforfall> forfall(Collection<UUID> kravIder) {
        return tables.forfall(kravIder);
    }

    /** The due dates of every claim of the debtor. */
    public List<Kravforfall> forfallForSkyldner(String skyldner) {
        return tables.forfallForSkyldner(skyldner);
    }

    /** Claims whose first due date is before {@code foer}, that date each, a page at a time in claim-id order. */
    public List<Kravforfall> forfalte(LocalDate foer, UUID etterKrav, int antall) {
        return tables.forfalte(foer, etterKrav, antall);
    }

    /** Transactions whose postings do not sum to zero; empty in a consistent ledger. */
    public List<UUID> ubalanserteTransaksjoner() {
        return tables.ubalanserteTransaksjoner();
    }

    /** Claim lines whose running balance (used for allocation) differs from their postings; empty when consistent. */
    public List<Long> linjesaldoerSomAvviker() {
        return tables.linjesaldoerSomAvviker();
    }

    /** Postings that name a transaction or claim line that does not exist; 0 when consistent. */
    public long posteringerUtenOpphav() {
        return tables.posteringerUtenOpphav();
    }

    private Kravsaldo laastSaldo(UUID kravId) {
        tables.laasKrav(kravId);
        return saldo(kravId, LocalDate.MAX).orElseThrow(() -> new IllegalStateException("not in the ledger: " + kravId));
    }

    private void lagre(Transaksjon t) {
        if (!t.posteringer().isEmpty()) tables.settInnTransaksjoner(List.of(t), clock.instant());
    }
}

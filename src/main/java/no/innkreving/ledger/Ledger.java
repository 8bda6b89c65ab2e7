package no.innkreving.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import no.innkreving.ledger.persistence.LedgerTables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's public entry point. Writes go through a debtor-scoped unit of work ({@link #forSkyldnere}). */
@Component
public class Ledger {
    private final LedgerTables tables;
    private final Clock clock;
    private final ApplicationEventPublisher hendelser;
    private final TransactionTemplate tx;

    Ledger(LedgerTables tables, Clock clock, ApplicationEventPublisher hendelser, TransactionTemplate tx) {
        this.tables = tables;
        this.clock = clock;
        this.hendelser = hendelser;
        this.tx = tx;
    }

    /**
     * Runs {@code arbeid} as one unit of work on these debtors: in one transaction (the caller's, if it has one), after
     * taking the debtors' lock groups' locks in sorted order (no deadlock), held until the transaction ends. Every
     * write to the ledger happens inside one (decision 0021). Take all the debtors a piece of work touches at once.
     */
    public <T> T forSkyldnere(Collection<String> skyldnere, Function<Bokfoeringsenhet, T> arbeid) {
        return tx.execute(s -> {
            Set<String> laast = new HashSet<>(skyldnere);
            tables.laasLaasegrupper(laast.stream().map(Ledger::laasegruppe).distinct().sorted().toList());
            var enhet = new Bokfoeringsenhet(tables, clock, hendelser, laast);
            try {
                return arbeid.apply(enhet);
            } finally {
                enhet.lukk();
            }
        });
    }

    /** A unit of work on the debtor of this claim (a claim's debtor never changes, so it is read before the lock). */
    public <T> T forKrav(UUID kravId, Function<Bokfoeringsenhet, T> arbeid) {
        String skyldner = tables.skyldner(kravId);
        if (skyldner == null) throw new IllegalStateException("not in the ledger: " + kravId);
        return forSkyldnere(List.of(skyldner), arbeid);
    }

    /** Takes claims over, in a unit of work on their debtors. A claim already in the ledger is left as it is. */
    public void bokfoer(List<KravTilBokfoering> krav) {
        if (krav.isEmpty()) return;
        forSkyldnere(krav.stream().map(KravTilBokfoering::skyldner).toList(), e -> {
            e.bokfoerKrav(krav);
            return null;
        });
    }

    /** The creditor lowered the principal to {@code nyHovedstolOre}: {@link Bokfoeringsenhet#nedsettHovedstol}. */
    public void nedsettHovedstol(UUID kravId, long nyHovedstolOre, UUID transaksjonId) {
        forKrav(kravId, e -> {
            e.nedsettHovedstol(kravId, nyHovedstolOre, transaksjonId);
            return null;
        });
    }

    /** The creditor replaced all interest lines with these: {@link Bokfoeringsenhet#erstattRenter}. */
    public void erstattRenter(UUID kravId, List<Rentelinje> renter, UUID transaksjonId) {
        forKrav(kravId, e -> {
            e.erstattRenter(kravId, renter, transaksjonId);
            return null;
        });
    }

    /** The creditor withdrew the claim: everything that remains is written off. */
    public void avskrivAvOppdragsgiver(UUID kravId, UUID transaksjonId) {
        forKrav(kravId, e -> {
            e.avskrivAvOppdragsgiver(kravId, transaksjonId);
            return null;
        });
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

    /** The creditors' own references of the given claims (those that have one). */
    public Map<UUID, String> oppdragsgiversReferanser(Collection<UUID> kravIder) {
        return tables.oppdragsgiversReferanser(kravIder);
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

    /** Adds late-payment interest to the claim's FORSINKELSESRENTE line, in a unit of work on its debtor. */
    public void bokfoerForsinkelsesrente(UUID kravId, LocalDate dato, long beloepOre) {
        forKrav(kravId, e -> {
            e.bokfoerForsinkelsesrente(kravId, dato, beloepOre);
            return null;
        });
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
}

package no.innkreving.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import no.innkreving.ledger.persistence.LedgerTables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posting: the ledger's one way in for writes. Every write runs in a debtor-scoped unit of work
 * ({@link #forSkyldnere}, decision 0021); the other methods are that for one operation. Reads are {@link Saldoer},
 * consistency checks {@link Reskontroavstemming} (decision 0022).
 */
@Component
public class Bokfoering {
    private final LedgerTables tables;
    private final Clock clock;
    private final ApplicationEventPublisher hendelser;
    private final TransactionTemplate tx;

    Bokfoering(LedgerTables tables, Clock clock, ApplicationEventPublisher hendelser, TransactionTemplate tx) {
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
            tables.laasLaasegrupper(laast.stream().map(Bokfoering::laasegruppe).distinct().sorted().toList());
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


    /**
     * Sets claims' due dates (kravforfall), as invoicing does when it invoices them. A due date already there with
     * the same claim and number is kept (a repeated event changes nothing). The caller has moved each date to a
     * business day (skattebetalingsloven § 10-2; {@code platform.time.Virkedager}).
     */
    public void settForfall(List<Kravforfall> forfall) {
        if (!forfall.isEmpty()) tx.executeWithoutResult(s -> tables.settInnForfall(forfall, clock.instant()));
    }

    /** Adds a due date after the claim's last one (instalment plans), under the debtor's lock; returns it. */
    public Kravforfall leggTilForfall(UUID kravId, LocalDate forfallsdato, long beloepOre) {
        return forKrav(kravId, e -> {
            int nummer = tables.forfall(List.of(kravId)).stream().mapToInt(Kravforfall::nummer).max().orElse(0) + 1;
            Kravforfall f = new Kravforfall(kravId, nummer, forfallsdato, beloepOre);
            tables.settInnForfall(List.of(f), clock.instant());
            return f;
        });
    }

    /**
     * Brings the claim's due dates after {@code dato} forward to it: when an instalment plan falls away, what remains
     * falls due at once (decision 0058), so its later instalments are no longer shown as not yet due. Under the
     * debtor's lock; answers how many due dates moved.
     */
    public int forfallerNaa(UUID kravId, LocalDate dato) {
        return forKrav(kravId, e -> tables.fremskyndForfall(kravId, dato));
    }

    /**
     * Moves a due date later (the term counted again from a later day, decision 0024); an earlier date is refused,
     * since a debtor may rely on the date given. Moves no money, so it takes no debtor lock: the invoice sender calls
     * it holding invoice rows, and a creditor's change takes the debtor's lock before invoice rows (its credit note),
     * so taking it here would invert that order and deadlock. The update locks the due date's own row.
     */
    public void utsettForfall(UUID kravId, int nummer, LocalDate nyDato) {
        tx.execute(e -> {
            Kravforfall f = tables.forfall(List.of(kravId)).stream().filter(k -> k.nummer() == nummer).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no due date " + nummer + " on " + kravId));
            if (nyDato.isBefore(f.forfallsdato()))
                throw new IllegalArgumentException("a due date is never moved earlier: " + f.forfallsdato() + " -> " + nyDato);
            if (nyDato.isAfter(f.forfallsdato())) tables.flyttForfall(kravId, nummer, nyDato);
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
}

package no.innkreving.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.ledger.persistence.LedgerTables;
import org.springframework.stereotype.Component;

/**
 * Balances: what the ledger holds, read without a lock (a read that a write decides on is made inside the write's
 * unit of work, {@link Bokfoeringsenhet}, instead). Decision 0022.
 */
@Component
public class Saldoer {
    private final LedgerTables tables;

    Saldoer(LedgerTables tables) {
        this.tables = tables;
    }

    /** A debtor's claims, oldest booking first. */
    public List<UUID> kravForSkyldner(String skyldner) {
        return tables.kravForSkyldner(skyldner);
    }

    /** As {@link #kravForSkyldner}, for many debtors in one read; a debtor with no claim is absent. */
    public Map<String, List<UUID>> kravForSkyldnere(Collection<String> skyldnere) {
        return tables.kravForSkyldnere(skyldnere);
    }

    /** Write-offs (by the creditor, or as time-barred) of the given claims, in date order. */
    public List<Avskrivning> avskrivninger(Collection<UUID> kravIder) {
        return tables.avskrivninger(kravIder);
    }

    /** Claims with a line that has something left to pay (the limitation watch list reads these). */
    public List<UUID> kravMedAapneLinjer() {
        return tables.kravMedAapneLinjer();
    }

    /** Debtors with a claim line that has something left to pay: the units of the limitation run. */
    public List<String> skyldnereMedAapneLinjer() {
        return tables.skyldnereMedAapneLinjer();
    }

    /** What each payment holds in suspense (only those holding anything). */
    public Map<UUID, Long> uplassert(Collection<UUID> innbetalinger) {
        return tables.uplassert(innbetalinger);
    }

    /** Every payment holding money in suspense. */
    public Map<UUID, Long> alleUplasserte() {
        return tables.alleUplasserte();
    }


    /** Payments placed on the given claims' lines, oldest first (a refund after a creditor's change is a negative one). */
    public List<PlassertBeloep> plasseringer(Collection<UUID> kravIder) {
        return tables.plasseringer(kravIder);
    }

    /** Offsets placed on the given claims' lines, oldest first: the amount owed to the debtor that covered each. */
    public List<MotregnetBeloep> motregnet(Collection<UUID> kravIder) {
        return tables.motregnet(kravIder);
    }

    /** Per payment: the sum of its postings per account (BANK, SKYLDNER_FORDRING, UPLASSERT, TIL_UTBETALING). */
    public Map<UUID, Map<Konto, Long>> innbetalingsbalanser(Collection<UUID> innbetalinger) {
        return tables.innbetalingsbalanser(innbetalinger);
    }

    /**
     * Each day the principal moved, and by how much, payments apart from the rest: interest runs on the old base up to
     * and including a payment's date (the payer's date), but not on a reduction by the creditor.
     */
    public List<Hovedstolbevegelse> hovedstolBevegelser(UUID kravId) {
        return tables.hovedstolBevegelser(kravId);
    }

    /** {@link #hovedstolBevegelser(UUID)} of many claims in one read (a daily run's unit); each claim oldest first. */
    public Map<UUID, List<Hovedstolbevegelse>> hovedstolBevegelser(Collection<UUID> kravIder) {
        return tables.hovedstolBevegelser(kravIder);
    }

    /**
     * Each claim's late-payment interest (line, last day accrued to, amount booked, what remains of it), in one read.
     * A decision to book on it reads it in the unit of work instead ({@link Bokfoeringsenhet#forsinkelsesrenter}).
     */
    public Map<UUID, Forsinkelsesrentestand> forsinkelsesrenter(Collection<UUID> kravIder) {
        return tables.forsinkelsesrenter(kravIder);
    }

    /** A claim's lines and balances as of a date. */
    public Optional<Kravsaldo> saldo(UUID kravId, LocalDate per) {
        return tables.saldoer(List.of(kravId), per).stream().findFirst();
    }

    /** The given claims' lines and balances as of a date. */
    public List<Kravsaldo> saldoer(Collection<UUID> kravIder, LocalDate per) {
        return tables.saldoer(kravIder, per);
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

    /** The debtors with a claim whose first due date is before {@code foer}: the units of the daily interest run. */
    public List<String> skyldnereMedForfalteKrav(LocalDate foer) {
        return tables.skyldnereMedForfalteKrav(foer);
    }

    /** The debtor's claims whose first due date is before {@code foer}, that date each. */
    public List<Kravforfall> forfalteForSkyldner(String skyldner, LocalDate foer) {
        return tables.forfalteForSkyldner(skyldner, foer);
    }
}

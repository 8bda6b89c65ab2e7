package no.innkreving.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.Linjeplassering;
import no.innkreving.ledger.MotregnetBeloep;
import no.innkreving.ledger.PlassertBeloep;
import no.innkreving.ledger.Rentelinje;

/**
 * How each event becomes balanced postings. Pure: the caller supplies the current line balances and new line ids.
 * Every claim-line movement has its counter-entry on {@link Konto#OPPDRAGSGIVER_OVERTATT}, the creditor's side.
 */
public final class Bokfoeringsregler {
    private Bokfoeringsregler() {
    }

    /** A new line and the amount it is booked with. */
    public record NyLinje(long kravlinjeId, Rentelinje rente, long beloepOre) {
    }

    /** Taking a claim over: each line is debited with its amount; the creditor's side is credited with the total. */
    public static Transaksjon kravBokfoert(UUID txId, UUID kravId, LocalDate dato, Map<Long, Long> beloepPerLinje) {
        List<Postering> p = new ArrayList<>();
        long sum = 0;
        for (var e : beloepPerLinje.entrySet()) {
            p.add(new Postering(Konto.SKYLDNER_FORDRING, e.getKey(), Posteringsart.FASTSATT, e.getValue()));
            sum += e.getValue();
        }
        p.add(new Postering(Konto.OPPDRAGSGIVER_OVERTATT, null, Posteringsart.FASTSATT, -sum));
        return new Transaksjon(txId, kravId, Transaksjonstype.KRAV_BOKFOERT, dato, p);
    }

    /** The creditor lowers the principal: the line moves by the difference between the new and the set amount. */
    public static Transaksjon hovedstolNedsatt(UUID txId, UUID kravId, LocalDate dato, Linjesaldo hovedstol, long nyFastsattOre) {
        long endring = nyFastsattOre - hovedstol.fastsattOre();
        if (endring > 0) throw new IllegalArgumentException("the principal can only be lowered");
        return motpostert(txId, kravId, dato, Transaksjonstype.HOVEDSTOL_NEDSATT, Map.of(hovedstol.kravlinjeId(), endring),
                Posteringsart.FASTSATT);
    }

    /**
     * The creditor replaces all interest lines. An existing line and a new amount with the same imposition date and
     * interest type are the same line and move by the difference; an existing line left out goes to zero; a new
     * amount with no existing line becomes a new line (its id from {@code nyLinjeId}).
     */
    public static Renteendring renterEndret(UUID txId, UUID kravId, LocalDate dato, List<Linjesaldo> eksisterende,
                                            List<Rentelinje> nye, LongSupplier nyLinjeId) {
        Map<Long, Long> endringer = new LinkedHashMap<>();
        List<Linjesaldo> ledige = new ArrayList<>(eksisterende);
        List<NyLinje> nyeLinjer = new ArrayList<>();
        for (Rentelinje ny : nye) {
            Linjesaldo match = null;
            for (Iterator<Linjesaldo> it = ledige.iterator(); it.hasNext(); ) {
                Linjesaldo l = it.next();
                if (Objects.equals(l.ilagtDato(), ny.ilagtDato()) && Objects.equals(l.rentetype(), ny.rentetype())) {
                    match = l;
                    it.remove();
                    break;
                }
            }
            if (match != null) {
                endringer.merge(match.kravlinjeId(), ny.beloepOre() - match.fastsattOre(), Long::sum);
            } else if (ny.beloepOre() != 0) {
                long id = nyLinjeId.getAsLong();
                nyeLinjer.add(new NyLinje(id, ny, ny.beloepOre()));
                endringer.put(id, ny.beloepOre());
            }
        }
        for (Linjesaldo bortfalt : ledige) endringer.merge(bortfalt.kravlinjeId(), -bortfalt.fastsattOre(), Long::sum);
        endringer.values().removeIf(v -> v == 0);
        var tx = motpostert(txId, kravId, dato, Transaksjonstype.RENTER_ENDRET, endringer, Posteringsart.FASTSATT);
        return new Renteendring(tx, nyeLinjer);
    }

    public record Renteendring(Transaksjon transaksjon, List<NyLinje> nyeLinjer) {
    }

    /** The creditor withdraws the claim: what remains on every line is written off against the creditor's side. */
    public static Transaksjon avskrevetAvOppdragsgiver(UUID txId, UUID kravId, LocalDate dato, List<Linjesaldo> linjer) {
        Map<Long, Long> endringer = new LinkedHashMap<>();
        for (Linjesaldo l : linjer) if (l.gjenstaaendeOre() != 0) endringer.put(l.kravlinjeId(), -l.gjenstaaendeOre());
        return motpostert(txId, kravId, dato, Transaksjonstype.AVSKREVET_AV_OPPDRAGSGIVER, endringer, Posteringsart.AVSKREVET);
    }

    /**
     * A complaint upheld deletes the claim: each line moves down by what remains on it plus what payments and offset
     * amounts placed on it ({@code plassertPerLinje}), so the line would stand at minus what was paid; the caller books
     * the refunds of that first ({@link #underNull}, {@link #tilbakebetalt}) so the line ends at zero.
     */
    public static Transaksjon slettetEtterKlage(UUID txId, UUID kravId, LocalDate dato, List<Linjesaldo> linjer,
                                                Map<Long, Long> plassertPerLinje) {
        Map<Long, Long> endringer = new LinkedHashMap<>();
        for (Linjesaldo l : linjer) {
            long ned = l.gjenstaaendeOre() + plassertPerLinje.getOrDefault(l.kravlinjeId(), 0L);
            if (ned != 0) endringer.put(l.kravlinjeId(), -ned);
        }
        return motpostert(txId, kravId, dato, Transaksjonstype.KLAGE_TATT_TIL_FOELGE, endringer, Posteringsart.AVSKREVET);
    }

    /** A waiver granted: what remains on each line is forgiven (written off); what was paid stays paid. */
    public static Transaksjon ettergitt(UUID txId, UUID kravId, LocalDate dato, List<Linjesaldo> linjer) {
        Map<Long, Long> endringer = new LinkedHashMap<>();
        for (Linjesaldo l : linjer) if (l.gjenstaaendeOre() != 0) endringer.put(l.kravlinjeId(), -l.gjenstaaendeOre());
        return motpostert(txId, kravId, dato, Transaksjonstype.ETTERGITT, endringer, Posteringsart.AVSKREVET);
    }

    /** Time-barred lines: what remains on each is written off against the creditor's side (reason FORELDET). */
    public static Transaksjon foreldet(UUID txId, UUID kravId, LocalDate dato, List<Linjesaldo> linjer) {
        Map<Long, Long> endringer = new LinkedHashMap<>();
        for (Linjesaldo l : linjer) if (l.gjenstaaendeOre() != 0) endringer.put(l.kravlinjeId(), -l.gjenstaaendeOre());
        return motpostert(txId, kravId, dato, Transaksjonstype.FORELDET, endringer, Posteringsart.AVSKREVET);
    }

    /**
     * Money for one payment: {@code nyttBeloepOre} arriving from the bank (0 when only placing money already held),
     * placed on claim lines, refunded, and the rest held in (or, when negative, taken out of) suspense.
     */
    public static Transaksjon innbetaling(UUID txId, UUID innbetalingId, String skyldner, LocalDate dato,
                                          long nyttBeloepOre, List<Linjeplassering> plasseringer, long tilbakebetalOre) {
        if (nyttBeloepOre < 0 || tilbakebetalOre < 0) throw new IllegalArgumentException("negative payment or refund");
        List<Postering> p = new ArrayList<>();
        if (nyttBeloepOre > 0) p.add(new Postering(Konto.BANK, null, Posteringsart.INNBETALT, nyttBeloepOre));
        long plassert = 0;
        for (Linjeplassering l : plasseringer) {
            if (l.beloepOre() <= 0) throw new IllegalArgumentException("a placement must be above 0");
            p.add(new Postering(Konto.SKYLDNER_FORDRING, l.kravId(), l.kravlinjeId(), Posteringsart.PLASSERT, -l.beloepOre()));
            plassert += l.beloepOre();
        }
        if (tilbakebetalOre > 0) p.add(new Postering(Konto.TIL_UTBETALING, null, Posteringsart.TILBAKEBETALING, -tilbakebetalOre));
        long tilUplassert = nyttBeloepOre - plassert - tilbakebetalOre;
        if (tilUplassert != 0) p.add(new Postering(Konto.UPLASSERT, null,
                tilUplassert > 0 ? Posteringsart.INNBETALT : Posteringsart.PLASSERT, -tilUplassert));
        var type = nyttBeloepOre > 0 ? Transaksjonstype.INNBETALING_MOTTATT : Transaksjonstype.INNBETALING_PLASSERT;
        return new Transaksjon(txId, null, type, dato, p, skyldner, innbetalingId);
    }

    /**
     * Offset (motregning) of one amount the state owed the debtor ({@code motkravId}, {@code beloepOre}): the amount
     * arrives on MOTREGNING, covers claim lines (MOTREGNET) and the rest is owed back to the debtor (TIL_UTBETALING,
     * the account refunds of overpayments use). Every øre of the amount goes one of the two ways.
     */
    public static Transaksjon motregning(UUID txId, UUID motkravId, String skyldner, LocalDate dato, long beloepOre,
                                         List<Linjeplassering> plasseringer, long utbetalOre) {
        if (beloepOre <= 0 || utbetalOre < 0) throw new IllegalArgumentException("an offset amount above 0 and a payout of 0 or more");
        List<Postering> p = new ArrayList<>();
        p.add(new Postering(Konto.MOTREGNING, null, Posteringsart.MOTREGNET, beloepOre));
        long plassert = 0;
        for (Linjeplassering l : plasseringer) {
            if (l.beloepOre() <= 0) throw new IllegalArgumentException("a placement must be above 0");
            p.add(new Postering(Konto.SKYLDNER_FORDRING, l.kravId(), l.kravlinjeId(), Posteringsart.MOTREGNET, -l.beloepOre()));
            plassert += l.beloepOre();
        }
        if (plassert + utbetalOre != beloepOre)
            throw new IllegalArgumentException("offset " + plassert + " + payout " + utbetalOre + " is not the amount " + beloepOre);
        if (utbetalOre > 0) p.add(new Postering(Konto.TIL_UTBETALING, null, Posteringsart.TILBAKEBETALING, -utbetalOre));
        return new Transaksjon(txId, null, Transaksjonstype.MOTREGNING, dato, p, skyldner, motkravId);
    }

    /**
     * The bank took a payment back: each of the payment's postings so far (summed per account, claim and line) is
     * reversed with the same account and kind, so its money leaves the bank account and every placement, hold and
     * refund it made is undone.
     */
    public static Transaksjon innbetalingTilbakefoert(UUID txId, UUID innbetalingId, String skyldner, LocalDate dato,
                                                      List<Postering> innbetalingensSaldoer) {
        List<Postering> p = new ArrayList<>();
        for (Postering q : innbetalingensSaldoer)
            if (q.beloepOre() != 0) p.add(new Postering(q.konto(), q.kravId(), q.kravlinjeId(), q.art(), -q.beloepOre()));
        return new Transaksjon(txId, null, Transaksjonstype.INNBETALING_TILBAKEFOERT, dato, p, skyldner, innbetalingId);
    }

    /** Late-payment interest accrued on a claim's interest line, against the interest account. */
    public static Transaksjon forsinkelsesrente(UUID txId, UUID kravId, LocalDate dato, long rentelinjeId, long beloepOre) {
        if (beloepOre <= 0) throw new IllegalArgumentException("interest must be above 0");
        return new Transaksjon(txId, kravId, Transaksjonstype.FORSINKELSESRENTE_BEREGNET, dato, List.of(
                new Postering(Konto.SKYLDNER_FORDRING, rentelinjeId, Posteringsart.RENTE_PAALOEPT, beloepOre),
                new Postering(Konto.FORSINKELSESRENTE_OPPTJENT, null, Posteringsart.RENTE_PAALOEPT, -beloepOre)));
    }

    /** Late-payment interest taken back (booked too much): the reverse of {@link #forsinkelsesrente}. */
    public static Transaksjon forsinkelsesrenteKorrigert(UUID txId, UUID kravId, LocalDate dato, long rentelinjeId, long beloepOre) {
        if (beloepOre <= 0) throw new IllegalArgumentException("a correction must be above 0");
        return new Transaksjon(txId, kravId, Transaksjonstype.FORSINKELSESRENTE_KORRIGERT, dato, List.of(
                new Postering(Konto.SKYLDNER_FORDRING, rentelinjeId, Posteringsart.RENTE_PAALOEPT, -beloepOre),
                new Postering(Konto.FORSINKELSESRENTE_OPPTJENT, null, Posteringsart.RENTE_PAALOEPT, beloepOre)));
    }

    private static Transaksjon motpostert(UUID txId, UUID kravId, LocalDate dato, Transaksjonstype type,
                                          Map<Long, Long> endringPerLinje, Posteringsart art) {
        List<Postering> p = new ArrayList<>();
        long sum = 0;
        for (var e : endringPerLinje.entrySet()) {
            p.add(new Postering(Konto.SKYLDNER_FORDRING, e.getKey(), art, e.getValue()));
            sum += e.getValue();
        }
        if (sum != 0 || !p.isEmpty()) p.add(new Postering(Konto.OPPDRAGSGIVER_OVERTATT, null, art, -sum));
        return new Transaksjon(txId, kravId, type, dato, p);
    }

    /**
     * Moves the line balances known to a unit of work by a transaction's postings on claim lines, refusing it when a
     * line would go below zero, or when it lowers a line whose balance was not read (under the debtor's lock) first:
     * nothing is taken off a line on a decision made without seeing it. A line only raised (a new claim, interest)
     * need not be known. {@code saldoer} is changed in place.
     */
    public static void flyttLinjesaldoer(Map<Long, Long> saldoer, Transaksjon t) {
        for (Postering p : t.posteringer()) {
            if (p.konto() != Konto.SKYLDNER_FORDRING || p.kravlinjeId() == null) continue;
            Long foer = saldoer.get(p.kravlinjeId());
            if (foer == null) {
                if (p.beloepOre() < 0) throw new IllegalStateException("transaction " + t.transaksjonId()
                        + " lowers claim line " + p.kravlinjeId() + " whose balance was not read under the debtor's lock");
                continue;
            }
            long etter = foer + p.beloepOre();
            if (etter < 0) throw new IllegalStateException("transaction " + t.transaksjonId() + " would take claim line "
                    + p.kravlinjeId() + " from " + foer + " to " + etter + " øre: a line never goes below zero");
            saldoer.put(p.kravlinjeId(), etter);
        }
    }

    /**
     * Moves a payment's suspense balance by {@code endringOre}; taking money out needs the balance read first (under
     * the lock) and refuses to go below zero. {@code holdt} is changed in place.
     */
    public static void flyttUplassert(Map<UUID, Long> holdt, UUID innbetalingId, long endringOre) {
        Long foer = holdt.get(innbetalingId);
        if (endringOre >= 0) {
            if (foer != null) holdt.put(innbetalingId, foer + endringOre);
            return;
        }
        if (foer == null) throw new IllegalStateException("payment " + innbetalingId + " takes money out of suspense not read under its lock");
        if (foer + endringOre < 0) throw new IllegalStateException("payment " + innbetalingId + " would take " + -endringOre
                + " øre out of suspense holding " + foer);
        holdt.put(innbetalingId, foer + endringOre);
    }

    /**
     * What a creditor's change would take below zero on each line (line id to the øre below zero, positive), given the
     * lines' current balances: money paid on those lines that is no longer owed.
     */
    public static Map<Long, Long> underNull(Map<Long, Long> saldoer, Transaksjon endring) {
        Map<Long, Long> etter = new LinkedHashMap<>();
        for (Postering p : endring.posteringer())
            if (p.konto() == Konto.SKYLDNER_FORDRING && p.kravlinjeId() != null)
                etter.merge(p.kravlinjeId(), p.beloepOre(), Long::sum);
        Map<Long, Long> under = new LinkedHashMap<>();
        etter.forEach((linje, flytt) -> {
            long saldo = saldoer.getOrDefault(linje, 0L) + flytt;
            if (saldo < 0) under.put(linje, -saldo);
        });
        return under;
    }

    /**
     * Paid money a creditor's change leaves unowed goes back to the payers at once (source document 002: what was
     * paid on a deleted claim is paid back): per line, what covered it is undone latest first until the line's excess
     * is covered, payments (PLASSERT) and amounts the state owed the debtor and offset (MOTREGNET) alike: each kind in
     * the order it was placed, the two merged by the day each took effect (a payment before an offset of the same day,
     * so the offset is undone first). Each payment's
     * share is owed back to it on TIL_UTBETALING (the account refunds of overpayments use), each offset amount's to
     * the debtor (MOTREGNING_TILBAKEBETALT, carrying the amount's id). One transaction per payment or amount, booked
     * before the change so no line is ever below zero.
     */
    public static List<Transaksjon> tilbakebetalt(Supplier<UUID> txId, String skyldner, LocalDate dato,
                                                  Map<Long, Long> underNull, List<PlassertBeloep> plasseringer,
                                                  List<MotregnetBeloep> motregnet) {
        record Kilde(UUID id, boolean motregning) {
        }
        Map<Kilde, List<Postering>> perKilde = new LinkedHashMap<>();
        for (var e : underNull.entrySet()) {
            long igjen = e.getValue();
            // what each payment and offset amount still has on the line, in the order they took effect
            Map<Kilde, Long> netto = new LinkedHashMap<>();
            Map<Kilde, LocalDate> virkning = new java.util.HashMap<>();
            UUID kravId = null;
            for (PlassertBeloep p : plasseringer) {
                if (p.kravlinjeId() != e.getKey()) continue;
                kravId = p.kravId();
                Kilde k = new Kilde(p.innbetalingId(), false);
                netto.merge(k, p.beloepOre(), Long::sum);
                virkning.putIfAbsent(k, p.plassertDato());
            }
            for (MotregnetBeloep m : motregnet) {
                if (m.kravlinjeId() != e.getKey()) continue;
                kravId = m.kravId();
                Kilde k = new Kilde(m.motkravId(), true);
                netto.merge(k, m.beloepOre(), Long::sum);
                virkning.putIfAbsent(k, m.dato());
            }
            // payments in the order they were placed, offsets in theirs, merged by the day each took effect
            List<Kilde> betalinger = netto.keySet().stream().filter(k -> !k.motregning()).toList();
            List<Kilde> motregninger = netto.keySet().stream().filter(Kilde::motregning).toList();
            List<Kilde> iRekkefoelge = new ArrayList<>();
            int b = 0, m = 0;
            while (b < betalinger.size() || m < motregninger.size()) {
                boolean betalingFoerst = m == motregninger.size() || (b < betalinger.size()
                        && !virkning.get(betalinger.get(b)).isAfter(virkning.get(motregninger.get(m))));
                iRekkefoelge.add(betalingFoerst ? betalinger.get(b++) : motregninger.get(m++));
            }
            List<Kilde> sisteFoerst = iRekkefoelge.reversed();
            for (Kilde kilde : sisteFoerst) {
                if (igjen == 0) break;
                long tilbake = Math.min(igjen, netto.get(kilde));
                if (tilbake <= 0) continue;
                perKilde.computeIfAbsent(kilde, k -> new ArrayList<>()).add(new Postering(Konto.SKYLDNER_FORDRING, kravId, e.getKey(),
                        kilde.motregning() ? Posteringsart.MOTREGNET : Posteringsart.PLASSERT, tilbake));
                igjen -= tilbake;
            }
            if (igjen > 0) throw new IllegalStateException("claim line " + e.getKey() + " would be " + igjen
                    + " øre below zero with nothing paid on it to pay back");
        }
        List<Transaksjon> tx = new ArrayList<>();
        perKilde.forEach((kilde, p) -> {
            long sum = p.stream().mapToLong(Postering::beloepOre).sum();
            List<Postering> alle = new ArrayList<>(p);
            alle.add(new Postering(Konto.TIL_UTBETALING, null, Posteringsart.TILBAKEBETALING, -sum));
            tx.add(new Transaksjon(txId.get(), null, kilde.motregning() ? Transaksjonstype.MOTREGNING_TILBAKEBETALT
                    : Transaksjonstype.PLASSERING_TILBAKEBETALT, dato, alle, skyldner, kilde.id()));
        });
        return tx;
    }

    /** How much less a creditor's change makes the debtor owe (the fall of its claim lines), or 0. */
    public static long redusertOre(Transaksjon endring) {
        long flytt = 0;
        for (Postering p : endring.posteringer()) if (p.konto() == Konto.SKYLDNER_FORDRING) flytt += p.beloepOre();
        return Math.max(0, -flytt);
    }
}

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
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.Linjeplassering;
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
}

package no.innkreving.kravogbetalinger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.intake.Kravperiode;

/** The debtor's claims and payments as the view needs them; amounts in øre with the API's signs applied later. */
public final class Oversikt {
    private Oversikt() {
    }

    /**
     * A claim as the debtor sees it: amounts are the claim's own lines as its creditor set them; our late-payment
     * interest on it (booked or not yet) is {@code stipulerteRenterOre} alone. {@code periode} is the period the
     * creditor stated, null when it stated none.
     */
    public record Krav(UUID kravId, String kravtype, String kravbeskrivelse, String kravgruppe, LocalDate opprettet,
                       Kravperiode periode, long opprinneligOre, long gjenstaaendeOre, long stipulerteRenterOre,
                       List<Forfall> forfall) {
    }

    /** One due date of a claim (the ledger's kravforfall): one per invoice today, more with instalment plans. */
    public record Forfall(String forfallId, LocalDate forfallsdato, long opprinneligOre, long gjenstaaendeOre, String kid,
                          List<PlassertInnbetaling> plassert, List<PlassertMotkrav> motkrav) {
        public Forfall(String forfallId, LocalDate forfallsdato, long opprinneligOre, long gjenstaaendeOre, String kid,
                       List<PlassertInnbetaling> plassert) {
            this(forfallId, forfallsdato, opprinneligOre, gjenstaaendeOre, kid, plassert, List.of());
        }
    }

    /**
     * An amount the state owed the debtor (a tax refund, a NAV back-payment…) offset against the claim: the counter-claim
     * (motkrav) with its id, kind and the day it fell due to the debtor, and how much of it was placed here, when.
     */
    public record PlassertMotkrav(UUID motkravId, long plassertOre, LocalDate plassertDato, String art, String artTekst,
                                  LocalDate forfallsdato) {
    }

    public record PlassertInnbetaling(UUID innbetalingId, long plassertOre, LocalDate plassertDato, LocalDate innbetalingsdato,
                                      long innbetaltOre, String fraKonto, String fraNavn) {
    }

    public record Innbetaling(UUID innbetalingId, LocalDate innbetalingsdato, long innbetaltOre, long uplassertOre,
                              String tilKonto, String fraKonto, String fraNavn) {
    }

    /**
     * A payout: the refund of a payment's overpayment, or ({@code motkrav} set) what was left of an amount the state owed
     * the debtor after offset.
     */
    public record Utbetaling(UUID utbetalingId, UUID innbetalingId, LocalDate dato, long beloepOre, String tilKonto,
                             String tilNavn, String status, Motkrav motkrav) {
    }

    /** The credit a payout of an offset's rest pays: the amount owed, its kind and the day it fell due. */
    public record Motkrav(UUID motkravId, long beloepOre, String art, String artTekst, LocalDate dato, String referanse) {
    }

    /** Sums of one kravgruppe or of all: late-payment interest, claims past their due date, claims not yet due. */
    public record Sum(long stipulerteRenterOre, long forfalteOre, long ikkeForfalteOre) {
        public long saldoOre() {
            return stipulerteRenterOre + forfalteOre + ikkeForfalteOre;
        }

        Sum pluss(Sum a) {
            return new Sum(stipulerteRenterOre + a.stipulerteRenterOre, forfalteOre + a.forfalteOre, ikkeForfalteOre + a.ikkeForfalteOre);
        }
    }

    /**
     * The totals of aapnekrav. {@code uplasserteOre} is the sum of the unplaced amounts listed, positive like each
     * payment's uplassertBeloep in the spec's example; the debtor's saldo is what is owed less that money
     * (decision 0033). A due date today is not yet passed.
     */
    public record Totaler(Sum total, Map<String, Sum> perKravgruppe, long uplasserteOre) {
        public long saldoOre() {
            return total.saldoOre() - uplasserteOre;
        }

        public static Totaler av(List<Krav> krav, List<Innbetaling> uplasserte, LocalDate idag) {
            Map<String, Sum> grupper = new LinkedHashMap<>();
            Sum total = new Sum(0, 0, 0);
            for (Krav k : krav) {
                Sum s = new Sum(k.stipulerteRenterOre(), 0, 0);
                for (Forfall f : k.forfall()) {
                    s = s.pluss(f.forfallsdato().isBefore(idag) ? new Sum(0, f.gjenstaaendeOre(), 0) : new Sum(0, 0, f.gjenstaaendeOre()));
                }
                grupper.merge(k.kravgruppe(), s, Sum::pluss);
                total = total.pluss(s);
            }
            return new Totaler(total, grupper, uplasserte.stream().mapToLong(Innbetaling::uplassertOre).sum());
        }
    }
}

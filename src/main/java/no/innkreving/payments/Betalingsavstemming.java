package no.innkreving.payments;

import java.util.Map;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.payments.persistence.PaymentTables;
import org.springframework.stereotype.Component;

/**
 * The consistency check of the money: every transaction in the ledger sums to zero, every posting belongs to a
 * transaction and line that exist, every line's running balance equals its postings, the bank account holds exactly
 * what the bank files paid in, and every krone of it is placed on a claim, held in suspense, or owed back as a
 * refund instruction.
 */
@Component
public class Betalingsavstemming {
    private final Reskontroavstemming reskontro;
    private final PaymentTables tables;

    Betalingsavstemming(Reskontroavstemming reskontro, PaymentTables tables) {
        this.reskontro = reskontro;
        this.tables = tables;
    }

    /** Amounts in øre, all positive as money: what came in and where it is. */
    public record Resultat(int ubalanserteTransaksjoner, int linjesaldoerSomAvviker, long posteringerUtenOpphav,
                           long innbetaltIFiler, long bank, long plassert, long uplassert,
                           long tilbakebetalt, long utbetalingsinstrukser, boolean stemmer) {
    }

    public Resultat kontroller() {
        int ubalanserte = reskontro.ubalanserteTransaksjoner().size();
        int avvik = reskontro.linjesaldoerSomAvviker().size();
        long uten = reskontro.posteringerUtenOpphav();
        Map<Konto, Long> konti = reskontro.betalingskonti();
        long[] summer = tables.summer();
        long bank = konti.getOrDefault(Konto.BANK, 0L);
        long plassert = -konti.getOrDefault(Konto.SKYLDNER_FORDRING, 0L);
        long uplassert = -konti.getOrDefault(Konto.UPLASSERT, 0L);
        long tilbake = -konti.getOrDefault(Konto.TIL_UTBETALING, 0L);
        boolean stemmer = ubalanserte == 0 && avvik == 0 && uten == 0 && bank == summer[0] && bank == plassert + uplassert + tilbake && tilbake == summer[1];
        return new Resultat(ubalanserte, avvik, uten, summer[0], bank, plassert, uplassert, tilbake, summer[1], stemmer);
    }
}

package no.innkreving.payments;

import java.util.List;
import java.util.Map;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.payments.persistence.PaymentTables;
import org.springframework.stereotype.Component;

/**
 * The consistency check of the money: every transaction in the ledger sums to zero, every posting belongs to a
 * transaction and line that exist, every line's running balance equals its postings, the bank account holds exactly
 * what the bank files paid in less what the bank took back (reversals), and every krone of it, and of the amounts the
 * state owed debtors that were received for offset, is placed on a claim, held in suspense, or owed back as a refund
 * instruction.
 */
@Component
public class Betalingsavstemming {
    private final Reskontroavstemming reskontro;
    private final PaymentTables tables;

    Betalingsavstemming(Reskontroavstemming reskontro, PaymentTables tables) {
        this.reskontro = reskontro;
        this.tables = tables;
    }

    /**
     * Amounts in øre, all positive as money: what came in and where it is. Per file: what it held (its payments read)
     * is its own payments (placed, in suspense, refunded) plus those received before in another file; refused records
     * are listed in the file's report. The files that do not tie are listed.
     */
    public record Resultat(int ubalanserteTransaksjoner, int linjesaldoerSomAvviker, long posteringerUtenOpphav,
                           long innbetaltIFiler, long tilbakefoertAvBanken, long bank, long plassert, long uplassert,
                           long tilbakebetalt, long utbetalingsinstrukser, int antallFiler,
                           List<PaymentTables.Filavstemming> filerSomIkkeStemmer, boolean stemmer, long motregnet) {
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
        // amounts the state owed debtors, received for offset: like the bank's money they end on claim lines or as payouts
        long motregnet = konti.getOrDefault(Konto.MOTREGNING, 0L);
        long netto = summer[0] - summer[2];
        var filer = tables.filavstemming();
        var avvikendeFiler = filer.stream().filter(f -> !f.stemmer()).toList();
        boolean stemmer = ubalanserte == 0 && avvik == 0 && uten == 0 && bank == netto && bank + motregnet == plassert + uplassert + tilbake
                && tilbake == summer[1] && avvikendeFiler.isEmpty();
        return new Resultat(ubalanserte, avvik, uten, summer[0], summer[2], bank, plassert, uplassert, tilbake, summer[1],
                filer.size(), avvikendeFiler, stemmer, motregnet);
    }
}

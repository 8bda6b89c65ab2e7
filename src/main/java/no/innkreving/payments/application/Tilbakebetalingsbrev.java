package no.innkreving.payments.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Fasttekst;
import no.innkreving.ledger.KravRedusert;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.parties.Skyldner;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.domain.Tilbakebetalingsmottaker;

/**
 * The debtor's letter «Tilbakebetaling av innbetalt beløp»: a payment, or part of it, is paid back, why, and to which
 * account (decision 0085). Money withheld from the debtor's pay is said to be the debtor's, with the account from the
 * account register, or, with none there, what to do to get it. A payer's account is not shown to the debtor (the payer
 * may be someone else). Pure: the caller sends it.
 */
final class Tilbakebetalingsbrev {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SPOERSMAAL = Fasttekst.fast("Har du spørsmål, kan du kontakte oss.");
    private static final String INGEN_KONTO = Fasttekst.fast("Vi har ikke noe kontonummer for deg i Kontoregisteret for "
            + "offentlige utbetalinger. Registrer kontonummeret ditt der, for eksempel i nettbanken din, så betaler vi beløpet "
            + "til den kontoen.");

    private Tilbakebetalingsbrev() {
    }

    /**
     * @param kravEndret why a claim the payment had paid no longer needs the money; null when more was paid than the
     *                   claims needed (an overpayment)
     */
    static Brev brev(Innbetaling i, String skyldner, long ore, KravRedusert.Grunn kravEndret, boolean trukket,
                     Tilbakebetalingsmottaker til, LocalDate idag) {
        String innbetalt = Beloepsformat.kroner(i.beloepOre()) + " den " + DATO.format(i.innbetalingsdato());
        List<String> innledning = new ArrayList<>();
        innledning.add(trukket
                ? "Arbeidsgiveren din eller NAV har betalt " + innbetalt + " til oss etter pålegg om utleggstrekk, det vil si penger som er trukket i lønnen eller ytelsen din."
                : "Vi har mottatt en innbetaling på " + innbetalt + " til kravene dine hos oss.");
        innledning.add(kravEndret == null
                ? "Det er " + Beloepsformat.kroner(ore) + " mer enn det som var å betale på kravene. Det betaler vi tilbake."
                : switch (kravEndret) {
                    case KLAGE_TATT_TIL_FOELGE -> "Klagen din er tatt til følge, og kravet innbetalingen var brukt til, er slettet.";
                    case AVSKREVET_AV_OPPDRAGSGIVER -> "Oppdragsgiveren har trukket tilbake kravet innbetalingen var brukt til.";
                    case ETTERGITT -> "Kravet innbetalingen var brukt til, er ettergitt.";
                    case HOVEDSTOL_NEDSATT, RENTER_ENDRET -> "Oppdragsgiveren har satt ned kravet innbetalingen var brukt til.";
                } + " Derfor skylder du ikke lenger " + Beloepsformat.kroner(ore) + " av det som var betalt, og det betaler vi tilbake.");
        List<String> konsekvenser = new ArrayList<>();
        if (trukket && til.konto() == null) konsekvenser.add("Pengene er dine. " + INGEN_KONTO);
        else if (trukket) konsekvenser.add("Pengene er dine. Vi betaler dem til kontonummer " + Beloepsformat.kontonummerMaskert(til.konto())
                + ", som du har registrert for utbetalinger fra det offentlige.");
        else konsekvenser.add("Beløpet betales tilbake til kontoen innbetalingen kom fra.");
        konsekvenser.add(SPOERSMAAL);
        String referanse = i.bankreferanse() != null ? i.bankreferanse() : i.innbetalingId().toString();
        var slag = new Brevslag.Melding("TILBAKEBETALING", "Tilbakebetaling av innbetalt beløp", "Referanse", "Tilbakebetales i alt",
                innledning, konsekvenser);
        var omtale = new Brev.Kravomtale("Innkrevingsmyndigheten", trukket ? "Utleggstrekk" : "Innbetaling", null, null, false);
        String linje = til.konto() == null ? (trukket ? "Tilbakebetales når vi har kontonummeret ditt" : "Tilbakebetales")
                : trukket ? "Tilbakebetales til konto " + Beloepsformat.kontonummerMaskert(til.konto()) : "Tilbakebetales til kontoen innbetalingen kom fra";
        return new Brev(slag, referanse, idag, Skyldner.av(skyldner), omtale, List.of(new Brev.Linje(linje, ore)), null);
    }
}

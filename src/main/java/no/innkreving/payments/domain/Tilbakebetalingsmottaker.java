package no.innkreving.payments.domain;

/**
 * Who a payment's refund is paid to (decision 0085). As a rule the payer, to the account the bank reported the payment
 * from. Money a payer (an employer, NAV) withheld from the debtor's pay or benefit under a garnishment order and paid
 * with the order's KID is the debtor's: the payment discharges the payer's debt of wages to the debtor (dekningsloven
 * § 2-7), so what the claims do not take goes back to the debtor, to the account the debtor registered for payouts from
 * public bodies; with none registered the refund has no account yet ({@code konto} null) and waits for one.
 *
 * @param konto 11 digits, or null when none is known yet
 * @param navn  the payer's name as the bank reported it; null for the debtor (the payout names the debtor)
 */
public record Tilbakebetalingsmottaker(String konto, String navn) {

    public static Tilbakebetalingsmottaker velg(boolean trukketFraSkyldner, String fraKonto, String fraNavn, String skyldnersKonto) {
        return trukketFraSkyldner ? new Tilbakebetalingsmottaker(skyldnersKonto, null) : new Tilbakebetalingsmottaker(fraKonto, fraNavn);
    }
}

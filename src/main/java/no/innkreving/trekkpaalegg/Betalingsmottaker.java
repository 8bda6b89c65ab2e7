package no.innkreving.trekkpaalegg;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the payer sends what it deducts ({@code betalingsinformasjon} of every order): the authority's organisation
 * number and account, configured ({@code innkreving.trekkpaalegg.*}); the KID is the order's own. {@code kontakt}: whom
 * payers contact about an order, as the payer's letter states it (source document 004).
 */
@ConfigurationProperties("innkreving.trekkpaalegg")
public record Betalingsmottaker(String betalingsmottaker, String kontonummer, String kontakt) {
    public Betalingsmottaker {
        if (betalingsmottaker == null || !betalingsmottaker.matches("\\d{9}"))
            throw new IllegalArgumentException("innkreving.trekkpaalegg.betalingsmottaker: the authority's organisation number, nine digits");
        if (kontonummer == null || !kontonummer.matches("\\d{11}"))
            throw new IllegalArgumentException("innkreving.trekkpaalegg.kontonummer: an account number, eleven digits");
        if (kontakt == null || kontakt.isBlank())
            throw new IllegalArgumentException("innkreving.trekkpaalegg.kontakt: who payers contact about an order (source document 004)");
    }
}

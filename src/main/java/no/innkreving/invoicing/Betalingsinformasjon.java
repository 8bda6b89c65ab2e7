package no.innkreving.invoicing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The authority's account debtors pay to (configuration: {@code innkreving.innbetalingskonto.*}). */
@ConfigurationProperties("innkreving.innbetalingskonto")
public record Betalingsinformasjon(String kontonummer, String iban, String swiftBIC, String bankinformasjon) {
}

package no.innkreving.invoicing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Betalingsinformasjon.class)
class InvoicingConfig {
}

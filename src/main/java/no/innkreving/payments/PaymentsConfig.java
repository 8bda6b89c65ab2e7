package no.innkreving.payments;

import java.io.IOException;
import java.io.InputStream;
import no.innkreving.payments.domain.Dekningsrekkefoelge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PaymentsConfig {

    @Bean
    Dekningsrekkefoelge dekningsrekkefoelge() throws IOException {
        try (InputStream in = PaymentsConfig.class.getResourceAsStream("/payments/dekningsrekkefoelge.properties")) {
            if (in == null) throw new IllegalStateException("payments/dekningsrekkefoelge.properties is missing");
            return Dekningsrekkefoelge.fra(in);
        }
    }
}

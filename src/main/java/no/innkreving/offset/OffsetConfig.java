package no.innkreving.offset;

import java.io.IOException;
import java.io.InputStream;
import no.innkreving.offset.domain.Motregningsrekkefoelge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OffsetConfig {

    @Bean
    Motregningsrekkefoelge motregningsrekkefoelge() throws IOException {
        try (InputStream in = OffsetConfig.class.getResourceAsStream("/offset/motregningsrekkefoelge.properties")) {
            if (in == null) throw new IllegalStateException("offset/motregningsrekkefoelge.properties is missing");
            return Motregningsrekkefoelge.fra(in);
        }
    }
}

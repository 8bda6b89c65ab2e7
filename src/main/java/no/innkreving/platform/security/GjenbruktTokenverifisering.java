package no.innkreving.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * A creditor sends thousands of requests with one token. Verifying its RSA signature and claims once, and
 * remembering the result until the token expires, takes that work off every request. Only successfully verified
 * tokens are remembered, keyed by the whole token text, and never past their own expiry.
 */
@Component
class GjenbruktTokenverifisering implements BeanPostProcessor {
    private static final int MAKS = 10_000;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JwtDecoder decoder && !(bean instanceof Hurtigbuffer) ? new Hurtigbuffer(decoder, Clock.systemUTC()) : bean;
    }

    static final class Hurtigbuffer implements JwtDecoder {
        private final JwtDecoder decoder;
        private final Clock clock;
        private final ConcurrentHashMap<String, Jwt> verifiserte = new ConcurrentHashMap<>();

        Hurtigbuffer(JwtDecoder decoder, Clock clock) {
            this.decoder = decoder;
            this.clock = clock;
        }

        @Override
        public Jwt decode(String token) throws JwtException {
            Jwt kjent = verifiserte.get(token);
            Instant naa = clock.instant();
            if (kjent != null && kjent.getExpiresAt() != null && kjent.getExpiresAt().isAfter(naa)) return kjent;
            Jwt jwt = decoder.decode(token);
            if (jwt.getExpiresAt() != null) {
                if (verifiserte.size() >= MAKS) verifiserte.clear();
                verifiserte.put(token, jwt);
            }
            return jwt;
        }
    }
}

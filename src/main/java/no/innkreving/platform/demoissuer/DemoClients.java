package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The clients of {@code innkreving.demo-issuer.clients}, checked at start so a typo fails early. */
@Component
@Profile("demo")
class DemoClients {
    record RegisteredClient(String clientId, String orgnr, RSAPublicKey publicKey) {
    }

    private final Map<String, RegisteredClient> byId = new LinkedHashMap<>();

    DemoClients(DemoIssuerProperties properties) {
        for (DemoIssuerProperties.Client c : properties.clients()) {
            if (c.clientId() == null || c.clientId().isBlank())
                throw new IllegalStateException("innkreving.demo-issuer.clients: a client has no client-id");
            if (!DemoIdentifiers.isOrgnr(c.organisasjonsnummer()))
                throw new IllegalStateException("innkreving.demo-issuer.clients: client " + c.clientId()
                        + " needs a nine-digit organisasjonsnummer");
            RSAPublicKey key = null;
            if (c.publicKeyJwk() != null && !c.publicKeyJwk().isBlank()) {
                try {
                    key = RSAKey.parse(c.publicKeyJwk()).toRSAPublicKey();
                } catch (ParseException | JOSEException e) {
                    throw new IllegalStateException("innkreving.demo-issuer.clients: client " + c.clientId()
                            + " has a public-key-jwk that is not an RSA JWK: " + e.getMessage(), e);
                }
            }
            if (byId.putIfAbsent(c.clientId(), new RegisteredClient(c.clientId(), c.organisasjonsnummer(), key)) != null)
                throw new IllegalStateException("innkreving.demo-issuer.clients: client " + c.clientId() + " twice");
        }
    }

    Optional<RegisteredClient> find(String clientId) {
        return Optional.ofNullable(byId.get(clientId));
    }
}

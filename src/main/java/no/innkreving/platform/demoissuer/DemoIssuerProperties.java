package no.innkreving.platform.demoissuer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo profile's local token issuer ({@code innkreving.demo-issuer.*}).
 *
 * @param issuer        the issuer URL; blank means {@code http://localhost:<actual port>/}, resolved once the server runs
 * @param keyFile       where the RSA signing key is kept as a JWK (with private part) between restarts
 * @param tokenLifetime lifetime of the access tokens issued
 * @param clients       known clients: client_id (the {@code iss} of their assertions), organisation, optional public key
 */
@ConfigurationProperties("innkreving.demo-issuer")
public record DemoIssuerProperties(String issuer, Path keyFile, Duration tokenLifetime, List<Client> clients) {

    public DemoIssuerProperties {
        if (keyFile == null)
            keyFile = Path.of(System.getProperty("java.io.tmpdir"), "innkreving-demo-issuer", "signing-key.json");
        if (tokenLifetime == null) tokenLifetime = Duration.ofMinutes(120);
        if (clients == null) clients = List.of();
    }

    /**
     * @param clientId           the client's id, which it puts in {@code iss} of its assertions
     * @param organisasjonsnummer the organisation the client acts for (the token's consumer)
     * @param publicKeyJwk       optional RSA public key as a JWK (JSON); without it the assertion must carry x5c
     */
    public record Client(String clientId, String organisasjonsnummer, String publicKeyJwk) {
    }
}

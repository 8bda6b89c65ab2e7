package no.innkreving.platform.demoissuer;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The issuer URL, put in tokens and checked by the decoder. Configured, or else {@code http://localhost:<port>/}
 * with the port the server actually listens on: resolved on each use, because with a random port (tests) it is
 * only known once the web server has started and published {@code local.server.port}.
 */
@Component
@Profile("demo")
public class DemoIssuerUrl {
    private final String configured;
    private final Environment env;

    DemoIssuerUrl(DemoIssuerProperties properties, Environment env) {
        this.configured = properties.issuer() == null || properties.issuer().isBlank() ? null : properties.issuer().trim();
        this.env = env;
    }

    public String issuer() {
        if (configured != null) return configured;
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        return "http://localhost:" + port + "/";
    }

    /** An endpoint of this issuer, e.g. {@code endpoint("token")}. */
    public String endpoint(String path) {
        String base = issuer();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}

package no.innkreving.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A creditor's HTTP client against the running app: real requests, real token, no mocks. */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static final String BASE = "/api/innkreving/innkrevingsoppdrag/v1/innkrevingsoppdrag";

    private final String root;
    private final String token;
    private final String[] faste;

    public Api(int port, String token) {
        this("http://localhost:" + port, token, new String[0]);
    }

    private Api(String root, String token, String[] faste) {
        this.root = root;
        this.token = token;
        this.faste = faste;
    }

    /** The same client sending these headers (name, value, ...) on every request, e.g. a Klientid a test owns. */
    public Api med(String... headere) {
        return new Api(root, token, headere);
    }

    public record Svar(int status, String body, String contentType) {
        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String tekst(String felt) {
            JsonNode n = json().get(felt);
            return n == null || n.isNull() ? null : n.asString();
        }

        /** The problem type's suffix after the contract's prefix, or the whole type. */
        public String feiltype() {
            String t = tekst("type");
            return t == null ? null : t.substring(t.lastIndexOf(':') + 1);
        }
    }

    public Svar post(String sti, String body, String... headere) {
        return send("POST", sti, body, headere);
    }

    public Svar put(String sti, String body, String... headere) {
        return send("PUT", sti, body, headere);
    }

    public Svar get(String sti, String... headere) {
        return send("GET", sti, null, headere);
    }

    public Svar send(String metode, String sti, String body, String... headere) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + sti)).timeout(Duration.ofSeconds(30))
                .method(metode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json");
        for (int i = 0; i + 1 < faste.length; i += 2) b.header(faste[i], faste[i + 1]);
        for (int i = 0; i + 1 < headere.length; i += 2) b.header(headere[i], headere[i + 1]);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Svar(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(metode + " " + sti + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpClient http() {
        return HTTP;
    }

    public String root() {
        return root;
    }
}

package no.innkreving.platform.demoissuer;

import org.springframework.http.HttpStatus;

/** A refusal at the token endpoint, answered as RFC 6749 section 5.2 {@code {"error", "error_description"}}. */
final class OAuthError extends RuntimeException {
    final HttpStatus status;
    final String error;

    private OAuthError(HttpStatus status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(HttpStatus.BAD_REQUEST, "invalid_request", description);
    }

    static OAuthError invalidGrant(String description) {
        return new OAuthError(HttpStatus.BAD_REQUEST, "invalid_grant", description);
    }

    static OAuthError invalidClient(String description) {
        return new OAuthError(HttpStatus.UNAUTHORIZED, "invalid_client", description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(HttpStatus.BAD_REQUEST, "unsupported_grant_type", description);
    }
}

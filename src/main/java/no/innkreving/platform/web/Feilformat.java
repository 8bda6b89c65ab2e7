package no.innkreving.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An API whose published contract has its own error shape (Krav og betalinger: {@code {kode, melding,
 * korrelasjonsid}}) supplies one of these; the platform's fallbacks (unknown path, 401/403, faults) then answer in
 * that shape for the API's paths and in problem+json everywhere else.
 */
public interface Feilformat {

    boolean gjelder(HttpServletRequest req);

    Feilsvar svar(int status, String melding, HttpServletRequest req);

    record Feilsvar(int status, String contentType, Object body) {
    }
}

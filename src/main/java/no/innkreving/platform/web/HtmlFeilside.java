package no.innkreving.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal on a web page (not an API) is a page in Norwegian with the status, even when it is made before any
 * controller runs (a body over the size limit, an unknown address): the browser shows it instead of JSON or a
 * broken connection. Self-contained, so it needs no template engine in a filter.
 */
public final class HtmlFeilside {
    private HtmlFeilside() {
    }

    /** Paths of the web pages (debtor pages, caseworker desk, login), as opposed to the APIs. */
    public static boolean erSide(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri != null && (uri.startsWith("/skyldner") || uri.startsWith("/saksbehandler") || uri.startsWith("/demo/logg-inn")
                || uri.equals("/logg-inn") || uri.equals("/logg-ut"));
    }

    public static String side(int status, String tittel, String melding) {
        return """
                <!DOCTYPE html>
                <html lang="nb">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Innkrevingsmyndigheten</title><link rel="stylesheet" href="/css/innkreving.css"></head>
                <body><header class="topp"><div class="innhold"><a class="tjeneste" href="/skyldner/oversikt">Innkrevingsmyndigheten</a></div></header>
                <main id="hovedinnhold" class="innhold"><h1>%s</h1><p class="feilmelding" role="alert">%s</p>
                <p>Feilkode: %d</p><p>Gå tilbake i nettleseren, eller <a href="/skyldner/oversikt">til oversikten</a>.</p></main>
                </body></html>
                """.formatted(esc(tittel), esc(tittel), esc(melding), status);
    }

    /** Only the characters HTML gives meaning (æ, ø, å stay as they are: the page is UTF-8). */
    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}

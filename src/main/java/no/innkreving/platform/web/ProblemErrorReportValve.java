package no.innkreving.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any of our code runs (a NUL in the path, a broken header) get a
 * problem answer too, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        String tittel = switch (status) {
            case 400 -> "Ugyldig forespørsel";
            case 404 -> "Finnes ikke";
            case 413 -> "Forespørselen er for stor";
            default -> "Feil";
        };
        String uri = request.getDecodedRequestURI() == null ? "" : request.getDecodedRequestURI().replaceAll("[\\p{Cntrl}\"\\\\]", "?");
        String json = "{\"type\":\"" + Problem.PLATFORM_PREFIX + "http-" + status + "\",\"title\":\"" + tittel + "\",\"status\":" + status
                + ",\"detail\":\"Forespørselen ble avvist av webtjeneren før den ble behandlet\",\"instance\":\"" + uri + "\"}";
        try {
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to say
        }
    }

    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // a creditor's claim id may hold '/', which its client encodes as %2F: decoded by Tomcat, it reaches the
            // security firewall (which allows it) and Spring's path matching, which keeps it inside one segment
            factory.addConnectorCustomizers(c -> c.setEncodedSolidusHandling("decode"));
            factory.addContextCustomizers(ctx -> {
                if (ctx.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}

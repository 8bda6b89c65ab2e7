package no.innkreving.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs first on every request: puts the caller's Korrelasjonsid (or a new one) and Klientid in the log context,
 * and refuses a body over the limit (413) before anything reads it, whether or not it states its length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Foresporselsgrense extends OncePerRequestFilter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bank files are uploaded whole (streamed to disk), so their path has its own, larger limit. */
    private static final String BANKFILER = "/api/innkreving/bankfiler";
    /** Offset files (a tax settlement's millions of amounts) are streamed to disk like bank files: the same limit. */
    private static final String MOTREGNINGSFILER = "/api/innkreving/saksbehandling/v1/motregning/filer";
    private final long maksBytes;
    private final long maksBankfilBytes;
    private final long maksSkjemaBytes;

    public Foresporselsgrense(@Value("${innkreving.http.maks-body-bytes:1048576}") long maksBytes,
                              @Value("${innkreving.http.maks-bankfil-bytes:4294967296}") long maksBankfilBytes,
                              @Value("${innkreving.http.maks-skjema-bytes:53477376}") long maksSkjemaBytes) {
        this.maksBytes = maksBytes;
        this.maksBankfilBytes = maksBankfilBytes;
        this.maksSkjemaBytes = maksSkjemaBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String renset = loggbar(req.getHeader("Korrelasjonsid"), "[^\\w-]", 64);
        MDC.put("korrelasjonsid", renset.isEmpty() ? UUID.randomUUID().toString() : renset);
        MDC.put("klientid", loggbar(req.getHeader("Klientid"), "[^\\w./ -]", 40));
        // web forms carry attachments (a complaint's documents): their own limit, and a refusal as a page
        String uri = req.getRequestURI();
        long maks = uri.equals(BANKFILER) || uri.equals(MOTREGNINGSFILER) ? maksBankfilBytes
                : HtmlFeilside.erSide(req) ? maksSkjemaBytes : maksBytes;
        try {
            if (req.getContentLengthLong() > maks) {
                forStor(req, res, maks);
                return;
            }
            var grenset = new GrensetForespoersel(req, maks);
            try {
                chain.doFilter(grenset, res);
            } catch (ServletException | RuntimeException e) {
                if (grenset.overskredet && !res.isCommitted()) {
                    res.reset();
                    forStor(req, res, maks);
                    return;
                }
                throw e;
            }
        } finally {
            MDC.remove("korrelasjonsid");
            MDC.remove("klientid");
        }
    }

    /** A header value fit for a log line: only the allowed characters, at most {@code maks} of them. */
    private static String loggbar(String verdi, String ulovlig, int maks) {
        if (verdi == null) return "";
        String s = verdi.replaceAll(ulovlig, "");
        return s.length() > maks ? s.substring(0, maks) : s;
    }

    private void forStor(HttpServletRequest req, HttpServletResponse res, long maksBytes) throws IOException {
        res.setStatus(413);
        if (HtmlFeilside.erSide(req)) {
            // Tomcat reads and drops the unread rest of the body (server.tomcat.max-swallow-size) before it closes the
            // connection, so the browser, still sending, gets this page rather than a reset connection
            res.setContentType("text/html");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write(HtmlFeilside.side(413, "Filene er for store",
                    "Det du sendte er større enn " + (maksBytes / (1024 * 1024)) + " MB til sammen. Hvert vedlegg kan være på høyst 10 MB. Ingenting ble lagret. Prøv igjen med mindre filer."));
            return;
        }
        res.setContentType(Problem.MEDIA_TYPE);
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Connection", "close");
        JSON.writeValue(res.getOutputStream(), forStorProblem(maksBytes, req.getRequestURI()));
    }

    /** Thrown while reading a body past the limit; wherever it surfaces it is answered 413. */
    public static final class ForStor extends IOException {
        ForStor(long maks) {
            super("request body over " + maks + " bytes", null);
        }
    }

    /** True when the body was refused for its size somewhere down this cause chain. */
    public static boolean erForStor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof ForStor) return true;
        return false;
    }

    public static Problem forStorProblem(long maksBytes, String instance) {
        return new Problem(Problem.PLATFORM_PREFIX + "forespoerselen-er-for-stor", "Forespørselen er for stor", 413,
                "Innholdet kan være på høyst " + maksBytes + " byte. Ingenting ble lagret.", instance);
    }

    private static final class GrensetForespoersel extends HttpServletRequestWrapper {
        private final long maks;
        volatile boolean overskredet;
        private ServletInputStream stroem;

        GrensetForespoersel(HttpServletRequest req, long maks) {
            super(req);
            this.maks = maks;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroem == null) {
                ServletInputStream inn = super.getInputStream();
                stroem = new ServletInputStream() {
                    long lest;

                    @Override
                    public int read() throws IOException {
                        int b = inn.read();
                        if (b >= 0) telle(1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = inn.read(buf, off, len);
                        if (n > 0) telle(n);
                        return n;
                    }

                    private void telle(int n) throws IOException {
                        lest += n;
                        if (lest > maks) {
                            overskredet = true;
                            throw new ForStor(maks);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return inn.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inn.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener l) {
                        inn.setReadListener(l);
                    }
                };
            }
            return stroem;
        }
    }
}

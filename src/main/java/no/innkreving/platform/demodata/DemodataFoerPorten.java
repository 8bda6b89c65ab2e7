package no.innkreving.platform.demodata;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Demo data laid out at start and in place before the web server opens its port, so a new user's first request finds
 * it there and a walk started at once is not overtaken by it. A failure is logged and the app starts anyway.
 */
public abstract class DemodataFoerPorten implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DemodataFoerPorten.class);
    private final String hva;
    private final int foerPorten;
    private volatile boolean startet;

    /**
     * @param hva        what is laid out, for the log
     * @param foerPorten how many lifecycle phases before the web server's start: the larger goes first
     */
    protected DemodataFoerPorten(String hva, int foerPorten) {
        this.hva = hva;
        this.foerPorten = foerPorten;
    }

    /** Lays the data out and waits until it is in place. */
    protected abstract void legg() throws IOException, InterruptedException;

    @Override
    public final void start() {
        startet = true;
        try {
            legg();
        } catch (IOException | RuntimeException e) {
            log.warn("Demo: {} could not be laid out", hva, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        startet = false;
    }

    @Override
    public boolean isRunning() {
        return startet;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - foerPorten;
    }
}

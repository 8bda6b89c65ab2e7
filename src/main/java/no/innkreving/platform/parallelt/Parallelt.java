package no.innkreving.platform.parallelt;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work split over workers (bank-file and offset-file batches, a daily run's workers). */
public final class Parallelt {
    private Parallelt() {
    }

    /**
     * Waits for every part, then throws the first failure: no part is left running unobserved when the caller gives
     * up, and its transaction has ended either way. {@code hva} names the work in the message when interrupted.
     */
    public static void ventPaaAlle(List<? extends Future<?>> deler, String hva) {
        RuntimeException feil = null;
        for (Future<?> f : deler) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (feil == null) feil = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (feil == null) feil = new IllegalStateException("interrupted while " + hva, e);
            }
        }
        if (feil != null) throw feil;
    }
}

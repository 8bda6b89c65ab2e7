package no.innkreving.platform.dagligkjoering;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily job run by the {@link Kjoeringsmotor}: for a date it names its keys (debtors), which the engine groups into
 * units of up to {@link #enhetsstoerrelse} keys, and does one unit in the caller's transaction, so the unit's work and
 * its "done" mark commit together (decisions 0035, 0070).
 */
public interface DagligJobb {
    /** Stable name, stored with every run. */
    String navn();

    /** Jobs of one date run in this order (lowest first). */
    int rekkefoelge();

    /**
     * The keys of the date's work (debtors), each one {@link #behandle} understands: only those with something due
     * that date, so a day with little to do is a short run.
     */
    List<String> enheter(LocalDate dato);

    /** Does one key for the date in the caller's transaction; answers how many items it changed. */
    int behandle(LocalDate dato, String enhet);

    /**
     * Does a unit of keys for the date in the caller's transaction (all or nothing); answers how many items it changed.
     * One key after another unless the job does them together; a job whose keys take the ledger's debtor locks takes
     * them all at once here first (sorted, so no deadlock with other work that holds several).
     */
    default int behandle(LocalDate dato, List<String> enheter) {
        int antall = 0;
        for (String e : enheter) antall += behandle(dato, e);
        return antall;
    }

    /** At most this many keys to a unit (a transaction); 1 unless the job says more. */
    default int enhetsstoerrelse() {
        return 1;
    }
}

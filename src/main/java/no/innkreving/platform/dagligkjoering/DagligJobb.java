package no.innkreving.platform.dagligkjoering;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily job run by the {@link Kjoeringsmotor}: for a date it names its units of work (debtors), and does one unit in
 * the caller's transaction, so the unit's work and its "done" mark commit together (decision 0035).
 */
public interface DagligJobb {
    /** Stable name, stored with every run. */
    String navn();

    /** Jobs of one date run in this order (lowest first). */
    int rekkefoelge();

    /** The units of work for the date (debtors), each a key {@link #behandle} understands. */
    List<String> enheter(LocalDate dato);

    /** Does one unit for the date in the caller's transaction; answers how many items it changed. */
    int behandle(LocalDate dato, String enhet);
}

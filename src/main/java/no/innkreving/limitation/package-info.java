/**
 * Limitation (foreldelse): for each claim line the last day of its limitation period with a Norwegian explanation
 * citing the sections of foreldelsesloven (lov 18. mai 1979 nr. 18). The rule is pure Java in {@code domain};
 * {@link no.innkreving.limitation.Foreldelsesregler} is the public API the caseworker view, the watch list and the
 * write-off run call. The rule reads no clock and no tables: callers state the line's dates and its interruptions.
 * {@link no.innkreving.limitation.Fristavbruddsregister} keeps the interruptions other modules record (plans,
 * enforcement steps, offsets); payments placed come from the ledger.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.limitation;

import org.springframework.modulith.ApplicationModule;

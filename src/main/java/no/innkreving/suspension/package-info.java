/**
 * Suspension (stans) of collection on a claim: an appeal or complaint that suspended enforcement, an instalment plan,
 * a postponement. The module that decides the hold records it through {@link no.innkreving.suspension.Innkrevingsstanser};
 * dunning, garnishment and offset read it before they act. It owns one table and knows nothing of why beyond the reason.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.suspension;

import org.springframework.modulith.ApplicationModule;

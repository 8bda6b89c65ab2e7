package no.innkreving.platform.dagligkjoering;

/**
 * A daily job refused its run for a reason its message explains in full, such as a dated figure a person must enter
 * first (the next half-year's interest rate). The run engine logs it as one line, without a stack trace: it is not a
 * fault in the code, and on the demo clock it repeats for every day until the figure is there.
 */
public class KjoeringNektet extends IllegalStateException {
    public KjoeringNektet(String melding) {
        super(melding);
    }
}

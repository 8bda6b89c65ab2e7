package no.innkreving.submissions;

/** A claim named in a submission that is not the debtor's: answered as if it did not exist. */
public class IkkeSkyldnerens extends RuntimeException {
    public IkkeSkyldnerens() {
        super("not the debtor's", null, false, false);
    }
}

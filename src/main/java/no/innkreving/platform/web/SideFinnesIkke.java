package no.innkreving.platform.web;

/**
 * Thrown by a page controller for anything that is not there for the one logged in: unknown, or another debtor's.
 * Both answer the same 404 page, so nothing tells a debtor that someone else's claim, letter or attachment exists.
 */
public class SideFinnesIkke extends RuntimeException {
    public SideFinnesIkke() {
        super("not found for this user", null, false, false);
    }
}

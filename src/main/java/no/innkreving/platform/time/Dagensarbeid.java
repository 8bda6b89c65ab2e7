package no.innkreving.platform.time;

/**
 * Background work a module finishes on the day it was asked for (claims received are booked, invoices sent): the
 * demo clock has every such piece finish before it leaves a day, so a claim created just before a move is booked and
 * invoiced on its own day, as it would be in real time, and not on whatever date the clock has reached when the
 * background worker next wakes.
 */
public interface Dagensarbeid {
    /** Does all work waiting now, and returns when it is done (work another thread is doing included). */
    void fullfoerVentende();
}

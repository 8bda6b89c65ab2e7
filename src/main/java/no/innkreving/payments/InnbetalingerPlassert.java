package no.innkreving.payments;

import java.util.Set;

/**
 * Payments of these debtors were placed on their claims, published in the placing transaction. Modules whose work
 * ends when claims are paid (a garnishment order is closed) listen after the commit; their daily run catches what a
 * listener missed.
 */
public record InnbetalingerPlassert(Set<String> skyldnere) {
}

/**
 * Garnishment orders as published to payers (trekkpålegg, Trekkpålegg API v1, {@code ../shared/spec/trekkpaalegg-api.md}):
 * every version of every order, never rewritten, each with a global sequence number that becomes visible strictly in
 * order; the period history rules of the contract ({@code domain.Periodehistorikk}); the payer's API. It owns what the
 * payer is told, not why: the decisions (who, why, which claims) are module utleggstrekk's, which writes here through
 * {@link no.innkreving.trekkpaalegg.Trekkpaaleggsregister}.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.trekkpaalegg;

import org.springframework.modulith.ApplicationModule;

package no.innkreving.kravogbetalinger.web;

/** Marks the package of the Krav og betalinger endpoints (for advice scoping). */
public interface KravOgBetalingerApi {
}

package no.innkreving.payments.domain;

/** What is left of a payment after placement: nothing, held for the debtor's later claims, or refunded. */
public sealed interface Rest {
    record Ingen() implements Rest {
    }

    record Hold(long ore) implements Rest {
    }

    record Tilbakebetal(long ore) implements Rest {
    }
}

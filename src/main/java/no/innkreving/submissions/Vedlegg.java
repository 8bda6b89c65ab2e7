package no.innkreving.submissions;

import java.util.UUID;

/** A document as stored with a complaint or an application: its type is what its content is. */
public record Vedlegg(UUID vedleggId, int nummer, String filnavn, String mediatype, int stoerrelse) {
}

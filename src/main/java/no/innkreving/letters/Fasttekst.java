package no.innkreving.letters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A paragraph a letter kind says word for word in every letter of the kind (no figures, no names): a sender of
 * {@link Brevslag.Melding} wraps such paragraphs in {@link #fast}, and the letters module stores the text once
 * ({@code brevtekst}, by an id made from the text itself) and only a reference to it in each letter (decision 0078).
 * A letter reads back exactly as it was sent, so its layout is unchanged; a paragraph not marked is stored whole.
 */
public final class Fasttekst {
    private static final Map<String, String> ID = new ConcurrentHashMap<>();

    private Fasttekst() {
    }

    /** Marks {@code tekst} as a fixed paragraph and returns it unchanged. Meant for constants. */
    public static String fast(String tekst) {
        ID.computeIfAbsent(tekst, Fasttekst::idFor);
        return tekst;
    }

    /** The stored id of a paragraph marked fixed, or null. */
    public static String id(String tekst) {
        return ID.get(tekst);
    }

    /** The id a text is stored by: 128 bits of its SHA-256, so the same text has the same id on every node and forever. */
    static String idFor(String tekst) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

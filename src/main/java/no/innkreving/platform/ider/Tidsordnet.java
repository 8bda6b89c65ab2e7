package no.innkreving.platform.ider;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562) for rows written in bulk: ledger transactions, payments,
 * refunds. New keys land at the right edge of their B-tree index instead of on a random page, which keeps imports
 * of millions of rows from rewriting the whole index. The millisecond is not a business date (those come from the
 * injected Clock); within one millisecond a counter keeps the order, and 62 random bits keep ids unguessable.
 */
public final class Tidsordnet {
    private static final SecureRandom TILFELDIG = new SecureRandom();
    private static final AtomicLong SIST = new AtomicLong();

    private Tidsordnet() {
    }

    public static UUID uuid() {
        // 48 bits of milliseconds and 12 bits of counter, strictly increasing per JVM even if the wall clock steps back
        long ms = System.currentTimeMillis();
        long tid = SIST.updateAndGet(f -> Math.max(f + 1, ms << 12));
        long hoy = (tid >>> 12) << 16 | 0x7000L | (tid & 0xFFFL);
        long lav = TILFELDIG.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(hoy, lav);
    }
}

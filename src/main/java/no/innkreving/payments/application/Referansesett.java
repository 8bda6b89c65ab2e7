package no.innkreving.payments.application;

/**
 * The bank references seen in one file, kept as 64-bit hashes in an open-addressing table (8 bytes a payment, not a
 * string each), so a million-payment file finds a repeated reference without holding its references in memory. Two
 * different references with the same 64-bit hash would be taken for a repeat: the second is then booked as a repeat
 * (held in suspense), never dropped, so even that unlikely case loses nothing.
 */
final class Referansesett {
    private long[] tabell = new long[1 << 12];
    private int antall;
    private boolean harNull;

    /** Adds the reference; false when it was there already. */
    boolean leggTil(String referanse) {
        long h = hash(referanse);
        if (h == 0) {
            if (harNull) return false;
            harNull = true;
            return true;
        }
        if (antall * 2 >= tabell.length) vokse();
        if (!sett(tabell, h)) return false;
        antall++;
        return true;
    }

    private static boolean sett(long[] t, long h) {
        int maske = t.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & maske; ; i = (i + 1) & maske) {
            if (t[i] == h) return false;
            if (t[i] == 0) {
                t[i] = h;
                return true;
            }
        }
    }

    private void vokse() {
        long[] gammel = tabell;
        tabell = new long[gammel.length * 2];
        for (long h : gammel) if (h != 0) sett(tabell, h);
    }

    /** FNV-1a over the characters, then mixed (murmur3's finaliser) so the low bits spread. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}

package no.innkreving.platform.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for {@code COPY table (columns) FROM STDIN (FORMAT binary)}: the cheapest way into PostgreSQL for thousands of
 * rows that need no conflict handling. The server stores them page by page (one WAL record per page rather than per
 * row) and parses nothing: identifiers, dates and amounts go in their binary form. Write each row's fields in the
 * column order given to {@link #kopierTil}; every field method takes null.
 */
public final class Binaerkopi {
    private static final byte[] HODE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final long DAGER_1970_TIL_2000 = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long MIKROS_1970_TIL_2000 = DAGER_1970_TIL_2000 * 86_400_000_000L;

    private final short kolonner;
    private byte[] buf;
    private int len;
    private int rader;

    public Binaerkopi(int kolonner) {
        this(kolonner, 1 << 16);
    }

    /** With room for about {@code bytes} of rows at first (it grows as needed). */
    public Binaerkopi(int kolonner, int bytes) {
        this.kolonner = (short) kolonner;
        buf = new byte[Math.max(HODE.length + 2, bytes)];
        System.arraycopy(HODE, 0, buf, 0, HODE.length);
        len = HODE.length;
    }

    /** Starts a row; its fields follow. */
    public Binaerkopi rad() {
        plass(2);
        short2(kolonner);
        rader++;
        return this;
    }

    public Binaerkopi uuid(UUID v) {
        if (v == null) return ingenting();
        plass(20);
        int4(16);
        int8(v.getMostSignificantBits());
        int8(v.getLeastSignificantBits());
        return this;
    }

    public Binaerkopi tekst(String v) {
        if (v == null) return ingenting();
        return tekst(v.getBytes(StandardCharsets.UTF_8));
    }

    /** A text column given as its UTF-8 bytes (JSON written as bytes need not become a String first). */
    public Binaerkopi tekst(byte[] b) {
        if (b == null) return ingenting();
        plass(4 + b.length);
        int4(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    /** An int8 column. */
    public Binaerkopi heltall(Long v) {
        if (v == null) return ingenting();
        return heltall(v.longValue());
    }

    public Binaerkopi heltall(long v) {
        plass(12);
        int4(8);
        int8(v);
        return this;
    }

    /** An int4 column. */
    public Binaerkopi heltall4(int v) {
        plass(8);
        int4(4);
        int4(v);
        return this;
    }

    public Binaerkopi dato(LocalDate v) {
        if (v == null) return ingenting();
        plass(8);
        int4(4);
        int4((int) (v.toEpochDay() - DAGER_1970_TIL_2000));
        return this;
    }

    /** A timestamptz column, to the microsecond. */
    public Binaerkopi tidspunkt(Instant v) {
        if (v == null) return ingenting();
        plass(12);
        int4(8);
        int8(Math.addExact(Math.multiplyExact(v.getEpochSecond(), 1_000_000L), v.getNano() / 1000) - MIKROS_1970_TIL_2000);
        return this;
    }

    public int rader() {
        return rader;
    }

    /**
     * Sends the rows to {@code tabellOgKolonner} ("postering (transaksjon_id, konto, …)") on the connection, in the
     * caller's transaction. Returns the number of rows stored.
     */
    public long kopierTil(Connection con, String tabellOgKolonner) throws SQLException {
        if (rader == 0) return 0;
        plass(2);
        short2((short) -1);
        CopyIn kopi = con.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + tabellOgKolonner + " from stdin (format binary)");
        try {
            kopi.writeToCopy(buf, 0, len);
            return kopi.endCopy();
        } finally {
            if (kopi.isActive()) kopi.cancelCopy();
        }
    }

    private Binaerkopi ingenting() {
        plass(4);
        int4(-1);
        return this;
    }

    private void plass(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    private void short2(short v) {
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void int4(int v) {
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void int8(long v) {
        int4((int) (v >>> 32));
        int4((int) v);
    }
}

package no.innkreving.platform.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;

/**
 * Array parameters for statements that read or update thousands of rows at once over {@code unnest(?)} or
 * {@code = any(?)} (rows to insert go by {@link Binaerkopi}). Text and
 * 64-bit integers go in PostgreSQL's binary array format (the driver does this for {@code String[]} as text[] and
 * {@code Long[]} as int8[]); an array of other objects would be written out and parsed back as one quoted literal,
 * which in a bank-file import cost more than the rows themselves. Identifiers and dates go as their text in a text[]
 * and the statement casts them ({@code ?::uuid[]}, {@code ?::date[]}). Nulls are kept.
 */
public final class Arrayparametre {
    private Arrayparametre() {
    }

    /** A text[] of each value's {@code toString()} (uuid, date, text); cast in SQL to the column's type. */
    public static Array tekst(Connection con, Object[] verdier) throws SQLException {
        String[] t = new String[verdier.length];
        for (int i = 0; i < verdier.length; i++) t[i] = Objects.toString(verdier[i], null);
        return con.createArrayOf("text", t);
    }

    public static Array tekst(Connection con, Collection<?> verdier) throws SQLException {
        return tekst(con, verdier.toArray());
    }

    /** An int8[]; null elements allowed. */
    public static Array heltall(Connection con, Long[] verdier) throws SQLException {
        return con.createArrayOf("int8", verdier);
    }

    public static Array heltall(Connection con, Collection<Long> verdier) throws SQLException {
        return heltall(con, verdier.toArray(new Long[0]));
    }
}

package no.innkreving.interest.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The dated rates, oldest first. */
public record Rentetabell(List<Rentesats> satser) {

    public Rentetabell {
        satser = satser.stream().sorted(Comparator.comparing(Rentesats::fraOgMed)).toList();
        if (satser.isEmpty()) throw new IllegalArgumentException("no rates");
    }

    /** Reads {@code fraOgMed;rente_prosent;kilde} lines; the rate as text with up to two decimals, never a double. */
    public static Rentetabell fraCsv(InputStream in) {
        List<Rentesats> satser = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String linje = r.readLine(); // header
            int nr = 1;
            while ((linje = r.readLine()) != null) {
                nr++;
                if (linje.isBlank()) continue;
                String[] f = linje.split(";", 3);
                if (f.length < 3) throw new IllegalArgumentException("line " + nr + ": expected fraOgMed;rente_prosent;kilde");
                satser.add(new Rentesats(LocalDate.parse(f[0].trim()), basispunkter(f[1].trim()), f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rentetabell(satser);
    }

    /** "12.5" or "12,50" -> 1250. */
    static int basispunkter(String prosent) {
        String[] d = prosent.replace(',', '.').split("\\.");
        if (d.length > 2 || (d.length == 2 && d[1].length() > 2)) throw new IllegalArgumentException("rate " + prosent);
        int hele = Integer.parseInt(d[0]);
        int desimaler = d.length == 2 ? Integer.parseInt((d[1] + "0").substring(0, 2)) : 0;
        return hele * 100 + desimaler;
    }

    /**
     * The last day the table covers: a row is a half-year's rate (fixed each 1 January and 1 July, forsinkelsesrenteloven
     * § 3), so the last row holds for six months and no longer.
     */
    public LocalDate gyldigTil() {
        return satser.getLast().fraOgMed().plusMonths(6).minusDays(1);
    }

    /**
     * The rate in force on a day; refuses days before the first known rate, and days past {@link #gyldigTil()} rather
     * than reuse an old rate.
     */
    public Rentesats gjeldende(LocalDate dag) {
        if (dag.isAfter(gyldigTil())) throw new RentesatsMangler(dag, gyldigTil());
        Rentesats svar = null;
        for (Rentesats s : satser) if (!s.fraOgMed().isAfter(dag)) svar = s;
        if (svar == null) throw new IllegalArgumentException("no late-payment interest rate known for " + dag);
        return svar;
    }

    /** The first day after {@code dag} on which the rate changes, or null. */
    LocalDate nesteEndringEtter(LocalDate dag) {
        for (Rentesats s : satser) if (s.fraOgMed().isAfter(dag)) return s.fraOgMed();
        return null;
    }
}

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

/**
 * How many days a year of interest has, as dated data with its source (interest/dagtelling.csv): a number
 * ({@code 365}) or {@code KALENDERAAR}, the days of the calendar year the day lies in (365, 366 in leap years).
 */
public record Dagtelling(List<Regel> regler) {

    /** From {@code fraOgMed}: a fixed number of days a year, or (0) the calendar year's own. */
    public record Regel(LocalDate fraOgMed, int dagerIAaret, String kilde) {
    }

    public Dagtelling {
        regler = regler.stream().sorted(Comparator.comparing(Regel::fraOgMed)).toList();
        if (regler.isEmpty()) throw new IllegalArgumentException("no day-count rule");
    }

    public static Dagtelling fraCsv(InputStream in) {
        List<Regel> regler = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String linje = r.readLine(); // header
            while ((linje = r.readLine()) != null) {
                if (linje.isBlank()) continue;
                String[] f = linje.split(";", 3);
                if (f.length < 3) throw new IllegalArgumentException("expected fraOgMed;dager_i_aaret;kilde: " + linje);
                String d = f[1].trim();
                regler.add(new Regel(LocalDate.parse(f[0].trim()), d.equals("KALENDERAAR") ? 0 : Integer.parseInt(d), f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dagtelling(regler);
    }

    /** The days of the year a day's interest is a share of; refuses a day before the first rule. */
    public int dagerIAaret(LocalDate dag) {
        Regel svar = null;
        for (Regel r : regler) if (!r.fraOgMed().isAfter(dag)) svar = r;
        if (svar == null) throw new IllegalArgumentException("no day-count rule for " + dag);
        return svar.dagerIAaret() > 0 ? svar.dagerIAaret() : dag.lengthOfYear();
    }

    /** The first day after {@code dag} on which the divisor may change (a rule change or a new year), never null. */
    LocalDate nesteEndringEtter(LocalDate dag) {
        LocalDate nyttAar = LocalDate.of(dag.getYear() + 1, 1, 1);
        for (Regel r : regler) if (r.fraOgMed().isAfter(dag) && r.fraOgMed().isBefore(nyttAar)) return r.fraOgMed();
        return nyttAar;
    }
}

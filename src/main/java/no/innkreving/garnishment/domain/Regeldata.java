package no.innkreving.garnishment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import no.innkreving.garnishment.Prioritetsgruppe;

/**
 * The dated figures of the garnishment rule, read from {@code garnishment/*.csv|properties} (each row with its source):
 * subsistence rates, the within-group sharing rules, the garnishment periods, the 20 % reduction and the 60 % cap.
 */
public record Regeldata(List<Livsoppholdssats> satser, List<Fordelingsregel> fordelingsregler,
                        Map<Prioritetsgruppe, Integer> trekkperioder, String trekkperiodeKilde,
                        int reduksjonFraPerson, int reduksjonProsent, String reduksjonKilde, Sekstiprosentregel seksti,
                        long standardBoutgifterOre, String standardBoutgifterKilde) {
    public Regeldata {
        satser = satser.stream().sorted(Comparator.comparing(Livsoppholdssats::gyldigFra)).toList();
        fordelingsregler = fordelingsregler.stream().sorted(Comparator.comparing(Fordelingsregel::gyldigFra)).toList();
        trekkperioder = Collections.unmodifiableMap(new EnumMap<>(trekkperioder));
    }

    /** The rule data shipped with the application. */
    public static Regeldata standard() {
        Properties p = new Properties();
        try (InputStream in = ressurs("trekkregler.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return les(linjer("livsoppholdssatser.csv"), linjer("fordelingsregler.csv"), p);
    }

    /** The same data with the 60 % cap switched on or off. */
    public Regeldata medSekstiprosent(boolean aktiv) {
        return new Regeldata(satser, fordelingsregler, trekkperioder, trekkperiodeKilde, reduksjonFraPerson, reduksjonProsent,
                reduksjonKilde, new Sekstiprosentregel(seksti.gyldigFra(), seksti.prosent(), aktiv, seksti.kilde()),
                standardBoutgifterOre, standardBoutgifterKilde);
    }

    static Regeldata les(List<String> satslinjer, List<String> fordelingslinjer, Properties p) {
        List<Livsoppholdssats> satser = new ArrayList<>();
        for (String[] f : rader(satslinjer)) {
            satser.add(new Livsoppholdssats(LocalDate.parse(f[0]), f[1].isBlank() ? null : LocalDate.parse(f[1]),
                    kr(f[2]), kr(f[3]), kr(f[4]), kr(f[5]), kr(f[6]), kr(f[7]), kr(f[8]), f[9]));
        }
        List<Fordelingsregel> regler = new ArrayList<>();
        for (String[] f : rader(fordelingslinjer)) {
            Set<Prioritetsgruppe> grupper = Arrays.stream(f[1].split(",")).map(String::strip).map(Prioritetsgruppe::valueOf)
                    .collect(Collectors.toSet());
            regler.add(new Fordelingsregel(LocalDate.parse(f[0]), grupper, Fordelingsregel.Metode.valueOf(f[2]),
                    f[3].isBlank() ? null : Fordelingsregel.Grunnlag.valueOf(f[3]), f[4], f[5]));
        }
        Map<Prioritetsgruppe, Integer> perioder = new EnumMap<>(Prioritetsgruppe.class);
        for (Prioritetsgruppe g : Prioritetsgruppe.values()) {
            String v = p.getProperty("trekkperiode." + g.name());
            if (v == null) throw new IllegalStateException("trekkperiode." + g + " mangler i trekkregler.properties");
            perioder.put(g, v.isBlank() ? null : Integer.valueOf(v.strip()));
        }
        return new Regeldata(satser, regler, perioder, p.getProperty("trekkperiode.kilde"),
                Integer.parseInt(p.getProperty("reduksjon.fraPerson")), Integer.parseInt(p.getProperty("reduksjon.prosent")),
                p.getProperty("reduksjon.kilde"),
                new Sekstiprosentregel(LocalDate.parse(p.getProperty("seksti.gyldigFra")), Integer.parseInt(p.getProperty("seksti.prosent")),
                        Boolean.parseBoolean(p.getProperty("seksti.aktiv")), p.getProperty("seksti.kilde")),
                Long.parseLong(p.getProperty("standard.boutgifter").strip()) * 100, p.getProperty("standard.boutgifter.kilde"));
    }

    /** The subsistence rates in force on the date: empty before the table starts and in a gap between rows. */
    public Optional<Livsoppholdssats> sats(LocalDate dato) {
        for (int i = satser.size() - 1; i >= 0; i--) {
            Livsoppholdssats s = satser.get(i);
            if (dato.isBefore(s.gyldigFra())) continue;
            return s.gyldigTil() == null || !dato.isAfter(s.gyldigTil()) ? Optional.of(s) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the row is the last one, open-ended, and the date a year or more past its start (a newer year is missing). */
    public boolean satsErUtdatert(Livsoppholdssats s, LocalDate dato) {
        return s == satser.getLast() && s.gyldigTil() == null && !dato.isBefore(s.gyldigFra().plusYears(1));
    }

    /** The within-group rule for the group on the date. */
    public Fordelingsregel fordeling(LocalDate dato, Prioritetsgruppe gruppe) {
        Fordelingsregel funnet = null;
        for (Fordelingsregel r : fordelingsregler) {
            if (r.grupper().contains(gruppe) && !dato.isBefore(r.gyldigFra())) funnet = r;
        }
        if (funnet == null) throw new IllegalStateException("Ingen fordelingsregel for gruppe " + gruppe + " på " + dato);
        return funnet;
    }

    private static long kr(String s) {
        return Long.parseLong(s.strip()) * 100;
    }

    private static List<String[]> rader(List<String> linjer) {
        List<String[]> rader = new ArrayList<>();
        int kolonner = 0;
        for (String l : linjer) {
            if (l.isBlank() || l.startsWith("#")) continue;
            if (kolonner == 0) {
                kolonner = l.split(";").length;
                continue;
            }
            // the last column (the source) may itself hold semicolons
            rader.add(l.split(";", kolonner));
        }
        return rader;
    }

    private static InputStream ressurs(String navn) {
        InputStream in = Regeldata.class.getResourceAsStream("/garnishment/" + navn);
        if (in == null) throw new IllegalStateException("Mangler regeldata /garnishment/" + navn);
        return in;
    }

    private static List<String> linjer(String navn) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(ressurs(navn), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.innkreving.offset.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import no.innkreving.ledger.Linjetype;
import no.innkreving.offset.Motkravart;

/**
 * The order of offset as data (resource {@code offset/motregningsrekkefoelge.properties}, with its sources): which
 * kinds of amount go first against the NAV claims that carry ytelserForAvregning (avregning), the order of line
 * kinds inside a claim, and which holds on collection stop offset (a complaint's suspended enforcement, a postponement;
 * not an instalment plan). Which claim types may be offset against which kind, and their rank, is the claim-type
 * catalogue's data (kravtype.motregning_arter, motregning_rang).
 */
public record Motregningsrekkefoelge(Set<Motkravart> avregningFoerst, List<Linjetype> linjeorden, Set<String> hindrendeStans,
                                     String kilde) {

    public static Motregningsrekkefoelge fra(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<Motkravart> avregning = Arrays.stream(krev(p, "avregning.foerst.for").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Motkravart::valueOf).collect(Collectors.toUnmodifiableSet());
        List<Linjetype> orden = Arrays.stream(krev(p, "linjeorden").split(",")).map(String::trim).map(Linjetype::valueOf).toList();
        if (orden.size() != Linjetype.values().length || orden.stream().distinct().count() != orden.size())
            throw new IllegalArgumentException("linjeorden must name each line kind once: " + orden);
        Set<String> stans = Arrays.stream(krev(p, "stansgrunner.som.hindrer").split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new Motregningsrekkefoelge(avregning, orden, stans, krev(p, "kilde"));
    }

    private static String krev(Properties p, String noekkel) {
        String v = p.getProperty(noekkel);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing " + noekkel);
        return v.trim();
    }
}

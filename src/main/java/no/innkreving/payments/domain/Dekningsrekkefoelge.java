package no.innkreving.payments.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The allocation order as data (resource {@code payments/dekningsrekkefoelge.properties}, with its sources):
 * the order of line kinds inside a claim, whether money left after the designated claim goes on to the debtor's
 * other due claims, and what happens to what is left after that.
 *
 * @param linjeorden          line kinds in the order they are covered inside one claim
 * @param restTilAndreForfalte whether money left after the designated claim covers the debtor's other due claims
 * @param restVedAapneKrav    what is left while the debtor has open claims not yet due: HOLD or TILBAKEBETAL
 * @param restUtenAapneKrav   what is left when nothing is open: HOLD or TILBAKEBETAL
 * @param kilde               the sources the rule rests on
 */
public record Dekningsrekkefoelge(List<Linjeart> linjeorden, boolean restTilAndreForfalte, Restbehandling restVedAapneKrav,
                                  Restbehandling restUtenAapneKrav, String kilde) {

    public enum Restbehandling { HOLD, TILBAKEBETAL }

    public static Dekningsrekkefoelge fra(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Linjeart> orden = Arrays.stream(krev(p, "linjeorden").split(",")).map(String::trim).map(Linjeart::valueOf).toList();
        if (orden.size() != Linjeart.values().length || orden.stream().distinct().count() != orden.size())
            throw new IllegalArgumentException("linjeorden must name each line kind once: " + orden);
        return new Dekningsrekkefoelge(orden, Boolean.parseBoolean(krev(p, "rest.til.andre.forfalte.krav")),
                Restbehandling.valueOf(krev(p, "rest.ved.aapne.ikke.forfalte.krav")),
                Restbehandling.valueOf(krev(p, "rest.uten.aapne.krav")), krev(p, "kilde"));
    }

    private static String krev(Properties p, String noekkel) {
        String v = p.getProperty(noekkel);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing " + noekkel);
        return v.trim();
    }
}

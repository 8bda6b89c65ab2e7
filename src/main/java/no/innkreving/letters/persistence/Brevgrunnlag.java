package no.innkreving.letters.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Fasttekst;
import no.innkreving.letters.layout.Part;
import no.innkreving.parties.Skyldner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * What a letter says, stored as JSON when it is sent so that its file can be laid out later (decision 0066): the
 * letter and its receiver as the registers gave them at sending. The kinds of letter and of party are sealed, so
 * every permitted kind is registered by its simple name and a new kind needs no change here. A message's paragraphs
 * marked {@link Fasttekst fixed} are written as a reference to the text stored once (decision 0078): a NUL and the
 * text's id, which no paragraph of a letter can begin with.
 */
public final class Brevgrunnlag {
    public record Innhold(Brev brev, Part mottaker) {
    }

    /** The JSON (UTF-8), and the fixed texts it refers to (id → text), which must be stored with it. */
    public record Skrevet(byte[] json, Map<String, String> fasteTekster) {
        public String tekst() {
            return new String(json, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@slag")
    private interface MedSlag {
    }

    private static final char REFERANSE = '\0';

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Brevslag.class, MedSlag.class)
            .addMixIn(Skyldner.class, MedSlag.class)
            .registerSubtypes(navngitt(Brevslag.class))
            .registerSubtypes(navngitt(Skyldner.class))
            // an absent field reads back as null, so leaving nulls out changes nothing but the size
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private static NamedType[] navngitt(Class<?> forseglet) {
        return Arrays.stream(forseglet.getPermittedSubclasses()).map(c -> new NamedType(c, c.getSimpleName())).toArray(NamedType[]::new);
    }

    private Brevgrunnlag() {
    }

    public static Skrevet skriv(Brev brev, Part mottaker) {
        Map<String, String> faste = new TreeMap<>();
        Brev lagres = brev;
        if (brev.slag() instanceof Brevslag.Melding m) {
            List<String> innledning = referanser(m.innledning(), faste);
            List<String> konsekvenser = referanser(m.konsekvenser(), faste);
            if (!faste.isEmpty()) lagres = medAvsnitt(brev, m, innledning, konsekvenser);
        }
        return new Skrevet(JSON.writeValueAsBytes(new Innhold(lagres, mottaker)), faste);
    }

    private static List<String> referanser(List<String> avsnitt, Map<String, String> faste) {
        List<String> ut = new ArrayList<>(avsnitt.size());
        for (String a : avsnitt) {
            if (!a.isEmpty() && a.charAt(0) == REFERANSE) throw new IllegalArgumentException("A paragraph cannot begin with NUL");
            String id = Fasttekst.id(a);
            if (id == null) ut.add(a);
            else {
                faste.put(id, a);
                ut.add(REFERANSE + id);
            }
        }
        return ut;
    }

    /** A letter stored without references to fixed texts (those before decision 0078, or with none). */
    public static Innhold les(String json) {
        return les(json, id -> {
            throw new IllegalStateException("a letter refers to fixed text " + id + " but no texts were given");
        });
    }

    /** A letter as it was sent, its fixed paragraphs taken from {@code tekst} (id → text). */
    public static Innhold les(String json, Function<String, String> tekst) {
        Innhold i = JSON.readValue(json, Innhold.class);
        Brev b = i.brev();
        if (!(b.slag() instanceof Brevslag.Melding m)) return i;
        List<String> innledning = tekster(m.innledning(), tekst);
        List<String> konsekvenser = tekster(m.konsekvenser(), tekst);
        if (innledning == m.innledning() && konsekvenser == m.konsekvenser()) return i;
        return new Innhold(medAvsnitt(b, m, innledning, konsekvenser), i.mottaker());
    }

    /** The letter with its message's paragraphs replaced (fixed texts by references, or back). */
    private static Brev medAvsnitt(Brev b, Brevslag.Melding m, List<String> innledning, List<String> konsekvenser) {
        return new Brev(new Brevslag.Melding(m.navn(), m.tittel(), m.nummerLedetekst(), m.sumtekst(), innledning, konsekvenser),
                b.nummer(), b.dato(), b.mottaker(), b.krav(), b.linjer(), b.betaling());
    }

    private static List<String> tekster(List<String> avsnitt, Function<String, String> tekst) {
        List<String> ut = null;
        for (int i = 0; i < avsnitt.size(); i++) {
            String a = avsnitt.get(i);
            if (a.isEmpty() || a.charAt(0) != REFERANSE) continue;
            if (ut == null) ut = new ArrayList<>(avsnitt);
            String t = tekst.apply(a.substring(1));
            if (t == null) throw new IllegalStateException("fixed text " + a.substring(1) + " of a letter is not stored");
            ut.set(i, t);
        }
        return ut == null ? avsnitt : ut;
    }
}

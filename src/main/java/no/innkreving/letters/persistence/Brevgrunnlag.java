package no.innkreving.letters.persistence;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.layout.Part;
import no.innkreving.parties.Skyldner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * What a letter says, stored as JSON when it is sent so that its file can be laid out later (decision 0066): the
 * letter and its receiver as the registers gave them at sending. The kinds of letter and of party are sealed, so
 * every permitted kind is registered by its simple name and a new kind needs no change here.
 */
public final class Brevgrunnlag {
    public record Innhold(Brev brev, Part mottaker) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@slag")
    private interface MedSlag {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Brevslag.class, MedSlag.class)
            .addMixIn(Skyldner.class, MedSlag.class)
            .registerSubtypes(navngitt(Brevslag.class))
            .registerSubtypes(navngitt(Skyldner.class))
            .build();

    private static NamedType[] navngitt(Class<?> forseglet) {
        return Arrays.stream(forseglet.getPermittedSubclasses()).map(c -> new NamedType(c, c.getSimpleName())).toArray(NamedType[]::new);
    }

    private Brevgrunnlag() {
    }

    public static String skriv(Brev brev, Part mottaker) {
        return JSON.writeValueAsString(new Innhold(brev, mottaker));
    }

    public static Innhold les(String json) {
        return JSON.readValue(json, Innhold.class);
    }
}

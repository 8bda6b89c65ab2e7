package no.innkreving.garnishment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.innkreving.garnishment.BesluttetTrekk;
import no.innkreving.garnishment.Husstand;
import no.innkreving.garnishment.Paalegg;
import no.innkreving.garnishment.Prioritetsgruppe;
import no.innkreving.garnishment.Trekkberegning;
import no.innkreving.garnishment.Trekkgrunnlag;
import no.innkreving.garnishment.Trekkromberegning;
import no.innkreving.garnishment.Trekkromberegning.UgyldigTrekkgrunnlag;
import no.innkreving.garnishment.Utbetaling;
import no.innkreving.garnishment.Utbetalingsart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The caseworkers' garnishment calculator: the rule on a basis the caseworker states, whole kroner per month. Every
 * field is read and checked here so a value that breaks a rule gets a 422 naming the field (JSON path as the request
 * writes it); a body that is not JSON gets 400. It stores nothing and names no person.
 */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1/utleggstrekk")
class UtleggstrekkberegningController {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    /** Amounts above this (kroner per month) are taken as typing errors, and keep sums far from overflow. */
    static final long STOERSTE_BELOEP = 100_000_000;
    static final int FLEST_PAALEGG = 200;

    private final Trekkromberegning regel;

    UtleggstrekkberegningController(Trekkromberegning regel) {
        this.regel = regel;
    }

    record Trekk(String id, long beloep) {
    }

    record Regel(String regel, String kilde, LocalDate gyldigFra, boolean anvendt) {
    }

    record Svar(long nettoinntekt, long livsoppholdsbehov, long trekkrom, List<Trekk> trekk, List<String> forklaring, List<Regel> regler) {
        static Svar av(Trekkberegning b) {
            return new Svar(b.nettoinntektOre() / 100, b.livsoppholdsbehovOre() / 100, b.trekkromOre() / 100,
                    b.trekk().stream().map(t -> new Trekk(t.id(), t.beloepOre() / 100)).toList(), b.forklaring(),
                    b.regler().stream().map(r -> new Regel(r.regel(), r.kilde(), r.gyldigFra(), r.anvendt())).toList());
        }
    }

    @PostMapping("/beregning")
    Svar beregning(@RequestBody JsonNode body, @AuthenticationPrincipal Jwt jwt) {
        Trekkgrunnlag g = les(body);
        Trekkberegning b = regel.beregn(g);
        log.info("Utleggstrekk-beregning ({} pålegg, beregningsdato {}) av {}", g.paalegg().size(), g.beregningsdato(),
                jwt == null ? "?" : jwt.getClaims().get("consumer"));
        return Svar.av(b);
    }

    static Trekkgrunnlag les(JsonNode body) {
        if (body == null || !body.isObject()) throw new UgyldigTrekkgrunnlag("", "Innholdet må være et JSON-objekt");
        LocalDate dato = dato(body, "beregningsdato");
        JsonNode u = objekt(body, "utbetaling", true);
        Utbetalingsart art = verdi(u, "utbetaling.art", "art", Utbetalingsart.class);
        long brutto = kroner(u, "utbetaling.", "bruttoPerMaaned", true);
        long forskudd = kroner(u, "utbetaling.", "forskuddstrekkPerMaaned", true);
        long ferie = kroner(u, "utbetaling.", "feriepenger", false);
        if (forskudd > brutto + ferie)
            throw new UgyldigTrekkgrunnlag("utbetaling.forskuddstrekkPerMaaned", "utbetaling.forskuddstrekkPerMaaned kan ikke være større enn utbetalingen");

        List<BesluttetTrekk> bedre = new ArrayList<>();
        JsonNode bt = liste(body, "trekkMedBedrePrioritet", false);
        for (int i = 0; bt != null && i < bt.size(); i++) {
            String sti = "trekkMedBedrePrioritet[" + i + "]";
            JsonNode t = element(bt, i, sti);
            bedre.add(new BesluttetTrekk(tekst(t, sti + ".id", "id"), verdi(t, sti + ".prioritetsgruppe", "prioritetsgruppe", Prioritetsgruppe.class),
                    dato(t, sti + ".besluttet", "besluttet"), kroner(t, sti + ".", "beloepPerMaaned", true) * 100));
        }

        JsonNode h = objekt(body, "husstand", true);
        Husstand.Voksne voksne = verdi(h, "husstand.skyldner", "skyldner", Husstand.Voksne.class);
        List<Integer> barn = new ArrayList<>();
        JsonNode b = liste(h, "husstand.barn", "barn", false);
        for (int i = 0; b != null && i < b.size(); i++) {
            String sti = "husstand.barn[" + i + "]";
            JsonNode x = element(b, i, sti);
            JsonNode alder = x.get("alder");
            if (alder == null || alder.isNull()) throw new UgyldigTrekkgrunnlag(sti + ".alder", sti + ".alder mangler");
            if (!alder.isIntegralNumber() || !alder.canConvertToInt() || alder.asInt() < 0 || alder.asInt() > 25)
                throw new UgyldigTrekkgrunnlag(sti + ".alder", sti + ".alder må være et helt antall år fra 0 til 25");
            barn.add(alder.asInt());
        }
        long annen = kroner(h, "husstand.", "annenInntektPerMaaned", false);
        boolean rommelig = sannhet(h, "husstand.inntektenErRommelig", "inntektenErRommelig");
        long bolig = kroner(body, "", "boutgifterPerMaaned", false);
        long andre = kroner(body, "", "andreGodkjenteUtgifterPerMaaned", false);

        List<Paalegg> paalegg = new ArrayList<>();
        JsonNode pl = liste(body, "paalegg", false);
        if (pl == null) pl = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        if (pl.size() > FLEST_PAALEGG) throw new UgyldigTrekkgrunnlag("paalegg", "paalegg kan ha høyst " + FLEST_PAALEGG + " pålegg");
        Set<String> ider = new HashSet<>();
        for (int i = 0; i < pl.size(); i++) {
            String sti = "paalegg[" + i + "]";
            JsonNode p = element(pl, i, sti);
            String id = tekst(p, sti + ".id", "id");
            if (!ider.add(id)) throw new UgyldigTrekkgrunnlag(sti + ".id", sti + ".id «" + id + "» er brukt av et annet pålegg");
            JsonNode gj = p.get("gjenstaaendeKrav");
            Long gjenstaaende = gj == null || gj.isNull() ? null : kroner(p, sti + ".", "gjenstaaendeKrav", true) * 100;
            JsonNode per = p.get("trekkperiodeMaaneder");
            Integer maaneder = null;
            if (per != null && !per.isNull()) {
                if (!per.isIntegralNumber() || !per.canConvertToInt() || per.asInt() <= 0 || per.asInt() > 1200)
                    throw new UgyldigTrekkgrunnlag(sti + ".trekkperiodeMaaneder", sti + ".trekkperiodeMaaneder må være et helt antall måneder fra 1 til 1200");
                maaneder = per.asInt();
            }
            paalegg.add(new Paalegg(id, verdi(p, sti + ".prioritetsgruppe", "prioritetsgruppe", Prioritetsgruppe.class),
                    dato(p, sti + ".besluttet", "besluttet"), kroner(p, sti + ".", "beloepPerMaaned", true) * 100, gjenstaaende,
                    maaneder, sannhet(p, sti + ".stansVedFeriepenger", "stansVedFeriepenger")));
        }
        return new Trekkgrunnlag(dato, new Utbetaling(art, brutto * 100, forskudd * 100, ferie * 100), bedre,
                new Husstand(voksne, barn, annen * 100, rommelig), bolig * 100, andre * 100, paalegg,
                sannhet(body, "skyldnerGjoerHvaDenEvner", "skyldnerGjoerHvaDenEvner"));
    }

    private static JsonNode objekt(JsonNode n, String navn, boolean paakrevd) {
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) {
            if (paakrevd) throw new UgyldigTrekkgrunnlag(navn, navn + " mangler");
            return null;
        }
        if (!x.isObject()) throw new UgyldigTrekkgrunnlag(navn, navn + " må være et objekt");
        return x;
    }

    private static JsonNode liste(JsonNode n, String navn, boolean paakrevd) {
        return liste(n, navn, navn, paakrevd);
    }

    private static JsonNode liste(JsonNode n, String sti, String navn, boolean paakrevd) {
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) {
            if (paakrevd) throw new UgyldigTrekkgrunnlag(sti, sti + " mangler");
            return null;
        }
        if (!x.isArray()) throw new UgyldigTrekkgrunnlag(sti, sti + " må være en liste");
        return x;
    }

    private static JsonNode element(JsonNode liste, int i, String sti) {
        JsonNode x = liste.get(i);
        if (x == null || !x.isObject()) throw new UgyldigTrekkgrunnlag(sti, sti + " må være et objekt");
        return x;
    }

    private static LocalDate dato(JsonNode n, String navn) {
        return dato(n, navn, navn);
    }

    private static LocalDate dato(JsonNode n, String sti, String navn) {
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) throw new UgyldigTrekkgrunnlag(sti, sti + " mangler");
        if (!x.isString()) throw new UgyldigTrekkgrunnlag(sti, sti + " må være en dato ÅÅÅÅ-MM-DD");
        try {
            return LocalDate.parse(x.asString());
        } catch (DateTimeParseException e) {
            throw new UgyldigTrekkgrunnlag(sti, sti + " må være en gyldig dato ÅÅÅÅ-MM-DD");
        }
    }

    private static String tekst(JsonNode n, String sti, String navn) {
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) throw new UgyldigTrekkgrunnlag(sti, sti + " mangler");
        if (!x.isString() || x.asString().isBlank() || x.asString().length() > 100)
            throw new UgyldigTrekkgrunnlag(sti, sti + " må være en tekst på 1 til 100 tegn");
        return x.asString();
    }

    private static <E extends Enum<E>> E verdi(JsonNode n, String sti, String navn, Class<E> type) {
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) throw new UgyldigTrekkgrunnlag(sti, sti + " mangler");
        String lov = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (!x.isString()) throw new UgyldigTrekkgrunnlag(sti, sti + " må være en av " + lov);
        try {
            return Enum.valueOf(type, x.asString());
        } catch (IllegalArgumentException e) {
            throw new UgyldigTrekkgrunnlag(sti, sti + " må være en av " + lov);
        }
    }

    private static boolean sannhet(JsonNode n, String sti, String navn) {
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) return false;
        if (!x.isBoolean()) throw new UgyldigTrekkgrunnlag(sti, sti + " må være true eller false");
        return x.asBoolean();
    }

    /** Whole kroner, 0 or more; absent optional fields are 0. */
    private static long kroner(JsonNode n, String prefiks, String navn, boolean paakrevd) {
        String sti = prefiks + navn;
        JsonNode x = n.get(navn);
        if (x == null || x.isNull()) {
            if (paakrevd) throw new UgyldigTrekkgrunnlag(sti, sti + " mangler");
            return 0;
        }
        if (!x.isNumber()) throw new UgyldigTrekkgrunnlag(sti, sti + " må være et beløp i hele kroner");
        if (!x.isIntegralNumber() && !(x.decimalValue().stripTrailingZeros().scale() <= 0))
            throw new UgyldigTrekkgrunnlag(sti, sti + " må være hele kroner (uten øre)");
        java.math.BigDecimal v = x.decimalValue();
        if (v.signum() < 0) throw new UgyldigTrekkgrunnlag(sti, sti + " kan ikke være negativt");
        if (v.compareTo(java.math.BigDecimal.valueOf(STOERSTE_BELOEP)) > 0)
            throw new UgyldigTrekkgrunnlag(sti, sti + " kan ikke være over " + STOERSTE_BELOEP + " kr");
        return v.longValueExact();
    }
}

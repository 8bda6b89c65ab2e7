package no.innkreving.intake.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Feil;
import no.innkreving.intake.domain.Identifikatorer;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Periode;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Rente;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Skyldner;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Tilleggsinformasjon;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies of the creditor API by hand, so that every wrong type, missing field or unknown enum value
 * is answered with the JSON path that is wrong (400 ugyldig-forespoersel) before any business rule runs. Rules
 * that the contract names (an empty reference, an unknown kravtype) are left to the rules.
 */
public final class ForespoerselLeser {
    /** Largest amount in kroner we accept: keeps øre far inside a long. */
    static final long MAKS_KRONER = 1_000_000_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ForespoerselLeser() {
    }

    public static JsonNode les(String body) {
        if (body == null || body.isBlank()) throw ugyldig("Forespørselen mangler innhold (JSON)");
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) throw ugyldig("Forespørselen må være et JSON-objekt");
            return node;
        } catch (StreamReadException e) {
            TokenStreamLocation l = e.getLocation();
            String hvor = l == null ? "" : " på linje " + l.getLineNr() + ", kolonne " + l.getColumnNr();
            throw ugyldig("Ugyldig JSON" + hvor + ": " + kort(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw ugyldig("Ugyldig JSON: " + kort(e.getOriginalMessage()));
        }
    }

    public static OpprettInnkrevingsoppdrag opprett(JsonNode root) {
        JsonNode skyldner = objekt(root, "skyldner", true);
        JsonNode hovedstol = objekt(root, "hovedstol", true);
        List<Rente> renter = new ArrayList<>();
        JsonNode renteBeloep = root.get("renteBeloep");
        if (renteBeloep != null && !renteBeloep.isNull()) {
            if (!renteBeloep.isArray()) throw ugyldig("renteBeloep må være en liste");
            for (int i = 0; i < renteBeloep.size(); i++) renter.add(rente(renteBeloep.get(i), "renteBeloep[" + i + "]", true));
        }
        return new OpprettInnkrevingsoppdrag(
                tekst(root, "kravtype", true),
                new Skyldner(enumverdi(skyldner, "skyldner.identifikatortype", "identifikatortype", Identifikatortype.class),
                        tekst(skyldner, "skyldner.identifikator", "identifikator", true)),
                beloep(hovedstol, "hovedstol"),
                renter,
                tekst(root, "oppdragsgiversReferanse", false),
                tekst(root, "oppdragsgiversKravidentifikator", false),
                dato(root, "fastsettelsesdato", "fastsettelsesdato", true),
                dato(root, "foreldelsesfristensUtgangspunkt", "foreldelsesfristensUtgangspunkt", false),
                dato(root, "tilleggsfristEtterForeldelsesloven", "tilleggsfristEtterForeldelsesloven", false),
                tilleggsinformasjon(root.get("tilleggsinformasjon")));
    }

    /** {"hovedstol": {"valuta": "NOK", "beloep": n}}; the amount in kroner. */
    public static long nyHovedstol(JsonNode root) {
        return beloep(objekt(root, "hovedstol", true), "hovedstol");
    }

    /** {"renter": [RenteBeloep]}; on change an amount of 0 is allowed, a negative one is a rule's business. */
    public static List<Rente> nyeRenter(JsonNode root) {
        JsonNode liste = root.get("renter");
        if (liste == null || liste.isNull()) throw ugyldig("renter mangler");
        if (!liste.isArray()) throw ugyldig("renter må være en liste");
        List<Rente> renter = new ArrayList<>();
        for (int i = 0; i < liste.size(); i++) renter.add(rente(liste.get(i), "renter[" + i + "]", false));
        return renter;
    }

    public static String nyReferanse(JsonNode root) {
        return tekst(root, "nyOppdragsgiversReferanse", false);
    }

    /** Who a kravoversikt asks about, in any of the spellings seen in the wild (decision 0002). */
    public record Kravoversiktforespoersel(Identifikatortype type, String identifikator, OppslagIOppdrag.Kravfilter filter) {
    }

    public static Kravoversiktforespoersel kravoversikt(JsonNode root) {
        JsonNode s = root.get("skyldner");
        JsonNode kilde = s != null && s.isObject() ? s : root;
        String sti = s != null && s.isObject() ? "skyldner." : "";
        String id;
        Identifikatortype type = null;
        if (s != null && s.isString()) {
            id = s.stringValue();
        } else if (kilde.has("foedselsnummer")) {
            id = tekst(kilde, sti + "foedselsnummer", "foedselsnummer", true);
            type = Identifikatortype.PERSON;
        } else if (kilde.has("organisasjonsnummer")) {
            id = tekst(kilde, sti + "organisasjonsnummer", "organisasjonsnummer", true);
            type = Identifikatortype.ORGANISASJON;
        } else if (kilde.has("identifikator") || kilde.has("verdi")) {
            String felt = kilde.has("identifikator") ? "identifikator" : "verdi";
            id = tekst(kilde, sti + felt, felt, true);
            if (kilde.has("identifikatortype")) {
                String t = tekst(kilde, sti + "identifikatortype", "identifikatortype", true);
                type = switch (t.toUpperCase()) {
                    case "PERSON", "FOEDSELSNUMMER", "FNR", "DNR", "PERSONIDENTIFIKATOR" -> Identifikatortype.PERSON;
                    case "ORGANISASJON", "ORGANISASJONSNUMMER", "ORGNR" -> Identifikatortype.ORGANISASJON;
                    default -> throw ugyldig(sti + "identifikatortype=" + Identifikatorer.trygg(t) + " er ukjent. Gyldige verdier: PERSON, ORGANISASJON");
                };
            }
        } else if (s != null && !s.isNull()) {
            throw ugyldig("skyldner må være en tekst eller et objekt med foedselsnummer, organisasjonsnummer eller identifikator");
        } else {
            throw ugyldig("skyldner mangler");
        }
        // no type given: the identifier's own rules say which it is; anything that is no valid organisation number is
        // read as a person's, and the look-up then refuses it as one (ugyldig-skyldners-identifikator, as the spec says)
        if (type == null) type = no.innkreving.parties.Skyldner.tolk(id).orElse(null) instanceof no.innkreving.parties.Skyldner.Organisasjon
                ? Identifikatortype.ORGANISASJON : Identifikatortype.PERSON;
        String f = tekst(root, "kravfilter", false);
        OppslagIOppdrag.Kravfilter filter = f == null ? OppslagIOppdrag.Kravfilter.ALLE : switch (f.toLowerCase()) {
            case "alle" -> OppslagIOppdrag.Kravfilter.ALLE;
            case "åpne", "aapne" -> OppslagIOppdrag.Kravfilter.AAPNE;
            case "lukkede" -> OppslagIOppdrag.Kravfilter.LUKKEDE;
            case "ingen" -> OppslagIOppdrag.Kravfilter.INGEN;
            default -> throw ugyldig("kravfilter=" + Identifikatorer.trygg(f) + " er ukjent. Gyldige verdier: alle, åpne, lukkede, ingen");
        };
        return new Kravoversiktforespoersel(type, id, filter);
    }

    public static String tekst(JsonNode obj, String felt, boolean paakrevd) {
        return tekst(obj, felt, felt, paakrevd);
    }

    private static Rente rente(JsonNode r, String sti, boolean beloepMaaVaereHeltall) {
        if (r == null || !r.isObject()) throw ugyldig(sti + " må være et objekt");
        String rentetype = tekst(r, sti + ".rentetype", "rentetype", true);
        if (!rentetype.equals("STRAFFERENTE")) {
            throw ugyldig(sti + ".rentetype=" + Identifikatorer.trygg(rentetype) + " er ukjent. Gyldig verdi: STRAFFERENTE");
        }
        return new Rente(beloep(r, sti), dato(r, sti + ".renterIlagtDato", "renterIlagtDato", false), rentetype);
    }

    private static long beloep(JsonNode obj, String sti) {
        String valuta = tekst(obj, sti + ".valuta", "valuta", true);
        if (!valuta.equals("NOK")) throw ugyldig(sti + ".valuta=" + Identifikatorer.trygg(valuta) + " støttes ikke. Valuta må være NOK");
        JsonNode b = obj.get("beloep");
        if (b == null || b.isNull()) throw ugyldig(sti + ".beloep mangler");
        if (!b.isIntegralNumber() || !b.canConvertToLong()) {
            throw ugyldig(sti + ".beloep må være et heltall i kroner, var " + kort(b.toString()));
        }
        long kroner = b.longValue();
        if (Math.abs(kroner) > MAKS_KRONER) throw ugyldig(sti + ".beloep=" + kroner + " er urimelig stort");
        return kroner;
    }

    private static Tilleggsinformasjon tilleggsinformasjon(JsonNode t) {
        if (t == null || t.isNull()) return null;
        if (!t.isObject()) return new Tilleggsinformasjon(null, null, null, null, "tilleggsinformasjon må være et objekt");
        try {
            Long ytelser = null;
            JsonNode y = t.get("ytelserForAvregning");
            if (y != null && !y.isNull()) {
                if (!y.isObject()) throw ugyldig("tilleggsinformasjon.ytelserForAvregning må være et objekt");
                ytelser = beloep(y, "tilleggsinformasjon.ytelserForAvregning");
            }
            // the documented name has an ø; accept the transliterated spelling too
            LocalDate stoppdato = t.has("stoppdatoForLøpendeMulkt")
                    ? dato(t, "tilleggsinformasjon.stoppdatoForLøpendeMulkt", "stoppdatoForLøpendeMulkt", false)
                    : dato(t, "tilleggsinformasjon.stoppdatoForLoependeMulkt", "stoppdatoForLoependeMulkt", false);
            return new Tilleggsinformasjon(periode(t, "tilbakekrevingsperiode"), ytelser, periode(t, "periode"), stoppdato, null);
        } catch (AvvisningException e) {
            return new Tilleggsinformasjon(null, null, null, null, e.avvisning().detalj());
        }
    }

    /** A period as {fraDato, tilDato} (documentation) or {fom, tom} (NAV's client): both are accepted. */
    private static Periode periode(JsonNode t, String felt) {
        JsonNode p = t.get(felt);
        if (p == null || p.isNull()) return null;
        String sti = "tilleggsinformasjon." + felt;
        if (!p.isObject()) throw ugyldig(sti + " må være et objekt");
        LocalDate fra = p.has("fraDato") ? dato(p, sti + ".fraDato", "fraDato", true) : dato(p, sti + ".fom", "fom", false);
        LocalDate til = p.has("tilDato") ? dato(p, sti + ".tilDato", "tilDato", true) : dato(p, sti + ".tom", "tom", false);
        if (fra == null) throw ugyldig(sti + ".fraDato mangler");
        if (til == null) throw ugyldig(sti + ".tilDato mangler");
        return new Periode(fra, til);
    }

    private static JsonNode objekt(JsonNode obj, String felt, boolean paakrevd) {
        JsonNode n = obj.get(felt);
        if (n == null || n.isNull()) {
            if (paakrevd) throw ugyldig(felt + " mangler");
            return null;
        }
        if (!n.isObject()) throw ugyldig(felt + " må være et objekt");
        return n;
    }

    private static String tekst(JsonNode obj, String sti, String felt, boolean paakrevd) {
        JsonNode n = obj.get(felt);
        if (n == null || n.isNull()) {
            if (paakrevd) throw ugyldig(sti + " mangler");
            return null;
        }
        if (!n.isString()) throw ugyldig(sti + " må være en tekst, var " + kort(n.toString()));
        return n.stringValue();
    }

    private static LocalDate dato(JsonNode obj, String sti, String felt, boolean paakrevd) {
        String s = tekst(obj, sti, felt, paakrevd);
        if (s == null) return null;
        try {
            if (s.length() != 10) throw new DateTimeParseException("length", s, 0);
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ugyldig(sti + "=" + Identifikatorer.trygg(s) + " er ikke en gyldig dato (ÅÅÅÅ-MM-DD)");
        }
    }

    private static <E extends Enum<E>> E enumverdi(JsonNode obj, String sti, String felt, Class<E> type) {
        String s = tekst(obj, sti, felt, true);
        for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
        List<String> gyldige = new ArrayList<>();
        for (E e : type.getEnumConstants()) gyldige.add(e.name());
        throw ugyldig(sti + "=" + Identifikatorer.trygg(s) + " er ukjent. Gyldige verdier: " + String.join(", ", gyldige));
    }

    static AvvisningException ugyldig(String detalj) {
        return new AvvisningException(Feil.UGYLDIG_FORESPOERSEL.med(detalj));
    }

    private static String kort(String s) {
        if (s == null) return "";
        String enLinje = s.lines().findFirst().orElse("");
        return (enLinje.length() > 120 ? enLinje.substring(0, 120) + "…" : enLinje).replaceAll("\\p{Cntrl}", "?");
    }
}

package no.innkreving.liens.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.innkreving.letters.Brevslag;
import no.innkreving.parties.Formuesgode;

/**
 * The words of the letter that tells a debtor of a lien (or of our request to the enforcement officer for one), in
 * bokmål: what was attached, on what rule, how it is perfected, and the complaint deadlines of
 * tvangsfullbyrdelsesloven § 7-26 as source document 002 states them.
 */
public final class Pantebrevtekst {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Pantebrevtekst() {
    }

    public static Brevslag.Melding melding(Formuesgode g, Rettsvern r, LocalDate besluttet, LocalDate klagefrist, int antallKrav) {
        String krav = antallKrav == 1 ? "kravet" : "kravene";
        String gode = g.beskrivelse() + " (" + g.art().register() + ": " + g.identifikator() + ")";
        boolean namsmann = r == Rettsvern.BEGJAERING_NAMSMANNEN;
        String vedtak = namsmann
                ? "Innkrevingsmyndigheten har " + DATO.format(besluttet) + " begjært utlegg hos namsmannen i " + gode + " for " + krav
                        + " nedenfor. Kravene er ikke betalt etter varsel om tvangsfullbyrdelse (tvangsfullbyrdelsesloven § 4-18). "
                        + "Namsmannen avgjør begjæringen etter tvangsfullbyrdelsesloven kapittel 7 og gir deg beskjed om utleggsforretningen."
                : "Innkrevingsmyndigheten har " + DATO.format(besluttet) + " tatt utleggspant i " + gode + " for " + krav
                        + " nedenfor. Kravene er ikke betalt etter varsel om tvangsfullbyrdelse (tvangsfullbyrdelsesloven § 4-18). "
                        + "Vi har tatt utlegget som særnamsmann etter tvangsfullbyrdelsesloven kapittel 7, og pantet får rettsvern ved "
                        + r.tekst() + ".";
        String klage = "Du kan klage på at vi har valgt å ta utlegg i nettopp dette formuesgodet. Den klagen må vi ha mottatt innen "
                + DATO.format(klagefrist) + ", én måned etter at du ble orientert om utlegget (tvangsfullbyrdelsesloven § 7-26). "
                + "Andre sider av utlegget kan du klage på så lenge vi ikke har begjært tvangssalg av pantet.";
        List<String> konsekvenser = List.of(
                "Betaler du " + krav + ", sletter vi utleggspantet" + (namsmann ? " eller trekker begjæringen tilbake" : "")
                        + ". Betaler du ikke, kan vi begjære tvangssalg av formuesgodet hos namsmyndighetene for å dekke " + krav + ".",
                "Utlegget avbryter foreldelsen av " + krav + " (foreldelsesloven § 17).");
        return new Brevslag.Melding("UTLEGGSPANT", namsmann ? "Melding om begjæring om utlegg" : "Melding om utleggspant",
                "Saksnummer", "Utlegget gjelder", List.of(vedtak, klage), konsekvenser);
    }

    /** The letter when a lien is deleted because its claims are settled (§ 7-27). */
    public static Brevslag.Melding sletting(Formuesgode g, LocalDate dato, String grunn) {
        return new Brevslag.Melding("UTLEGGSPANT_SLETTET", "Melding om sletting av utleggspant", "Saksnummer", "Utlegget gjaldt",
                List.of("Utleggspantet i " + g.beskrivelse() + " (" + g.art().register() + ": " + g.identifikator() + ") er slettet "
                        + DATO.format(dato) + ". " + grunn + " (tvangsfullbyrdelsesloven § 7-27)."),
                List.of());
    }
}

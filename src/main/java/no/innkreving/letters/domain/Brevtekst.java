package no.innkreving.letters.domain;

import java.time.format.DateTimeFormatter;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;

/**
 * The words of a letter, per kind and per claim type: what the letter is, what the debtor is to do, what happens if
 * they do not, and how to complain. Only what is true today: the debtor pays with the KID to our account and writes
 * to our postal address (there are no self-service pages yet). The complaint text follows source document 002.
 *
 * @param avsender    who sends the letter (the collection authority)
 * @param postadresse where the debtor writes to us, one line
 */
public record Brevtekst(String avsender, String postadresse) {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String tittel(Brevslag slag) {
        return switch (slag) {
            case Brevslag.Faktura f -> "Faktura";
            case Brevslag.Kreditnota k -> "Kreditnota";
            case Brevslag.Purring p -> "Purring";
            case Brevslag.VarselOmTvangsfullbyrdelse v -> "Varsel om tvangsfullbyrdelse";
            case Brevslag.Melding m -> m.tittel();
        };
    }

    /** What the letter's number is called in the reference block and when the debtor quotes it. */
    public String nummerLedetekst(Brevslag slag) {
        return switch (slag) {
            case Brevslag.Faktura f -> "Fakturanummer";
            case Brevslag.Kreditnota k -> "Kreditnotanummer";
            case Brevslag.Purring p -> "Purrenummer";
            case Brevslag.VarselOmTvangsfullbyrdelse v -> "Varselnummer";
            case Brevslag.Melding m -> m.nummerLedetekst();
        };
    }

    public String sumtekst(Brevslag slag) {
        return switch (slag) {
            case Brevslag.Faktura f -> "Å betale";
            case Brevslag.Kreditnota k -> "Til fradrag i det du skylder";
            case Brevslag.Purring p -> "Gjenstår å betale";
            case Brevslag.VarselOmTvangsfullbyrdelse v -> "Gjenstår å betale";
            case Brevslag.Melding m -> m.sumtekst();
        };
    }

    /** The paragraphs before the amounts: who claims what, and what the debtor is to do. */
    public List<String> innledning(Brev b) {
        Brev.Kravomtale k = b.krav();
        String krav = smaaForbokstav(k.beskrivelse());
        String fastsatt = k.fastsettelsesdato() == null ? "" : " og ble fastsatt " + DATO.format(k.fastsettelsesdato());
        String referanse = k.oppdragsgiversReferanse() == null ? ""
                : " Oppdragsgivers referanse er " + k.oppdragsgiversReferanse() + ".";
        return switch (b.slag()) {
            case Brevslag.Faktura f -> List.of(
                    avsender + " krever inn dette kravet på vegne av " + k.oppdragsgiverNavn() + ". Kravet gjelder " + krav
                            + fastsatt + "." + referanse,
                    "Betal beløpet innen forfallsdatoen " + DATO.format(b.betaling().forfallsdato()) + " til kontonummeret "
                            + "nedenfor, og bruk KID-nummeret, slik at betalingen blir ført på riktig krav.");
            case Brevslag.Kreditnota kn -> List.of(
                    k.oppdragsgiverNavn() + " har redusert kravet om " + krav + fastsatt + "." + referanse,
                    "Denne kreditnotaen gjelder faktura " + kn.gjelderFakturanummer() + ". Beløpet nedenfor trekkes fra det du "
                            + "skylder, og du trenger ikke gjøre noe for det.");
            case Brevslag.Purring p -> List.of(
                    "Vi har ikke mottatt full betaling for " + (b.linjer().size() == 1 ? "kravet" : "kravene")
                            + " nedenfor, som " + avsender + " krever inn, og forfallsdatoen er passert.",
                    "Betal det som gjenstår innen " + DATO.format(p.frist()) + " til kontonummer " + p.konto().kontonummer()
                            + ". Bruk KID-nummeret som står ved hvert krav, slik at betalingen blir ført på riktig krav. "
                            + "Har du betalt i mellomtiden, kan du se bort fra denne purringen.");
            case Brevslag.VarselOmTvangsfullbyrdelse v -> List.of(
                    "Dette er varsel om tvangsfullbyrdelse etter tvangsfullbyrdelsesloven § 4-18. Vi har sendt deg purring på "
                            + (b.linjer().size() == 1 ? "kravet" : "kravene") + " nedenfor, og det er fortsatt ikke betalt.",
                    "Betal det som gjenstår innen " + DATO.format(v.frist()) + " til kontonummer " + v.konto().kontonummer()
                            + ". Bruk KID-nummeret som står ved hvert krav.");
            case Brevslag.Melding m -> m.innledning();
        };
    }

    /**
     * What follows if the debtor does not pay, worded for the claim type: late-payment interest is named only where
     * the catalogue says it accrues (forsinkelsesrenteloven), never as a threat on types that carry none.
     */
    public List<String> konsekvenser(Brev b) {
        boolean renter = b.krav().forsinkelsesrente();
        return switch (b.slag()) {
            case Brevslag.Faktura f -> List.of(renter
                    ? "Betaler du for sent, løper det forsinkelsesrente fra forfallsdatoen til beløpet er betalt, og kravet kan "
                            + "bli tvangsinnkrevd."
                    : "Betaler du for sent, kan kravet bli tvangsinnkrevd. Det løper ikke forsinkelsesrente på denne typen krav.");
            case Brevslag.Kreditnota k -> List.of("Har du ubetalt restbeløp, skal det fortsatt betales innen forfallsdatoen med "
                    + "KID-nummeret på faktura " + k.gjelderFakturanummer() + "." + (renter
                    ? " Betaler du restbeløpet for sent, løper det forsinkelsesrente fra forfallsdatoen." : ""));
            case Brevslag.Purring p -> List.of("Betaler du ikke innen " + DATO.format(p.frist()) + ", sender vi deg varsel om "
                    + "tvangsfullbyrdelse, og deretter kan kravet bli tvangsinnkrevd, for eksempel ved trekk i lønn eller "
                    + "andre utbetalinger." + (renter ? " Forsinkelsesrenten løper til kravet er betalt." : ""));
            case Brevslag.VarselOmTvangsfullbyrdelse v -> List.of("Er kravet ikke betalt innen " + DATO.format(v.frist())
                    + ", kan vi uten nytt varsel gå til tvangsinnkreving, for eksempel trekk i lønn eller andre utbetalinger, "
                    + "utleggspant eller motregning." + (renter ? " Forsinkelsesrenten løper til kravet er betalt." : ""));
            case Brevslag.Melding m -> m.konsekvenser();
        };
    }

    /** How to complain (source document 002); the same in every letter to a debtor. */
    public List<String> klage(Brev b) {
        return List.of(
                "Du kan klage på avgjørelsene våre og på hvordan vi behandler saken din. Klagen må være skriftlig og underskrevet. "
                        + "Skriv hva du klager på, hvorfor du klager og hva du ønsker å oppnå (for eksempel at kravet slettes). "
                        + "Legg ved dokumentasjon som er relevant.",
                "Send klagen til " + avsender + ", " + postadresse + ", og oppgi " + nummerLedetekst(b.slag()).toLowerCase()
                        + " " + b.nummer() + ". Gjelder klagen selve kravet, sender vi den videre til " + b.krav().oppdragsgiverNavn()
                        + ".",
                "Vi behandler klagen innen 3 uker etter at vi har mottatt den. Vi vurderer først om vi skal endre avgjørelsen "
                        + "vår, før vi eventuelt sender klagen videre. En klage stopper ikke innkrevingen; den stopper først hvis "
                        + "klagen blir tatt til følge. Blir kravet slettet, får du tilbake det du har betalt for mye.");
    }

    /** The foot of every page: whom to ask about what, and how to find the letter again. */
    public String bunntekst(Brev b) {
        return "Spørsmål om selve kravet rettes til " + b.krav().oppdragsgiverNavn() + ". Spørsmål om betaling rettes til "
                + avsender + ", " + postadresse + "; oppgi " + nummerLedetekst(b.slag()).toLowerCase() + " " + b.nummer() + ".";
    }

    /** "Tilbakekreving av dagpenger" reads as "tilbakekreving av dagpenger" inside a sentence; "NAV-gebyr" stays. */
    public static String smaaForbokstav(String s) {
        if (s == null || s.length() < 2) return s == null ? "" : s;
        return Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

}

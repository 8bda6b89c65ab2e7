package no.innkreving.desk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which decisions are whole, and what the decision letter says. Pure: the desk's application service does the
 * postings, holds and letters. Source document 002: a complaint is answered in writing with the outcome and its
 * reasons; an upheld complaint stops collection of the claim, and what was paid on a deleted claim is paid back.
 */
public final class Vedtaksregler {
    private Vedtaksregler() {
    }

    public static final int MAKS_BEGRUNNELSE = 4000;

    /** The field and message of what is missing or wrong in a complaint decision, or empty when it is whole. */
    public static Optional<Feil> kontrollerKlage(Utfall utfall, Virkning virkning, String begrunnelse, boolean harKrav) {
        if (utfall == null || !utfall.forKlage()) return Optional.of(new Feil("utfall", "Velg om klagen tas til følge eller ikke."));
        Optional<Feil> b = begrunnelse(begrunnelse);
        if (b.isPresent()) return b;
        if (utfall == Utfall.TATT_TIL_FOELGE && harKrav && (virkning == null || virkning == Virkning.ETTERGIVELSE))
            return Optional.of(new Feil("virkning", "Velg om innkrevingen av kravet stanses eller kravet slettes."));
        if (utfall == Utfall.IKKE_TATT_TIL_FOELGE && virkning != null)
            return Optional.of(new Feil("virkning", "En klage som ikke tas til følge, stanser eller sletter ikke kravet."));
        if (!harKrav && virkning != null)
            return Optional.of(new Feil("virkning", "Klagen gjelder ikke et bestemt krav, så ingen krav kan stanses eller slettes."));
        return Optional.empty();
    }

    /** As {@link #kontrollerKlage} for an application: granting a waiver forgives at least one claim. */
    public static Optional<Feil> kontrollerSoeknad(Utfall utfall, String begrunnelse, boolean ettergivelse, int antallKrav) {
        if (utfall != Utfall.AVSLAATT && utfall != Utfall.INNVILGET)
            return Optional.of(new Feil("utfall", "Velg om søknaden innvilges eller avslås."));
        Optional<Feil> b = begrunnelse(begrunnelse);
        if (b.isPresent()) return b;
        if (utfall == Utfall.INNVILGET && ettergivelse && antallKrav == 0)
            return Optional.of(new Feil("krav", "Velg hvilke krav som ettergis."));
        if ((utfall == Utfall.AVSLAATT || !ettergivelse) && antallKrav > 0)
            return Optional.of(new Feil("krav", "Krav ettergis bare når en søknad om ettergivelse innvilges."));
        return Optional.empty();
    }

    /** Lifting a complaint's hold on collection needs the reason, as a decision does. */
    public static Optional<Feil> kontrollerOppheving(String begrunnelse) {
        return begrunnelse(begrunnelse);
    }

    /**
     * The letter when a complaint's hold on collection is lifted: the promise of the upholding letter («Vi gir deg
     * beskjed når innkrevingen tas opp igjen») kept.
     *
     * @param vedtaksdato the day the complaint was upheld and collection held, in words
     * @param kravomtale  e.g. «Tilbakekreving av feilutbetalt barnetrygd» fra Arbeids- og velferdsetaten
     */
    public static Brevtekst opphevingsbrev(String begrunnelse, String vedtaksdato, String kravomtale) {
        List<String> inn = new ArrayList<>();
        inn.add("Da vi tok klagen din til følge " + vedtaksdato + ", stanset vi innkrevingen av kravet " + kravomtale
                + " til saken var endelig avgjort.");
        inn.add("Saken er nå avgjort, og vi opphever stansen. Begrunnelse: " + begrunnelse.strip());
        List<String> kons = new ArrayList<>();
        kons.add("Innkrevingen av kravet fortsetter fra i dag, der den stoppet. Det som står igjen av kravet, må betales.");
        kons.add("Du kan klage på at stansen er opphevet innen 3 uker fra du mottok brevet. Klagen sendes til oss.");
        return new Brevtekst(inn, kons);
    }

    private static Optional<Feil> begrunnelse(String begrunnelse) {
        if (begrunnelse == null || begrunnelse.isBlank()) return Optional.of(new Feil("begrunnelse", "Skriv begrunnelsen for vedtaket."));
        if (begrunnelse.strip().length() > MAKS_BEGRUNNELSE)
            return Optional.of(new Feil("begrunnelse", "Begrunnelsen kan være høyst " + MAKS_BEGRUNNELSE + " tegn."));
        return Optional.empty();
    }

    public record Feil(String felt, String melding) {
    }

    /** The letter's paragraphs: what was decided and why, then what it means for the debtor. */
    public record Brevtekst(List<String> innledning, List<String> konsekvenser) {
    }

    /**
     * @param kravomtale   e.g. «Tilbakekreving av feilutbetalt barnetrygd» fra Arbeids- og velferdsetaten, or null
     * @param avskrevet    what remained and was deleted, as kroner text, or null
     * @param tilbakebetalt what was paid and is refunded, as kroner text, or null when nothing
     */
    public static Brevtekst klagebrev(Utfall utfall, Virkning virkning, String begrunnelse, String mottattDato, String kravomtale,
                                      String avskrevet, String tilbakebetalt, boolean videresendes) {
        List<String> inn = new ArrayList<>();
        List<String> kons = new ArrayList<>();
        inn.add("Vi har behandlet klagen din av " + mottattDato + (kravomtale == null ? "." : ", som gjelder kravet " + kravomtale + "."));
        inn.add(utfall.tekst() + ".");
        inn.add("Begrunnelse: " + begrunnelse.strip());
        if (utfall == Utfall.IKKE_TATT_TIL_FOELGE) {
            kons.add("Innkrevingen fortsetter. Kravet må betales som før.");
            if (videresendes) kons.add("Klagen gjelder selve kravet. Vi sender den til den som fastsatte kravet, som avgjør den.");
            else kons.add("Du kan klage på dette vedtaket innen 3 uker fra du mottok brevet. Klagen sendes til oss.");
        } else if (virkning == Virkning.STANS) {
            kons.add("Vi stanser innkrevingen av kravet til saken er endelig avgjort. Du får ikke purringer, og vi tar ikke nye tvangstiltak for kravet så lenge.");
            kons.add("Vi gir deg beskjed når innkrevingen tas opp igjen, eller når kravet er endelig avgjort.");
        } else if (virkning == Virkning.SLETTING) {
            kons.add("Kravet er slettet" + (avskrevet == null ? "." : ". Det som gjensto, " + avskrevet + " kroner, skal du ikke betale."));
            if (tilbakebetalt != null)
                kons.add("Du har betalt " + tilbakebetalt + " kroner på kravet. Beløpet betales tilbake til kontoen det ble betalt fra.");
            else kons.add("Du hadde ikke betalt noe på kravet, så det er ingenting å betale tilbake.");
        } else {
            kons.add("Vi har rettet det du klaget på.");
        }
        return new Brevtekst(inn, kons);
    }

    public static Brevtekst soeknadsbrev(Utfall utfall, String ord, String begrunnelse, String mottattDato, List<String> ettergitteKrav,
                                         String ettergittSum) {
        List<String> inn = new ArrayList<>();
        List<String> kons = new ArrayList<>();
        inn.add("Vi har behandlet søknaden din om " + ord + " av " + mottattDato + ".");
        inn.add(utfall.tekst() + ".");
        inn.add("Begrunnelse: " + begrunnelse.strip());
        if (utfall == Utfall.AVSLAATT) {
            kons.add("Innkrevingen fortsetter. Kravene må betales som før.");
            kons.add("Du kan klage på vedtaket innen 3 uker fra du mottok brevet.");
        } else if (!ettergitteKrav.isEmpty()) {
            kons.add("Vi har ettergitt " + ettergittSum + " kroner: " + String.join(", ", ettergitteKrav) + ". Dette skal du ikke betale.");
            kons.add("Det du allerede har betalt på kravene, beholdes.");
        } else {
            kons.add("Vilkårene for ordningen står i begrunnelsen ovenfor. Følger du dem ikke, kan innkrevingen tas opp igjen.");
        }
        return new Brevtekst(inn, kons);
    }
}

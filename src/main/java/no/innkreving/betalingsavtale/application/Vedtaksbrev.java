package no.innkreving.betalingsavtale.application;

import static no.innkreving.betalingsavtale.domain.Kronetekst.dato;
import static no.innkreving.letters.Beloepsformat.kroner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.application.Kravbeskrivelser.Beskrivelse;
import no.innkreving.betalingsavtale.domain.Regelsett;
import no.innkreving.invoicing.Betalingsinformasjon;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.parties.Skyldner;

/**
 * The letters of the plan and postponement decisions, in this module's words ({@link Brevslag.Melding}): a plan
 * approved (each instalment with its date, amount and KID), a postponement approved, a refusal with the reason, a plan
 * broken. The letters module adds address, how to complain, the channel and the PDF.
 */
final class Vedtaksbrev {
    private Vedtaksbrev() {
    }

    static Brev avtaleGodkjent(Betalingssak sak, Map<UUID, Beskrivelse> krav, Betalingsinformasjon konto, LocalDate idag,
                               String begrunnelse, Regelsett r) {
        List<Brev.Linje> linjer = new ArrayList<>();
        int n = sak.avdrag().size();
        for (Betalingssak.Avdrag a : sak.avdrag())
            for (Betalingssak.Del d : a.deler()) {
                Beskrivelse b = krav.get(d.kravId());
                linjer.add(new Brev.Linje("Avdrag " + a.nummer() + " av " + n + ", forfall " + dato(a.forfallsdato()) + ": "
                        + b.tekst(), d.beloepOre()));
            }
        List<String> innledning = new ArrayList<>();
        innledning.add("Vi har godkjent søknaden din om betalingsavtale. Du betaler " + kroner(sak.maanedsbeloepOre())
                + " i måneden, den " + sak.dagIMaaneden() + ". i måneden (neste virkedag når dagen er en lørdag, søndag eller helligdag), i "
                + n + " avdrag fra " + dato(sak.avdrag().getFirst().forfallsdato()) + " til " + dato(sak.avdrag().getLast().forfallsdato()) + ".");
        if (begrunnelse != null) innledning.add("Begrunnelse: " + begrunnelse);
        innledning.add("Betal hvert avdrag til konto " + konto.kontonummer() + " med KID " + sak.kid()
                + ". Den samme KID-en gjelder alle avdragene, og betalingen føres på kravene i rekkefølgen nedenfor.");
        return brev("BETALINGSAVTALE", "Vedtak om betalingsavtale", "Sum avdrag", sak, krav, idag, linjer, innledning, List.of(
                "Så lenge du betaler avdragene, sender vi ikke purring eller varsel om tvangsinnkreving for kravene i avtalen.",
                "Forsinkelsesrenter som løper mens avtalen varer, kommer i tillegg og er ikke med i avdragene.",
                "Avtalen er en erkjennelse av gjelden, som avbryter foreldelsen av kravene (foreldelsesloven § 14).",
                "Blir " + r.misligholdteAvdragFoerBrudd() + " avdrag ikke betalt innen " + r.karensdager()
                        + " dager etter forfall, faller avtalen bort, og vi fortsetter innkrevingen av hele restbeløpet."));
    }

    static Brev utsettelseGodkjent(Betalingssak sak, Map<UUID, Beskrivelse> krav, Betalingsinformasjon konto, LocalDate idag,
                                   String begrunnelse) {
        List<String> innledning = new ArrayList<>();
        innledning.add("Vi har godkjent søknaden din om utsettelse. Ny betalingsfrist for kravene nedenfor er "
                + dato(sak.nyForfallsdato()) + ".");
        if (begrunnelse != null) innledning.add("Begrunnelse: " + begrunnelse);
        innledning.add("Betal til konto " + konto.kontonummer() + " med KID-nummeret som står ved kravet.");
        return brev("UTSETTELSE", "Vedtak om betalingsutsettelse", "Sum", sak, krav, idag, kravlinjer(sak, krav), innledning, List.of(
                "Fram til den nye fristen sender vi ikke purring eller varsel om tvangsinnkreving for disse kravene.",
                "Er kravene ikke betalt innen den nye fristen, fortsetter innkrevingen."));
    }

    static Brev avslag(Betalingssak sak, Map<UUID, Beskrivelse> krav, LocalDate idag, String grunn) {
        boolean avtale = sak.slag() == Betalingssak.Slag.BETALINGSAVTALE;
        return brev(avtale ? "BETALINGSAVTALE_AVSLAG" : "UTSETTELSE_AVSLAG",
                avtale ? "Vedtak: søknad om betalingsavtale avslått" : "Vedtak: søknad om betalingsutsettelse avslått",
                "Sum", sak, krav, idag, kravlinjer(sak, krav),
                List.of("Vi har avslått søknaden din om " + (avtale ? "betalingsavtale" : "utsettelse") + ".", "Begrunnelse: " + grunn),
                List.of("Innkrevingen av kravene fortsetter som før."));
    }

    static Brev avtaleBrutt(Betalingssak sak, Map<UUID, Beskrivelse> krav, LocalDate idag, int misligholdte, long restOre,
                            Regelsett r) {
        return brev("BETALINGSAVTALE_BRUTT", "Betalingsavtalen er falt bort", "Sum", sak, krav, idag, kravlinjer(sak, krav),
                List.of(misligholdte + " avdrag i betalingsavtalen din er ikke betalt innen " + r.karensdager() + " dager etter forfall, og avtalen er derfor falt bort "
                                + dato(idag) + ".",
                        "Det som gjenstår av avtalen, " + kroner(restOre) + ", må nå betales."),
                List.of("Vi fortsetter innkrevingen av kravene med purring og varsel om tvangsinnkreving.",
                        "Du kan søke om en ny betalingsavtale; den vil bli vurdert av en saksbehandler."));
    }

    private static List<Brev.Linje> kravlinjer(Betalingssak sak, Map<UUID, Beskrivelse> krav) {
        List<Brev.Linje> linjer = new ArrayList<>();
        for (Betalingssak.Sakskrav k : sak.krav()) {
            Beskrivelse b = krav.get(k.kravId());
            linjer.add(new Brev.Linje(b.tekst() + (b.kid() == null ? "" : ", KID " + b.kid()), k.beloepOre()));
        }
        return linjer;
    }

    private static Brev brev(String navn, String tittel, String sumtekst, Betalingssak sak, Map<UUID, Beskrivelse> krav,
                             LocalDate idag, List<Brev.Linje> linjer, List<String> innledning, List<String> konsekvenser) {
        Set<String> oppdragsgivere = new LinkedHashSet<>();
        Set<String> typer = new LinkedHashSet<>();
        boolean renter = false;
        for (Betalingssak.Sakskrav k : sak.krav()) {
            Beskrivelse b = krav.get(k.kravId());
            oppdragsgivere.add(b.oppdragsgiver());
            typer.add(b.kravtype());
            renter |= b.forsinkelsesrente();
        }
        var omtale = new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiverne for kravene",
                String.join(", ", typer), sak.krav().size() == 1 ? krav.get(sak.krav().getFirst().kravId()).referanse() : null, null, renter);
        return new Brev(new Brevslag.Melding(navn, tittel, "Saksnummer", sumtekst, innledning, konsekvenser),
                String.valueOf(sak.saksnummer()), idag, Skyldner.av(sak.skyldner()), omtale, linjer, null);
    }
}

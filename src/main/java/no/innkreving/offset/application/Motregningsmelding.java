package no.innkreving.offset.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.ledger.AapenLinje;
import no.innkreving.ledger.KravRedusert;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Brevutsending;
import no.innkreving.letters.Fasttekst;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.domain.Motregningsregel;
import no.innkreving.parties.Skyldner;
import org.springframework.stereotype.Component;

/**
 * The debtor's letter «Melding om motregning»: what was offset against which claim, what is paid out and to which
 * account, and how to complain (one month, the authority's published practice; the letters module adds the general
 * complaint paragraph). Sent in the offset's own transaction, so a letter exists exactly when the offset does.
 */
@Component
class Motregningsmelding {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    // The letter's paragraphs without figures: stored once, not in every letter (decision 0078).
    private static final String HVILKE_KRAV = Fasttekst.fast("Vi har bare motregnet krav som var forfalt til betaling, og ikke "
            + "krav der innkrevingen er stanset fordi en klage har fått utsatt iverksettelse eller du har fått betalingsutsettelse. "
            + "En betalingsavtale hindrer ikke motregning. Eldste forfall er dekket først, og renter og gebyrer før hovedstol.");
    private static final String INGENTING_UTBETALT = Fasttekst.fast("Hele beløpet er brukt til motregning. Ingenting blir utbetalt.");
    private static final String KRAVENE_REDUSERT = Fasttekst.fast("Kravene er redusert med det som er motregnet. Det som eventuelt "
            + "står igjen av et krav, skal fortsatt betales.");
    private static final String KLAGE = Fasttekst.fast("Du kan klage på motregningen innen én måned etter at du fikk denne meldingen, "
            + "for eksempel hvis du trenger pengene for å ha noe å leve av. Klagen stanser ikke motregningen. Har du allerede betalt "
            + "et av kravene, får du tilbake det du har betalt for mye.");

    private static final String TILBAKEBETALING_SPOERSMAAL = Fasttekst.fast("Står det igjen noe av kravet, skal det fortsatt "
            + "betales. Har du spørsmål, kan du kontakte oss.");

    private final Brevutsending utsending;
    private final ClaimTypeCatalogue katalog;
    private final Oppdragsregister oppdrag;
    private final Clock clock;

    Motregningsmelding(Brevutsending utsending, ClaimTypeCatalogue katalog, Oppdragsregister oppdrag, Clock clock) {
        this.utsending = utsending;
        this.katalog = katalog;
        this.oppdrag = oppdrag;
        this.clock = clock;
    }

    /** One letter to send: the amount, when the offset took effect, what the rule did, the debtor's claims' lines. */
    record Melding(Motkrav m, LocalDate virkning, Motregningsregel.Resultat r, Map<UUID, List<AapenLinje>> krav) {
    }

    /**
     * Sends the letters in the caller's transaction, in one go (a batch of an offset run's amounts); returns their
     * documents' ids in the same order.
     */
    List<UUID> send(List<Melding> meldinger) {
        if (meldinger.isEmpty()) return List.of();
        Set<UUID> alleKrav = new HashSet<>();
        for (Melding x : meldinger) alleKrav.addAll(x.r().perKrav().keySet());
        Map<UUID, String> referanser = oppdrag.oppdragsgiversReferanser(alleKrav);
        LocalDate idag = LocalDate.now(clock);
        List<Brev> brev = new ArrayList<>(meldinger.size());
        for (Melding x : meldinger) brev.add(brev(x.m(), x.virkning(), x.r(), x.krav(), referanser, idag));
        return utsending.send(brev).stream().map(Brevutsending.Sendt::dokumentId).toList();
    }

    private Brev brev(Motkrav m, LocalDate virkning, Motregningsregel.Resultat r, Map<UUID, List<AapenLinje>> krav,
                      Map<UUID, String> referanser, LocalDate idag) {
        Map<UUID, Long> perKrav = r.perKrav();
        List<Brev.Linje> linjer = new ArrayList<>();
        Set<String> oppdragsgivere = new LinkedHashSet<>();
        Set<String> typer = new LinkedHashSet<>();
        perKrav.forEach((kravId, ore) -> {
            Kravnavn n = kravnavn(krav.get(kravId).getFirst().kravtype());
            typer.add(n.navn());
            if (n.oppdragsgiver() != null) oppdragsgivere.add(n.oppdragsgiver());
            String ref = referanser.get(kravId);
            linjer.add(new Brev.Linje("Motregnet i " + smaa(n.navn()) + (ref == null ? "" : " (saksnr. " + ref + ")"), ore));
        });
        if (r.utbetalOre() > 0) linjer.add(new Brev.Linje("Utbetales til konto " + Beloepsformat.kontonummerMaskert(m.kontonummer()), r.utbetalOre()));

        long avregnet = r.dekninger().stream().filter(Motregningsregel.Dekning::avregning).mapToLong(Motregningsregel.Dekning::beloepOre).sum();
        List<String> innledning = new ArrayList<>();
        innledning.add("Du har " + Beloepsformat.kroner(m.beloepOre()) + " til gode fra staten (" + smaa(m.art().tekst()) + ", til utbetaling "
                + DATO.format(m.dato()) + ", referanse " + m.referanse() + "). Fordi du har forfalte krav hos oss, har vi brukt "
                + Beloepsformat.kroner(r.motregnetOre()) + " av beløpet til å betale disse kravene (motregning). Motregningen gjelder fra "
                + DATO.format(virkning) + ".");
        if (avregnet > 0)
            innledning.add("Av etterbetalingen fra NAV er " + Beloepsformat.kroner(avregnet) + " avregnet mot tilbakekrevingskrav der NAV har oppgitt "
                    + "ytelser som er tilgjengelige for avregning. Dette er dekket først.");
        innledning.add(HVILKE_KRAV);
        List<String> konsekvenser = new ArrayList<>();
        konsekvenser.add(r.utbetalOre() > 0
                ? "Resten, " + Beloepsformat.kroner(r.utbetalOre()) + ", utbetales til kontonummer " + Beloepsformat.kontonummerMaskert(m.kontonummer()) + "."
                : INGENTING_UTBETALT);
        konsekvenser.add(KRAVENE_REDUSERT);
        konsekvenser.add(KLAGE);

        var omtale = new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiveren for kravet",
                String.join(", ", typer), perKrav.size() == 1 ? referanser.get(perKrav.keySet().iterator().next()) : null, null, false);
        var slag = new Brevslag.Melding("MOTREGNING", "Melding om motregning", "Referanse", "Til gode i alt", innledning, konsekvenser);
        return new Brev(slag, m.referanse(), idag, Skyldner.av(m.skyldner()), omtale, linjer, null);
    }

    /**
     * The debtor's letter «Tilbakebetaling av motregnet beløp»: money offset on a claim that was then
     * lowered or deleted is paid back, to the account the amount came with. Sent in the payback's transaction.
     */
    UUID sendTilbakebetaling(Motkrav m, UUID kravId, String kravtype, long beloepOre, LocalDate dato, KravRedusert.Grunn grunn) {
        Kravnavn n = kravnavn(kravtype);
        String navn = n.navn();
        String oppdragsgiver = n.oppdragsgiver();
        String ref = oppdrag.oppdragsgiversReferanser(Set.of(kravId)).get(kravId);
        String hvorfor = switch (grunn) {
            case KLAGE_TATT_TIL_FOELGE -> "Klagen din er tatt til følge, og kravet er slettet.";
            case AVSKREVET_AV_OPPDRAGSGIVER -> "Oppdragsgiveren har avskrevet kravet.";
            default -> "Oppdragsgiveren har satt ned kravet.";
        };
        List<String> innledning = List.of("Vi har tidligere motregnet beløpet du hadde til gode fra staten (" + smaa(m.art().tekst())
                + ", referanse " + m.referanse() + ") i " + smaa(navn) + (ref == null ? "" : " (saksnr. " + ref + ")") + ". " + hvorfor
                + " Derfor betaler vi tilbake " + Beloepsformat.kroner(beloepOre) + " av det som ble motregnet.");
        List<String> konsekvenser = List.of("Beløpet utbetales til kontonummer " + Beloepsformat.kontonummerMaskert(m.kontonummer()) + ", den samme kontoen som "
                + "beløpet skulle vært utbetalt til. Tilbakebetalingen gjelder fra " + DATO.format(dato) + ".", TILBAKEBETALING_SPOERSMAAL);
        var omtale = new Brev.Kravomtale(oppdragsgiver == null ? "oppdragsgiveren for kravet" : oppdragsgiver, navn, ref, null, false);
        var slag = new Brevslag.Melding("MOTREGNING_TILBAKEBETALT", "Tilbakebetaling av motregnet beløp", "Referanse",
                "Tilbakebetales i alt", innledning, konsekvenser);
        Brev brev = new Brev(slag, m.referanse(), LocalDate.now(clock), Skyldner.av(m.skyldner()), omtale,
                List.of(new Brev.Linje("Utbetales til konto " + Beloepsformat.kontonummerMaskert(m.kontonummer()), beloepOre)), null);
        return utsending.send(List.of(brev)).getFirst().dokumentId();
    }

    /** A claim type as the debtor's letters name it, and its creditor's name (null when the type is not in the catalogue). */
    private record Kravnavn(String navn, String oppdragsgiver) {
    }

    private Kravnavn kravnavn(String kravtype) {
        Kravtype type = katalog.kravtype(kravtype).orElse(null);
        return type == null ? new Kravnavn(kravtype, null)
                : new Kravnavn(type.navnForSkyldner(), katalog.oppdragsgiver(type.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(null));
    }


    private static String smaa(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

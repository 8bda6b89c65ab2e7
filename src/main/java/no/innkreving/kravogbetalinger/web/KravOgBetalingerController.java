package no.innkreving.kravogbetalinger.web;

import static no.innkreving.kravogbetalinger.web.KbSvar.kr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.kravogbetalinger.Kravoversikt;
import no.innkreving.kravogbetalinger.Oversikt;
import no.innkreving.kravogbetalinger.tilgang.KbFeil;
import no.innkreving.kravogbetalinger.tilgang.TilgangTilPart;
import no.innkreving.kravogbetalinger.web.KbSvar.*;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Krav og betalinger v1: the debtor's claims, payments and refunds; who may ask is settled by {@link TilgangTilPart}. */
@RestController
@RequestMapping(path = "/api/innkreving/kravogbetalinger/v1/{rettighetspakke}/{partIdentifikator}",
        produces = MediaType.APPLICATION_JSON_VALUE)
class KravOgBetalingerController {
    private static final String INNBETALINGSTYPE = "bankoverføring";
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final Kravoversikt oversikt;
    private final Fakturering fakturering;
    private final Innkrevingsstanser stanser;

    KravOgBetalingerController(Kravoversikt oversikt, Fakturering fakturering, Innkrevingsstanser stanser) {
        this.oversikt = oversikt;
        this.fakturering = fakturering;
        this.stanser = stanser;
    }

    /** Claims whose enforcement is postponed today by a complaint or appeal (the spec's utsattIverksettelse). */
    private Set<UUID> utsatt(List<Oversikt.Krav> krav) {
        Set<UUID> svar = new HashSet<>();
        stanser.stanserPaa(krav.stream().map(Oversikt.Krav::kravId).toList(), oversikt.idag()).forEach((id, grunner) -> {
            if (grunner.contains(Stansgrunn.UTSATT_IVERKSETTELSE)) svar.add(id);
        });
        return svar;
    }

    @GetMapping("/aapnekrav")
    AapneKrav aapnekrav(TilgangTilPart tilgang) {
        String part = tilgang.partIdentifikator();
        if (!oversikt.kjenner(part)) throw new KbFeil("KB-009", 404, "Ingen treff på oppgitt identifikator.");
        LocalDate idag = oversikt.idag();
        List<Oversikt.Krav> krav = oversikt.aapneKrav(part);
        List<Oversikt.Innbetaling> uplasserte = oversikt.uplasserteInnbetalinger(part);
        Oversikt.Totaler t = Oversikt.Totaler.av(krav, uplasserte, idag);
        List<OversiktPerKravgruppe> grupper = new ArrayList<>();
        t.perKravgruppe().forEach((gruppe, g) -> grupper.add(new OversiktPerKravgruppe(gruppe, kr(g.stipulerteRenterOre()),
                kr(g.forfalteOre()), kr(g.ikkeForfalteOre()), kr(g.saldoOre()))));
        TotalOversikt totalt = new TotalOversikt(kr(t.total().stipulerteRenterOre()), kr(t.total().forfalteOre()),
                kr(t.total().ikkeForfalteOre()), kr(t.uplasserteOre()), kr(t.saldoOre()));
        Set<UUID> utsatt = utsatt(krav);
        return new AapneKrav(part, false, krav.stream().map(k -> krav(part, k, utsatt.contains(k.kravId()))).toList(),
                uplasserte.stream().map(i -> innbetaling(part, i)).toList(), totalt, grupper);
    }

    @GetMapping("/krav")
    KravListe krav(TilgangTilPart tilgang, @RequestParam(required = false) String fraOgMed,
                   @RequestParam(required = false) String tilOgMed) {
        Periode periode = periode(fraOgMed, tilOgMed);
        String part = tilgang.partIdentifikator();
        List<Oversikt.Krav> krav = oversikt.krav(part, periode.fraOgMed(), periode.tilOgMed());
        if (krav.isEmpty()) throw ingenTreff();
        Set<UUID> utsatt = utsatt(krav);
        return new KravListe(part, periode, false, krav.stream().map(k -> krav(part, k, utsatt.contains(k.kravId()))).toList());
    }

    @GetMapping("/innbetalinger")
    InnbetalingListe innbetalinger(TilgangTilPart tilgang, @RequestParam(required = false) String fraOgMed,
                                   @RequestParam(required = false) String tilOgMed) {
        Periode periode = periode(fraOgMed, tilOgMed);
        String part = tilgang.partIdentifikator();
        var liste = oversikt.innbetalinger(part, periode.fraOgMed(), periode.tilOgMed());
        if (liste.isEmpty()) throw ingenTreff();
        return new InnbetalingListe(part, periode, false, liste.stream().map(i -> innbetaling(part, i)).toList());
    }

    @GetMapping("/utbetalinger")
    UtbetalingListe utbetalinger(TilgangTilPart tilgang, @RequestParam(required = false) String fraOgMed,
                                 @RequestParam(required = false) String tilOgMed) {
        Periode periode = periode(fraOgMed, tilOgMed);
        String part = tilgang.partIdentifikator();
        var liste = oversikt.utbetalinger(part, periode.fraOgMed(), periode.tilOgMed());
        if (liste.isEmpty()) throw ingenTreff();
        return new UtbetalingListe(part, periode, false, liste.stream().map(u -> u.motkrav() == null ? new Utbetaling(part,
                u.utbetalingId().toString(), u.dato(), kr(u.beloepOre()),
                new BetaltTil("Tilbakebetaling av for mye innbetalt", new Konto(null, u.tilNavn(), maskert(u.tilKonto()), null, null), "NOK"),
                new GrunnlagForUtbetaling(List.of(new KreditKrav(u.innbetalingId().toString(), kr(-u.beloepOre()), kr(0),
                        kr(u.beloepOre()), Tekst.nb("For mye innbetalt"), "OVERSKYTENDE_INNBETALING", null))),
                "SENDT".equals(u.status()) ? "bekreftet" : "registrert")
                // what was left of an amount the state owed the debtor after offset: the credit (kreditKrav) is that amount
                : new Utbetaling(part, u.utbetalingId().toString(), u.dato(), kr(u.beloepOre()),
                new BetaltTil(u.motkrav().artTekst() + " - utbetalt etter motregning",
                        new Konto(null, u.tilNavn(), maskert(u.tilKonto()), null, null), "NOK"),
                new GrunnlagForUtbetaling(List.of(new KreditKrav(u.motkrav().motkravId().toString(), kr(-u.motkrav().beloepOre()),
                        kr(0), kr(u.beloepOre()), Tekst.nb(u.motkrav().artTekst()), u.motkrav().art(), null))),
                "SENDT".equals(u.status()) ? "bekreftet" : "registrert")).toList());
    }

    private Krav krav(String part, Oversikt.Krav k, boolean utsattIverksettelse) {
        var b = fakturering.betalingsinformasjon();
        Kravperiode periode = kravperiode(k.periode());
        List<Kravforfall> forfall = k.forfall().stream().map(f -> new Kravforfall(f.forfallId(), f.forfallsdato(),
                kr(f.opprinneligOre()), kr(f.gjenstaaendeOre()),
                new Betalingsinformasjon(new Konto(b.bankinformasjon(), null, b.kontonummer(), b.iban(), b.swiftBIC()), f.kid()),
                utsattIverksettelse,
                f.plassert().stream().map(p -> new PlassertInnbetaling(p.innbetalingId().toString(), kr(-p.plassertOre()),
                        p.plassertDato(), p.innbetalingsdato(), kr(p.innbetaltOre()),
                        new KontoHolder(new Konto(null, p.fraNavn(), maskert(p.fraKonto()), null, null)), INNBETALINGSTYPE)).toList(),
                f.motkrav().stream().map(m -> new PlassertMotkrav(m.motkravId().toString(), kr(-m.plassertOre()), m.art(),
                        m.plassertDato(), Tekst.nb(m.artTekst()), m.forfallsdato(), null)).toList())).toList();
        return new Krav(part, k.kravId().toString(), k.kravtype(), kr(k.opprinneligOre()), kr(k.gjenstaaendeOre()), forfall,
                kr(k.stipulerteRenterOre()), Tekst.nb(k.kravbeskrivelse()), periode, k.opprettet(), k.kravgruppe(), "vedtak");
    }

    /** The period the creditor stated for the claim, in the fields of the authority's examples; none if none was stated. */
    static Kravperiode kravperiode(no.innkreving.intake.Kravperiode p) {
        if (p == null) return null;
        String tekst = DATO.format(p.fraDato()) + " - " + DATO.format(p.tilDato());
        String aar = p.fraDato().getYear() == p.tilDato().getYear() ? String.valueOf(p.fraDato().getYear()) : null;
        return new Kravperiode(Tekst.nb(tekst), aar, p.fraDato(), p.tilDato());
    }

    private static Innbetaling innbetaling(String part, Oversikt.Innbetaling i) {
        return new Innbetaling(part, i.innbetalingId().toString(), i.innbetalingsdato(), kr(i.innbetaltOre()),
                kr(i.uplassertOre()), new Kontonummer(i.tilKonto()),
                new KontoHolder(new Konto(null, i.fraNavn(), maskert(i.fraKonto()), null, null)), INNBETALINGSTYPE);
    }

    /** Only the last five digits of the payer's account are shown, as in the published examples. */
    static String maskert(String konto) {
        if (konto == null || konto.length() <= 5) return konto;
        return "*".repeat(konto.length() - 5) + konto.substring(konto.length() - 5);
    }

    private static Periode periode(String fraOgMed, String tilOgMed) {
        if (fraOgMed == null || tilOgMed == null)
            throw new KbFeil("KB-006", 400, "fraOgMed og tilOgMed må oppgis (ÅÅÅÅ-MM-DD).");
        LocalDate fra;
        LocalDate til;
        try {
            fra = LocalDate.parse(fraOgMed);
            til = LocalDate.parse(tilOgMed);
        } catch (DateTimeParseException e) {
            throw new KbFeil("KB-006", 400, "fraOgMed og tilOgMed må være datoer på formen ÅÅÅÅ-MM-DD.");
        }
        if (til.isBefore(fra)) throw new KbFeil("KB-006", 400, "tilOgMed kan ikke være før fraOgMed.");
        if (til.isAfter(fra.plusYears(1))) throw new KbFeil("KB-006", 400, "Perioden kan være høyst ett år.");
        return new Periode(fra, til);
    }

    private static KbFeil ingenTreff() {
        return new KbFeil("KB-007", 404, "Fant ingen krav/betalinger på angitt identifikator og periode.");
    }
}

package no.innkreving.casework.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.casework.application.Kravforeldelse.Linjeforeldelser;
import no.innkreving.dunning.Purringer;
import no.innkreving.dunning.Purringer.Purrestatus;
import no.innkreving.dunning.Purringer.Purresteg;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Avskrivning;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.MotregnetBeloep;
import no.innkreving.ledger.PlassertBeloep;
import no.innkreving.ledger.Saldoer;
import no.innkreving.liens.Utleggspanter;
import no.innkreving.limitation.Foreldelse;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.Motregninger;
import org.springframework.stereotype.Component;

/** The caseworker's picture of one claim, and the limitation watch list. Amounts in øre. */
@Component
public class Kravsaksbilde {
    private final Saldoer saldoer;
    private final Fakturering fakturering;
    private final Kravforeldelse foreldelse;
    private final Purringer purringer;
    private final Utleggspanter utleggspanter;
    private final Motregninger motregninger;
    private final Clock clock;

    Kravsaksbilde(Saldoer saldoer, Fakturering fakturering, Kravforeldelse foreldelse, Purringer purringer, Utleggspanter utleggspanter,
                  Motregninger motregninger, Clock clock) {
        this.utleggspanter = utleggspanter;
        this.motregninger = motregninger;
        this.saldoer = saldoer;
        this.fakturering = fakturering;
        this.foreldelse = foreldelse;
        this.purringer = purringer;
        this.clock = clock;
    }

    /** Where a claim is in collection: the furthest step reached while something is owed (dunning's steps included). */
    public enum Innkrevingssteg { FAKTURERT, PURRET, VARSLET, KLAR_FOR_TVANGSINNKREVING, BETALT, AVSKREVET }

    public enum Hendelsestype { FAKTURA, PURRING, VARSEL_OM_TVANGSFULLBYRDELSE, INNBETALING, FORELDELSE_AVBRUTT, AVSKREVET,
        /** A lien taken (or requested from namsmannen) for the claim, with the letter to the debtor. */
        UTLEGGSPANT, TVANGSSALG_BEGJAERT, UTLEGGSPANT_SLETTET,
        /** An amount the state owed the debtor offset against the claim, with the letter «Melding om motregning». */
        MOTREGNING,
        /** Offset money paid back when the claim was lowered or deleted, with the letter «Tilbakebetaling av motregnet beløp». */
        MOTREGNING_TILBAKEBETALT }

    public record Hendelse(Hendelsestype type, LocalDate dato, UUID dokumentId) {
    }

    public record Linje(String linjetype, long opprinneligOre, long gjenstaaendeOre, Foreldelse foreldelse) {
    }

    public record Bilde(UUID kravidentifikator, String skyldner, Innkrevingssteg innkrevingssteg, List<Hendelse> hendelser,
                        List<Linje> kravlinjer) {
    }

    public record Varsel(UUID kravidentifikator, String skyldner, String linjetype, LocalDate foreldelsesdato) {
    }

    public Optional<Bilde> krav(UUID kravId) {
        Optional<Kravsaldo> saldo = saldoer.saldo(kravId, LocalDate.MAX);
        if (saldo.isEmpty()) return Optional.empty();
        Linjeforeldelser lf = foreldelse.beregn(List.of(saldo.get())).get(kravId);
        List<Avskrivning> avskrevet = saldoer.avskrivninger(List.of(kravId));

        List<Hendelse> hendelser = new ArrayList<>();
        for (Faktura f : fakturering.forKrav(List.of(kravId)))
            if (f.type() == Faktura.Type.FAKTURA)
                hendelser.add(new Hendelse(Hendelsestype.FAKTURA, f.fakturadato(), fakturering.dokumentId(f.fakturanummer()).orElse(null)));
        Set<UUID> innbetalinger = new HashSet<>();
        for (PlassertBeloep p : saldoer.plasseringer(List.of(kravId)))
            if (p.beloepOre() > 0 && innbetalinger.add(p.innbetalingId()))
                hendelser.add(new Hendelse(Hendelsestype.INNBETALING, p.plassertDato(), null));
        // each amount owed to the debtor that was offset against the claim, with its letter (Melding om motregning)
        List<UUID> motkrav = saldoer.motregnet(List.of(kravId)).stream().map(MotregnetBeloep::motkravId).distinct().toList();
        for (Motkrav m : motregninger.medIder(motkrav))
            hendelser.add(new Hendelse(Hendelsestype.MOTREGNING, m.virkningsdato(), m.dokumentId()));
        for (var t : motregninger.tilbakebetalinger(List.of(kravId)))
            hendelser.add(new Hendelse(Hendelsestype.MOTREGNING_TILBAKEBETALT, t.dato(), t.dokumentId()));
        for (LocalDate d : lf.avbrutt()) hendelser.add(new Hendelse(Hendelsestype.FORELDELSE_AVBRUTT, d, null));
        for (Avskrivning a : avskrevet) hendelser.add(new Hendelse(Hendelsestype.AVSKREVET, a.dato(), null));
        Purrestatus purring = purringer.status(kravId);
        for (Purresteg p : purring.steg())
            hendelser.add(new Hendelse(Hendelsestype.valueOf(p.type()), p.dato(), p.dokumentId()));
        for (Utleggspanter.Panthendelse p : utleggspanter.forKrav(kravId))
            hendelser.add(new Hendelse(switch (p.status()) {
                case BEGJAERT_HOS_NAMSMANNEN, REGISTRERT -> Hendelsestype.UTLEGGSPANT;
                case TVANGSSALG_BEGJAERT -> Hendelsestype.TVANGSSALG_BEGJAERT;
                case SLETTET -> Hendelsestype.UTLEGGSPANT_SLETTET;
            }, p.dato(), p.dokumentId()));
        hendelser.sort(Comparator.comparing(Hendelse::dato).thenComparing(Hendelse::type));

        Kravsaldo s = saldo.get();
        Innkrevingssteg steg = s.gjenstaaendeOre() > 0 ? aapentSteg(purring)
                : avskrevet.isEmpty() ? Innkrevingssteg.BETALT : Innkrevingssteg.AVSKREVET;
        List<Linje> linjer = s.linjer().stream().map(l -> new Linje(linjetype(l), l.opprinneligOre(), l.gjenstaaendeOre(),
                lf.perLinje().get(l.kravlinjeId()))).toList();
        return Optional.of(new Bilde(kravId, s.skyldner(), steg, hendelser, linjer));
    }

    private static Innkrevingssteg aapentSteg(Purrestatus purring) {
        if (purring.klarForTvangsinnkreving()) return Innkrevingssteg.KLAR_FOR_TVANGSINNKREVING;
        Set<String> typer = new HashSet<>();
        for (Purresteg p : purring.steg()) typer.add(p.type());
        if (typer.contains("VARSEL_OM_TVANGSFULLBYRDELSE")) return Innkrevingssteg.VARSLET;
        return typer.contains("PURRING") ? Innkrevingssteg.PURRET : Innkrevingssteg.FAKTURERT;
    }

    /** Open claim lines whose limitation date is no later than {@code innenDager} days from today, earliest first. */
    public List<Varsel> foreldelseInnen(int innenDager) {
        LocalDate grense = LocalDate.now(clock).plusDays(innenDager);
        List<Kravsaldo> aapne = saldoer.saldoer(saldoer.kravMedAapneLinjer(), LocalDate.MAX);
        List<Varsel> svar = new ArrayList<>();
        foreldelse.beregn(aapne).values().forEach(lf -> {
            for (Linjesaldo l : lf.saldo().linjer()) {
                LocalDate dato = lf.perLinje().get(l.kravlinjeId()).dato();
                if (l.gjenstaaendeOre() > 0 && !dato.isAfter(grense))
                    svar.add(new Varsel(lf.saldo().kravId(), lf.saldo().skyldner(), linjetype(l), dato));
            }
        });
        svar.sort(Comparator.comparing(Varsel::foreldelsesdato).thenComparing(v -> v.kravidentifikator().toString()));
        return svar;
    }

    /** The line's type as the creditor API names it; our late-payment interest is an interest line too. */
    private static String linjetype(Linjesaldo l) {
        return l.linjetype().name();
    }
}

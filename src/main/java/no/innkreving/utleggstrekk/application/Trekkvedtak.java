package no.innkreving.utleggstrekk.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.dunning.Purringer;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;
import no.innkreving.parties.Register;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.trekkpaalegg.Trekkpaalegg;
import no.innkreving.trekkpaalegg.Trekkpaaleggsregister;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import no.innkreving.trekkpaalegg.UgyldigEndring;
import no.innkreving.utleggstrekk.domain.Kravrekkefoelge;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables.Trekk;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables.Vedtak;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caseworker's garnishment decisions: decide, change the size, stop. Each is one transaction that checks every rule
 * first (nothing stored when one fails), records who, when and why, sends the debtor a letter, and publishes the
 * order's new version last (its sequence number's lock is then held only for the commit; decision 0044).
 */
@Component
public class Trekkvedtak {
    static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UtleggstrekkTables tables;
    private final Trekkpaaleggsregister paalegg;
    private final Saldoer saldoer;
    private final Purringer purringer;
    private final Innkrevingsstanser stanser;
    private final Fakturering fakturering;
    private final Fristavbruddsregister fristavbrudd;
    private final Trekkbrev brev;
    private final ClaimTypeCatalogue katalog;
    private final Register register;
    private final Trekkgrense grense;
    private final Samordning samordning;
    private final Clock clock;

    Trekkvedtak(UtleggstrekkTables tables, Trekkpaaleggsregister paalegg, Saldoer saldoer, Purringer purringer,
                Innkrevingsstanser stanser, Fakturering fakturering, Fristavbruddsregister fristavbrudd, Trekkbrev brev,
                ClaimTypeCatalogue katalog, Register register, Trekkgrense grense, Samordning samordning, Clock clock) {
        this.samordning = samordning;
        this.tables = tables;
        this.paalegg = paalegg;
        this.saldoer = saldoer;
        this.purringer = purringer;
        this.stanser = stanser;
        this.fakturering = fakturering;
        this.fristavbrudd = fristavbrudd;
        this.brev = brev;
        this.katalog = katalog;
        this.register = register;
        this.grense = grense;
        this.clock = clock;
    }

    /** A decision asked for; {@code krav} as listed by the caseworker. */
    public record NyttTrekk(String skyldner, String trekkpliktig, List<UUID> krav, Trekkstoerrelse stoerrelse,
                            LocalDate startdato, String begrunnelse, Husstandsopplysninger husstand) {
    }

    /** @param krav every claim the order covers, in the order its money covers them */
    public record Besluttet(UUID trekkid, String saksnummer, String kidnummer, int trekkversjon, long sekvensnummer,
                            List<UUID> krav, UUID dokumentId) {
    }

    @Transactional
    public Besluttet beslutt(NyttTrekk n, String saksbehandler) {
        LocalDate idag = LocalDate.now(clock);
        if (n.skyldner() == null || !Foedselsnummer.erGyldig(n.skyldner()))
            throw new Avvist(422, "ugyldig-skyldner", "skyldner", "skyldner må være et gyldig fødselsnummer eller d-nummer");
        String trekkpliktigNavn = trekkpliktigNavn(n.trekkpliktig());
        if (n.krav() == null || n.krav().isEmpty())
            throw new Avvist(422, "krav-mangler", "krav", "krav må liste minst én kravidentifikator");
        if (new LinkedHashSet<>(n.krav()).size() != n.krav().size())
            throw new Avvist(422, "krav-gjentatt", "krav", "Samme kravidentifikator står flere ganger i krav");
        startdato(n.startdato(), idag);

        Map<UUID, Kravsaldo> saldo = new HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(n.krav(), LocalDate.MAX)) saldo.put(s.kravId(), s);
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(n.krav(), idag);
        for (UUID k : n.krav()) {
            Kravsaldo s = saldo.get(k);
            if (s == null || !s.skyldner().equals(n.skyldner()))
                throw new Avvist(422, "ukjent-krav", "krav", "Kravet " + k + " finnes ikke hos skyldneren");
            if (s.gjenstaaendeOre() <= 0)
                throw new Avvist(422, "krav-er-betalt", "krav", "Kravet " + k + " er betalt; det er ikke noe å trekke for");
            if (stans.containsKey(k))
                throw new Avvist(422, "krav-er-stanset", "krav", "Innkrevingen av kravet " + k + " er stanset ("
                        + stansetekst(stans.get(k)) + "); utleggstrekk kan ikke besluttes mens stansen varer");
            if (!purringer.status(k).klarForTvangsinnkreving())
                throw new Avvist(422, "krav-ikke-klart-for-tvangsinnkreving", "krav", "Kravet " + k
                        + " er ikke klart for tvangsinnkreving: fristen i varselet om tvangsfullbyrdelse (tvangsfullbyrdelsesloven § 4-18) er ikke ute");
        }
        Optional<UUID> finnes = tables.aktivt(n.skyldner(), n.trekkpliktig());
        if (finnes.isPresent())
            throw new Avvist(409, "utleggstrekk-finnes", "trekkpliktig", "Skyldneren har allerede et aktivt utleggstrekk hos denne trekkpliktige ("
                    + finnes.get() + "); ett samordnet trekk per skyldner og trekkpliktig: endre det med PUT");
        Trekkgrense.Vurdering vurdering = grense.vurder(n.skyldner(), n.trekkpliktig(), n.stoerrelse(), kravgrunnlag(n.krav(), saldo),
                n.husstand(), idag);
        vurdering.avvisning().ifPresent(grunn -> {
            throw new Avvist(422, "trekk-over-trekkrom", n.stoerrelse() instanceof Trekkstoerrelse.Prosent ? "prosent" : "beloepPerMaaned", grunn);
        });

        // one coordinated order covers every claim of the debtor ready for enforcement and not on hold (2026 act)
        Set<UUID> alle = new LinkedHashSet<>(n.krav());
        alle.addAll(samordning.andreKlareKrav(n.skyldner(), alle, idag, saldo));
        List<UUID> rekkefoelge = samordning.rekkefoelge(alle, saldo);

        UUID trekkid = UUID.randomUUID();
        String saksnummer = paalegg.nyttSaksnummer(idag);
        String kid = fakturering.utstedKid(n.skyldner(), rekkefoelge, KravForKid.UTLEGGSTREKK + trekkid);
        try {
            tables.nyttTrekk(new Trekk(trekkid, n.skyldner(), n.trekkpliktig(), kid, saksnummer, "AKTIV", idag, rekkefoelge));
        } catch (DuplicateKeyException e) {
            throw new Avvist(409, "utleggstrekk-finnes", "trekkpliktig",
                    "Skyldneren fikk nettopp et aktivt utleggstrekk hos denne trekkpliktige; ett samordnet trekk per skyldner og trekkpliktig");
        }
        // an enforcement step interrupts limitation (foreldelsesloven § 17 nr. 2), dated the decision's day
        for (UUID k : rekkefoelge) fristavbrudd.registrer(k, idag, Fristavbrudd.Slag.UTLEGG, "utleggstrekk:" + trekkid);
        String begrunnelse = tekst(n.begrunnelse(), "Kravene er forfalt og ikke betalt etter varsel om tvangsfullbyrdelse");
        UUID dokument = brev.send(idag, n.skyldner(), saksnummer, "Vedtak om utleggstrekk", rekkefoelge, saldo,
                medForklaring(vedtakstekst(trekkpliktigNavn, n.trekkpliktig(), n.stoerrelse(), n.startdato(), kid, begrunnelse),
                        vurdering.forklaring()),
                List.of("Trekket løper til kravene er betalt. Endrer inntekten eller utgiftene dine seg vesentlig, kan du be oss vurdere trekket på nytt (tvangsfullbyrdelsesloven § 7-26).",
                        "Du kan klage på vedtaket så lenge trekket løper. Klagen sendes skriftlig til oss; vi vurderer saken på nytt før den eventuelt sendes videre. Trekket løper mens klagen behandles."));
        long rest = rekkefoelge.stream().mapToLong(k -> saldo.get(k).gjenstaaendeOre()).sum();
        brev.tilTrekkpliktig(idag, n.trekkpliktig(), saksnummer, "Pålegg om utleggstrekk", rest,
                paaleggstekst(n.skyldner(), n.stoerrelse(), n.startdato(), kid, Trekkperiode.sisteDag(katalog, rekkefoelge.stream().map(saldo::get).toList(), idag), trekkid),
                List.of("Dere er ansvarlige for beløp som ikke blir trukket eller ikke blir betalt inn som pålagt (tvangsfullbyrdelsesloven § 7-22). "
                                + "Faller ytelsen til skyldneren bort i trekkperioden, skal dere straks gi oss beskjed.",
                        "Trekket skal ikke stanses i ferietiden, før jul eller når det utbetales feriepenger, uten at vi har bestemt det."));
        Trekkpaalegg t = paalegg.opprett(trekkid, saksnummer, n.trekkpliktig(), n.skyldner(), kid, n.startdato(), n.stoerrelse());
        tables.vedtak(vedtak(t, "BESLUTTET", saksbehandler, begrunnelse, n.stoerrelse(), n.startdato(), dokument));
        return new Besluttet(trekkid, saksnummer, kid, t.trekkversjon(), t.sekvensnummer(), rekkefoelge, dokument);
    }

    /** A new size from {@code startdato}, in a new version of the order. */
    @Transactional
    public Trekkpaalegg endre(UUID trekkid, Trekkstoerrelse stoerrelse, LocalDate startdato, String begrunnelse,
                              Husstandsopplysninger husstand, String saksbehandler) {
        LocalDate idag = LocalDate.now(clock);
        Trekk trekk = aktivt(trekkid);
        startdato(startdato, idag);
        try {
            paalegg.kanEndres(trekkid, startdato, stoerrelse);
        } catch (UgyldigEndring e) {
            throw new Avvist(422, "ugyldig-endring", e.felt(), e.getMessage());
        }
        Trekkgrense.Vurdering vurdering = grense.vurder(trekk.skyldner(), trekk.trekkpliktig(), stoerrelse,
                kravgrunnlag(trekk.krav(), saldo(trekk.krav())), husstand, idag);
        vurdering.avvisning().ifPresent(grunn -> {
            throw new Avvist(422, "trekk-over-trekkrom", stoerrelse instanceof Trekkstoerrelse.Prosent ? "prosent" : "beloepPerMaaned", grunn);
        });
        String hvorfor = tekst(begrunnelse, "Trekkets størrelse er vurdert på nytt");
        Map<UUID, Kravsaldo> saldo = saldo(trekk.krav());
        UUID dokument = brev.send(idag, trekk.skyldner(), trekk.saksnummer(), "Vedtak om endret utleggstrekk", trekk.krav(), saldo,
                medForklaring(List.of("Vi har endret utleggstrekket i saken " + trekk.saksnummer() + " hos " + trekkpliktigNavn(trekk.trekkpliktig())
                                + " (org.nr. " + trekk.trekkpliktig() + "). Fra og med " + DATO.format(startdato) + " trekkes "
                                + stoerrelsetekst(stoerrelse) + ".",
                        "Begrunnelse: " + hvorfor), vurdering.forklaring()),
                List.of("Du kan klage på vedtaket så lenge trekket løper. Klagen sendes skriftlig til oss."));
        brev.tilTrekkpliktig(idag, trekk.trekkpliktig(), trekk.saksnummer(), "Endret pålegg om utleggstrekk", sum(saldo),
                List.of("Utleggstrekket i saken " + trekk.saksnummer() + " (trekkid " + trekkid + ") for " + skyldnertekst(trekk.skyldner())
                        + " er endret. Fra og med " + DATO.format(startdato) + " skal dere trekke " + stoerrelsetekst(stoerrelse)
                        + ". Til og med dagen før gjelder det forrige pålegget.", kontakt()),
                List.of());
        Trekkpaalegg t = paalegg.endre(trekkid, startdato, stoerrelse);
        tables.vedtak(vedtak(t, "ENDRET", saksbehandler, hvorfor, stoerrelse, startdato, dokument));
        return t;
    }

    /** Stops the order today, in a closing version. */
    @Transactional
    public Trekkpaalegg stopp(UUID trekkid, String begrunnelse, String saksbehandler) {
        LocalDate idag = LocalDate.now(clock);
        Trekk trekk = aktivt(trekkid);
        String hvorfor = tekst(begrunnelse, "Utleggstrekket er stanset av saksbehandler");
        Map<UUID, Kravsaldo> saldo = saldo(trekk.krav());
        UUID dokument = brev.send(idag, trekk.skyldner(), trekk.saksnummer(), "Utleggstrekket er stanset", trekk.krav(), saldo,
                List.of("Utleggstrekket i saken " + trekk.saksnummer() + " hos " + trekkpliktigNavn(trekk.trekkpliktig())
                        + " er stanset fra og med " + DATO.format(idag) + ". Det trekkes ikke mer etter dette vedtaket.", "Begrunnelse: " + hvorfor),
                List.of("Kravene nedenfor er ikke betalt i sin helhet og kreves fortsatt inn."));
        brev.tilTrekkpliktig(idag, trekk.trekkpliktig(), trekk.saksnummer(), "Opphør av pålegg om utleggstrekk", sum(saldo),
                List.of("Utleggstrekket i saken " + trekk.saksnummer() + " (trekkid " + trekkid + ") for " + skyldnertekst(trekk.skyldner())
                        + " er stanset. Dere skal ikke trekke etter " + DATO.format(idag) + ".", kontakt()),
                List.of());
        Trekkpaalegg t;
        try {
            t = paalegg.avslutt(trekkid);
        } catch (UgyldigEndring e) {
            throw new Avvist(409, "utleggstrekk-avsluttet", e.felt(), e.getMessage());
        }
        tables.avsluttet(trekkid, idag);
        tables.vedtak(vedtak(t, "STANSET", saksbehandler, hvorfor, null, null, dokument));
        return t;
    }

    private Trekk aktivt(UUID trekkid) {
        Trekk trekk = tables.laast(trekkid).orElseThrow(() -> new Avvist(404, "ukjent-utleggstrekk", "trekkid", "Ukjent trekkid " + trekkid));
        if (!"AKTIV".equals(trekk.status()))
            throw new Avvist(409, "utleggstrekk-avsluttet", "trekkid", "Utleggstrekket er avsluttet; et nytt trekk får ny trekkid og KID");
        return trekk;
    }

    private String trekkpliktigNavn(String trekkpliktig) {
        if (trekkpliktig == null || !Organisasjonsnummer.erGyldig(trekkpliktig))
            throw new Avvist(422, "ugyldig-trekkpliktig", "trekkpliktig", "trekkpliktig må være et gyldig organisasjonsnummer (ni sifre)");
        Register.EnhetOppslag enhet = register.enheter(List.of(trekkpliktig)).get(trekkpliktig);
        if (enhet == null) throw new Avvist(422, "ukjent-trekkpliktig", "trekkpliktig", "Organisasjonsnummeret finnes ikke i Enhetsregisteret");
        if (enhet.status() != Register.EnhetStatus.AKTIV)
            throw new Avvist(422, "trekkpliktig-er-ikke-aktiv", "trekkpliktig", "Den trekkpliktige er " + enhet.status().name().toLowerCase() + " i Enhetsregisteret");
        return enhet.navn();
    }

    private static void startdato(LocalDate startdato, LocalDate idag) {
        if (startdato == null) throw new Avvist(422, "startdato-mangler", "startdato", "startdato mangler");
        if (!startdato.isAfter(idag))
            throw new Avvist(422, "ugyldig-startdato", "startdato", "startdato er tidligst i morgen (" + idag.plusDays(1) + ")");
    }

    private Map<UUID, Kravsaldo> saldo(List<UUID> krav) {
        Map<UUID, Kravsaldo> saldo = new HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(krav, LocalDate.MAX)) saldo.put(s.kravId(), s);
        return saldo;
    }

    private static List<String> vedtakstekst(String trekkpliktigNavn, String trekkpliktig, Trekkstoerrelse stoerrelse,
                                             LocalDate startdato, String kid, String begrunnelse) {
        return List.of(
                "Vi har besluttet utleggstrekk i lønn, pensjon eller trygd du får fra " + trekkpliktigNavn + " (org.nr. " + trekkpliktig
                        + "), etter tvangsfullbyrdelsesloven § 7-21 og dekningsloven § 2-7. Fra og med " + DATO.format(startdato)
                        + " trekkes " + stoerrelsetekst(stoerrelse) + ".",
                "Trekket gjelder kravene nedenfor. De er forfalt og ikke betalt etter varsel om tvangsfullbyrdelse (tvangsfullbyrdelsesloven § 4-18). "
                        + "Alle kravene dine som er klare for tvangsinnkreving, er samlet i dette ene trekket (samordnet trekk).",
                "Trekket er satt slik at du og husstanden din beholder det som trengs til livsopphold (dekningsloven § 2-7). "
                        + "Den trekkpliktige betaler det som trekkes til oss med KID " + kid + ", og pengene dekker kravene i den rekkefølgen de står nedenfor (dekningsloven § 2-8).",
                "Begrunnelse: " + begrunnelse);
    }

    /** What the payer is told when an order is made: 004's elements that the API's fields do not carry. */
    private List<String> paaleggstekst(String skyldner, Trekkstoerrelse stoerrelse, LocalDate startdato, String kid, LocalDate periodeSlutt,
                                       UUID trekkid) {
        var m = paalegg.betalingsmottaker();
        return List.of(
                "Innkrevingsmyndigheten (organisasjonsnummer " + m.betalingsmottaker() + ") har besluttet utleggstrekk (tvangsfullbyrdelsesloven § 7-21) "
                        + "i lønn, pensjon, trygd eller annen ytelse dere betaler ut til " + skyldnertekst(skyldner) + ".",
                "Fra og med " + DATO.format(startdato) + " skal dere trekke " + stoerrelsetekst(stoerrelse) + ", ved siden av forskuddstrekket "
                        + "(dekningsloven § 2-7). Et månedsbeløp skal trekkes i sin helhet innen måneden.",
                "Det som trekkes, betales til konto " + m.kontonummer() + " med KID " + kid + ". Utbetales ytelsen oftere enn månedlig, "
                        + "kan det trukne betales månedlig (tvangsfullbyrdelsesloven § 7-22).",
                (periodeSlutt == null ? "Trekket løper til kravene er betalt; loven setter ingen tidsgrense for disse kravene."
                        : "Trekket kan løpe til og med " + DATO.format(periodeSlutt) + " (dekningsloven § 2-7 tredje ledd)")
                        + " Det stopper når kravene er betalt, og dere får da beskjed.",
                "Pålegget er også publisert i Trekkpålegg API med trekkid " + trekkid + "; endringer kommer som nye versjoner der og i brev.",
                kontakt());
    }

    private String kontakt() {
        return "Henvendelser om trekket: " + paalegg.betalingsmottaker().kontakt() + ".";
    }

    /** The debtor as the payer's letter names them: name, fødselsnummer and address from the population register. */
    private String skyldnertekst(String skyldner) {
        Register.Kontaktinfo k = register.kontaktinfo(List.of(skyldner)).get(skyldner);
        if (k == null) return "skyldneren med fødselsnummer " + skyldner;
        String adresse = k.adresse() == null ? "" : ", " + k.adresse() + (k.postnummer() == null ? "" : ", " + k.postnummer() + " " + k.poststed());
        return k.navn() + " (fødselsnummer " + skyldner + adresse + ")";
    }

    /** The order's claims as the rule weighs them: the best § 2-8 group among them, what remains, the longest period. */
    private Trekkgrense.Kravgrunnlag kravgrunnlag(List<UUID> krav, Map<UUID, Kravsaldo> saldo) {
        char gruppe = 'e';
        long rest = 0;
        for (UUID k : krav) {
            Kravsaldo s = saldo.get(k);
            if (s == null) continue;
            rest += s.gjenstaaendeOre();
            char g = katalog.kravtype(s.kravtype()).map(Kravtype::prioritetsgruppe).orElse('e');
            if (Character.toLowerCase(g) < gruppe) gruppe = Character.toLowerCase(g);
        }
        return new Trekkgrense.Kravgrunnlag(gruppe, rest);
    }

    /** The decision's paragraphs, then how the rule computed what may be taken, line by line, each citing its rule. */
    private static List<String> medForklaring(List<String> tekst, List<String> forklaring) {
        if (forklaring.isEmpty()) return tekst;
        List<String> alle = new ArrayList<>(tekst);
        alle.add("Slik er det beregnet hva som kan trekkes (dekningsloven § 2-7):");
        alle.addAll(forklaring);
        return alle;
    }

    private static long sum(Map<UUID, Kravsaldo> saldo) {
        return saldo.values().stream().mapToLong(Kravsaldo::gjenstaaendeOre).sum();
    }

    static String stoerrelsetekst(Trekkstoerrelse s) {
        return switch (s) {
            case Trekkstoerrelse.Beloep b -> Belop.kroner(b.ore()) + " kroner per måned";
            case Trekkstoerrelse.Prosent p -> p.prosent().stripTrailingZeros().toPlainString().replace('.', ',') + " prosent av hver brutto utbetaling";
        };
    }

    static Vedtak vedtak(Trekkpaalegg t, String handling, String saksbehandler, String begrunnelse, Trekkstoerrelse s,
                         LocalDate startdato, UUID dokument) {
        Long ore = s instanceof Trekkstoerrelse.Beloep b ? b.ore() : null;
        BigDecimal prosent = s instanceof Trekkstoerrelse.Prosent p ? p.prosent() : null;
        return new Vedtak(t.trekkid(), t.trekkversjon(), handling, saksbehandler, t.opprettet(), begrunnelse, ore, prosent, startdato, dokument);
    }

    private static String tekst(String gitt, String standard) {
        return gitt == null || gitt.isBlank() ? standard : gitt.strip();
    }

    private static String stansetekst(Stansgrunn g) {
        return switch (g) {
            case UTSATT_IVERKSETTELSE -> "klage med utsatt iverksettelse";
            case BETALINGSAVTALE -> "betalingsavtale";
            case BETALINGSUTSETTELSE -> "betalingsutsettelse";
        };
    }
}

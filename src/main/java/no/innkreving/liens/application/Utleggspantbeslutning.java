package no.innkreving.liens.application;

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
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.dunning.Purringer;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevutsending;
import no.innkreving.liens.domain.Pantebrevtekst;
import no.innkreving.liens.domain.Rettsvern;
import no.innkreving.liens.domain.Utleggspantregler;
import no.innkreving.liens.domain.Utleggspantregler.Kravavslag;
import no.innkreving.liens.domain.Utleggspantregler.Kravfakta;
import no.innkreving.liens.persistence.UtleggspantTables;
import no.innkreving.liens.persistence.UtleggspantTables.Lagret;
import no.innkreving.liens.persistence.UtleggspantTables.Pantekrav;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.Formuesgodeart;
import no.innkreving.parties.Formuesgoderegister;
import no.innkreving.parties.Register;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import org.springframework.stereotype.Component;

/**
 * A caseworker takes a lien in a debtor's asset for their claims: checks that the asset is the debtor's in the asset
 * register and that every claim may be enforced, then in one transaction under the debtor's lock records the lien,
 * sends the debtor the letter with the complaint deadline, makes the request to namsmannen for movables, and records
 * the interruption of limitation of each claim on the day (foreldelsesloven § 17 nr. 2 for our own lien, § 17 nr. 1
 * for a request to the enforcement officer). A refusal writes nothing.
 */
@Component
public class Utleggspantbeslutning {
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final Formuesgoderegister formuesgoder;
    private final Register register;
    private final Saldoer saldoer;
    private final Purringer purringer;
    private final Innkrevingsstanser stanser;
    private final Bokfoering bokfoering;
    private final UtleggspantTables tables;
    private final Brevutsending utsending;
    private final Fristavbruddsregister fristavbrudd;
    private final ClaimTypeCatalogue katalog;
    private final Clock clock;

    Utleggspantbeslutning(Formuesgoderegister formuesgoder, Register register, Saldoer saldoer, Purringer purringer,
                          Innkrevingsstanser stanser, Bokfoering bokfoering, UtleggspantTables tables, Brevutsending utsending,
                          Fristavbruddsregister fristavbrudd, ClaimTypeCatalogue katalog, Clock clock) {
        this.formuesgoder = formuesgoder;
        this.register = register;
        this.saldoer = saldoer;
        this.purringer = purringer;
        this.stanser = stanser;
        this.bokfoering = bokfoering;
        this.tables = tables;
        this.utsending = utsending;
        this.fristavbrudd = fristavbrudd;
        this.katalog = katalog;
        this.clock = clock;
    }

    /** The outcome: the lien as recorded, or why not (with the request field it concerns). */
    public sealed interface Utfall {
        record Tatt(Lagret pant) implements Utfall {
        }

        record Avvist(String type, String tittel, String detalj, String felt) implements Utfall {
        }
    }

    public Utfall ta(Skyldner skyldner, Formuesgodeart art, String identifikator, List<UUID> krav, String saksbehandler,
                     String begrunnelse) {
        Optional<Formuesgode> funnet = formuesgoder.finn(art, identifikator);
        if (funnet.isEmpty())
            return new Utfall.Avvist("ukjent-formuesgode", "Ukjent formuesgode",
                    "Formuesgoderegisteret har ikke " + art + " " + identifikator, "formuesgode.identifikator");
        Formuesgode gode = funnet.get();
        if (!gode.eier().equals(skyldner.identifikator()))
            return new Utfall.Avvist("formuesgode-tilhoerer-ikke-skyldner", "Formuesgodet er ikke skyldnerens",
                    "Formuesgodet står ikke på skyldneren i formuesgoderegisteret", "formuesgode.identifikator");
        return bokfoering.forSkyldnere(List.of(skyldner.identifikator()), e -> ta(skyldner, gode, krav, saksbehandler, begrunnelse));
    }

    private Utfall ta(Skyldner skyldner, Formuesgode gode, List<UUID> krav, String saksbehandler, String begrunnelse) {
        LocalDate idag = LocalDate.now(clock);
        Map<UUID, Kravsaldo> saldo = new HashMap<>();
        for (Kravsaldo s : saldoer.saldoer(krav, LocalDate.MAX)) saldo.put(s.kravId(), s);
        Map<UUID, Stansgrunn> stans = stanser.stansetPaa(krav, idag);
        List<Kravfakta> fakta = new ArrayList<>();
        for (UUID id : krav) {
            Kravsaldo s = saldo.get(id);
            boolean klar = s != null && s.skyldner().equals(skyldner.identifikator()) && purringer.status(id).klarForTvangsinnkreving();
            fakta.add(new Kravfakta(id, s == null ? null : s.skyldner(), s == null ? 0 : s.gjenstaaendeOre(), klar,
                    stans.containsKey(id) ? stans.get(id).name() : null));
        }
        Optional<Kravavslag> avslag = Utleggspantregler.provKrav(skyldner.identifikator(), fakta);
        if (avslag.isPresent()) {
            Kravavslag a = avslag.get();
            return new Utfall.Avvist(a.type(), a.tittel(), a.detalj(), "krav[" + a.indeks() + "]");
        }
        // the same claims twice on one asset is a request sent twice, not a second lien
        for (Lagret l : tables.aktiveForSkyldner(skyldner.identifikator()))
            if (l.art() == gode.art() && l.identifikator().equals(gode.identifikator())
                    && l.krav().stream().anyMatch(k -> krav.contains(k.kravId())))
                return new Utfall.Avvist("formuesgode-har-utleggspant-for-kravet", "Utleggspant finnes",
                        "Formuesgodet har allerede utleggspant UP-" + l.saksnummer() + " for et av kravene", "krav");

        Rettsvern rettsvern = Rettsvern.for_(gode.art());
        LocalDate klagefrist = Utleggspantregler.klagefrist(idag);
        UUID id = Tidsordnet.uuid();
        List<Pantekrav> pantekrav = krav.stream().map(k -> new Pantekrav(k, saldo.get(k).gjenstaaendeOre())).toList();
        long saksnummer = tables.settInn(new UtleggspantTables.Nytt(id, skyldner.identifikator(), gode.art(), gode.identifikator(),
                gode.beskrivelse(), rettsvern, idag, klagefrist, saksbehandler, pantekrav), clock.instant());
        String hvorfor = begrunnelse != null && !begrunnelse.isBlank() ? begrunnelse.strip()
                : rettsvern == Rettsvern.BEGJAERING_NAMSMANNEN ? "Begjæring om utlegg sendt namsmannen"
                : "Utleggspant besluttet; rettsvern ved " + rettsvern.tekst();
        tables.hendelse(id, rettsvern.startstatus(), idag, clock.instant(), saksbehandler, hvorfor);

        List<Brev.Linje> linjer = new ArrayList<>();
        Set<String> oppdragsgivere = new LinkedHashSet<>();
        Set<String> typer = new LinkedHashSet<>();
        boolean renter = false;
        for (UUID k : krav) {
            Kravsaldo s = saldo.get(k);
            Optional<Kravtype> type = katalog.kravtype(s.kravtype());
            String oppdragsgiver = katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver());
            String beskrivelse = type.map(Kravtype::navnForSkyldner).orElse(s.kravtype());
            renter |= type.map(Kravtype::forsinkelsesrente).orElse(false);
            oppdragsgivere.add(oppdragsgiver);
            typer.add(beskrivelse);
            linjer.add(new Brev.Linje(oppdragsgiver + ": " + beskrivelse, s.gjenstaaendeOre()));
        }
        var omtale = new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiverne for kravene",
                String.join(", ", typer), null, null, renter);
        UUID brev = utsending.send(List.of(new Brev(Pantebrevtekst.melding(gode, rettsvern, idag, klagefrist, krav.size()),
                "UP-" + saksnummer, idag, skyldner, omtale, linjer, null))).getFirst().dokumentId();

        byte[] begjaering = rettsvern == Rettsvern.BEGJAERING_NAMSMANNEN
                ? begjaering(skyldner, gode, saksnummer, idag, saksbehandler, krav, saldo, linjer) : null;
        tables.settDokumenter(id, brev, begjaering);
        for (UUID k : krav) fristavbrudd.registrer(k, idag, Fristavbrudd.Slag.UTLEGG, "utleggspant:" + id);
        return new Utfall.Tatt(tables.hent(id, false).orElseThrow());
    }

    /** The request to the local enforcement officer where the debtor lives (tvangsfullbyrdelsesloven § 7-3, kap. 7). */
    private byte[] begjaering(Skyldner skyldner, Formuesgode gode, long saksnummer, LocalDate idag, String saksbehandler,
                              List<UUID> krav, Map<UUID, Kravsaldo> saldo, List<Brev.Linje> linjer) {
        Register.Kontaktinfo k = register.kontaktinfo(List.of(skyldner.identifikator())).get(skyldner.identifikator());
        String navn = k == null ? "(ukjent navn)" : k.navn();
        String adresse = k == null || k.adresse() == null ? "(adresse ukjent)" : k.adresse() + ", " + k.postnummer() + " " + k.poststed();
        String sted = k == null || k.poststed() == null ? "saksøktes bosted" : k.poststed();
        List<Begjaeringsdokument.Avsnitt> a = new ArrayList<>();
        a.add(new Begjaeringsdokument.Avsnitt("Til: Namsmannen i " + sted + " (politiet)", false));
        a.add(new Begjaeringsdokument.Avsnitt("Fra: Innkrevingsmyndigheten (Skatteetaten), org.nr. 974761076, Postboks 9200 Grønland, 0134 Oslo. "
                + "Saksnummer UP-" + saksnummer + ". Dato " + DATO.format(idag) + ". Saksbehandler " + saksbehandler + ".", false));
        a.add(new Begjaeringsdokument.Avsnitt("Saksøkt", true));
        a.add(new Begjaeringsdokument.Avsnitt(navn + ", " + (skyldner instanceof Skyldner.Person ? "fødselsnummer " : "organisasjonsnummer ")
                + skyldner.identifikator() + ", " + adresse + ".", false));
        a.add(new Begjaeringsdokument.Avsnitt("Formuesgode det begjæres utlegg i", true));
        a.add(new Begjaeringsdokument.Avsnitt(gode.beskrivelse() + ". " + gode.art().register() + ": " + gode.identifikator() + ".", false));
        a.add(new Begjaeringsdokument.Avsnitt("Krav", true));
        long sum = 0;
        for (int i = 0; i < krav.size(); i++) {
            UUID id = krav.get(i);
            long ore = saldo.get(id).gjenstaaendeOre();
            sum += ore;
            String varslet = purringer.status(id).steg().stream().filter(s -> s.type().equals("VARSEL_OM_TVANGSFULLBYRDELSE"))
                    .map(s -> ", varsel etter § 4-18 sendt " + DATO.format(s.dato()) + " med frist " + DATO.format(s.frist())).findFirst().orElse("");
            a.add(new Begjaeringsdokument.Avsnitt(linjer.get(i).beskrivelse() + " (kravidentifikator " + id + "): kr "
                    + Beloepsformat.beloep(ore) + varslet + ".", false));
        }
        a.add(new Begjaeringsdokument.Avsnitt("Sum: kr " + Beloepsformat.beloep(sum) + ".", false));
        a.add(new Begjaeringsdokument.Avsnitt("Begjæring", true));
        a.add(new Begjaeringsdokument.Avsnitt("Innkrevingsmyndigheten begjærer utlegg i formuesgodet nevnt ovenfor til dekning av kravene, "
                + "etter tvangsfullbyrdelsesloven kapittel 7. Kravene har særlig tvangsgrunnlag og er ikke betalt etter varsel om "
                + "tvangsfullbyrdelse (tvangsfullbyrdelsesloven § 4-18). Saksøkte er underrettet om begjæringen samme dag.", false));
        return Begjaeringsdokument.lag("Begjæring om utlegg", a);
    }
}

package no.innkreving.utleggstrekk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import no.innkreving.trekkpaalegg.Trekkstoerrelse;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Garnishment decided by the rules where the claim type allows (issue 19; decision 0074): the daily run
 * {@code utleggstrekk-automatisk} takes each debtor whose collectable claims (ready for enforcement, unpaid, not on
 * hold, in no order) are all of types the catalogue marks {@code trekk_automatisk}, and who has no active order, and
 * decides the proposal a caseworker would see: the payer whose payment this month leaves the most room, the amount
 * the garnishment rule allows on its proposal basis (in the debtor's favour). The decision is a caseworker's decision
 * in every other way ({@link Trekkvedtak#beslutt}: checks, letters to debtor and payer, limitation, the Trekkpålegg
 * API), recorded as made by {@value #AUTOMATISK} with the reason. Nothing to take (no payer, no room): nothing decided.
 */
@Component
public class Regelvedtak implements DagligJobb {
    private static final Logger log = LoggerFactory.getLogger(Regelvedtak.class);
    /** The deciding ident recorded for a decision the rules made. */
    public static final String AUTOMATISK = "AUTOMATISK";

    private final Forslagsliste forslagsliste;
    private final Samordning samordning;
    private final Trekkvedtak vedtak;
    private final UtleggstrekkTables tables;
    private final ClaimTypeCatalogue katalog;
    private final Kjoeringsmotor motor;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    Regelvedtak(Forslagsliste forslagsliste, Samordning samordning, Trekkvedtak vedtak, UtleggstrekkTables tables,
                ClaimTypeCatalogue katalog, Kjoeringsmotor motor, PlatformTransactionManager txm, Clock clock) {
        this.forslagsliste = forslagsliste;
        this.samordning = samordning;
        this.vedtak = vedtak;
        this.tables = tables;
        this.katalog = katalog;
        this.motor = motor;
        this.clock = clock;
        // a refused decision (a payer gone from the business register, a caseworker's order at the same moment) rolls
        // back to here and leaves the unit done with nothing decided, instead of failing the run
        this.savepoint = new TransactionTemplate(txm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Scheduled(cron = "${innkreving.utleggstrekk.automatisk.cron:0 30 2 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** Today's run even if one is done (an operator's rerun, tests). */
    public Kjoering kjoer() {
        return motor.kjoerPaaNytt(this, LocalDate.now(clock));
    }

    @Override
    public String navn() {
        return "utleggstrekk-automatisk";
    }

    @Override
    public int rekkefoelge() {
        return 45; // after dunning (claims ready today) and the follow-up of orders (claims taken into existing ones)
    }

    /**
     * A hundred debtors a unit: on the 1st of a month every undecided debtor is looked at again, and a unit a debtor
     * spent a third of the job's time claiming units and committing. A unit that fails is done again debtor by debtor
     * (decision 0070); a refused decision rolls back to its own savepoint, not the unit.
     */
    @Override
    public int enhetsstoerrelse() {
        return 100;
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        Set<String> medTrekk = new HashSet<>(tables.skyldnereMedAktiveTrekk());
        // one left undecided this month with the same claims would get the same answer (the income register is by
        // month): looked at again when the month or the claims change
        Map<String, String> vurdert = tables.automatiskVurdert(YearMonth.from(dato));
        Map<String, List<Kravsaldo>> innkrevbare = forslagsliste.innkrevbare(Integer.MAX_VALUE, null, LocalDate.now(clock));
        Set<UUID> stanset = tables.iTrekkStansetAvSaksbehandler(Forslagsliste.kravIder(innkrevbare));
        return innkrevbare.entrySet().stream()
                .filter(e -> !medTrekk.contains(e.getKey()) && forslagsliste.besluttesAutomatisk(e.getValue(), stanset))
                .filter(e -> !kravliste(e.getValue().stream().map(Kravsaldo::kravId).toList()).equals(vurdert.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return behandle(dato, List.of(skyldner));
    }

    /** A unit's debtors: their orders, claims, holds, dunning and balances read once for all, then each decided. */
    @Override
    public int behandle(LocalDate dato, List<String> skyldnere) {
        LocalDate idag = LocalDate.now(clock);
        Set<String> medTrekk = new HashSet<>(tables.medAktiveTrekk(skyldnere)); // one coordinated order: a caseworker changes it
        Map<String, List<Kravsaldo>> klare = samordning.klareKrav(skyldnere.stream().filter(s -> !medTrekk.contains(s)).toList(), idag);
        Set<UUID> stanset = tables.iTrekkStansetAvSaksbehandler(Forslagsliste.kravIder(klare));
        int besluttet = 0;
        for (var e : klare.entrySet()) {
            String skyldner = e.getKey();
            List<Kravsaldo> innkrevbare = e.getValue();
            List<UUID> krav = innkrevbare.stream().map(Kravsaldo::kravId).toList();
            Forslagsliste.Forslag forslag = forslagsliste.forslag(skyldner, innkrevbare, idag, stanset);
            if (!forslag.automatisk()) continue;
            int b = beslutt(skyldner, krav, innkrevbare, forslag, idag);
            tables.automatiskVurdert(skyldner, YearMonth.from(dato), b == 0 ? kravliste(krav) : null);
            besluttet += b;
        }
        return besluttet;
    }

    /** The claims' ids sorted and joined: what the run remembers a debtor it left undecided by. */
    private static String kravliste(List<UUID> krav) {
        return String.join(",", krav.stream().map(UUID::toString).sorted().toList());
    }

    private int beslutt(String skyldner, List<UUID> krav, List<Kravsaldo> innkrevbare, Forslagsliste.Forslag forslag, LocalDate idag) {
        // the payer this month with the most room first; a payer the decision refuses (gone from the business
        // register, a caseworker's order there at the same moment) gives way to the next, so the debtor is not left
        // undecided day after day because of one payer
        List<Forslagsliste.Trekkforslag> betalere = forslag.forslag().stream().filter(f -> f.beloepPerMaanedOre() > 0)
                .sorted(Comparator.comparingLong(Forslagsliste.Trekkforslag::beloepPerMaanedOre).reversed()).toList();
        for (Forslagsliste.Trekkforslag f : betalere) {
            long beloep = f.beloepPerMaanedOre(); // whole kroner, as the proposal list shows it
            Trekkvedtak.NyttTrekk nytt = new Trekkvedtak.NyttTrekk(skyldner, f.trekkpliktig(), krav, new Trekkstoerrelse.Beloep(beloep),
                    idag.plusDays(1), begrunnelse(innkrevbare), null);
            try {
                Trekkvedtak.Besluttet b = savepoint.execute(s -> vedtak.beslutt(nytt, AUTOMATISK));
                log.info("Garnishment {} decided by the rules for {} kr a month at payer {}", b.trekkid(), Belop.kroner(beloep),
                        f.trekkpliktig());
                return 1;
            } catch (Avvist e) {
                log.info("Garnishment by the rules not decided for a debtor at payer {}: {}", f.trekkpliktig(), e.getMessage());
            }
        }
        return 0; // no payer this month, none above the subsistence need, or every one refused
    }

    /** Why, for the decision and the debtor's letter: an automatic decision, on what basis, and how to get a caseworker's. */
    private String begrunnelse(List<Kravsaldo> krav) {
        String typer = String.join(", ", krav.stream().map(k -> katalog.kravtype(k.kravtype()).map(Kravtype::navnForSkyldner)
                .orElse(k.kravtype()).toLowerCase(java.util.Locale.ROOT)).distinct().sorted().toList());
        return "Vedtaket er fattet automatisk etter reglene, uten saksbehandler: kravene er forfalt og ikke betalt etter varsel om "
                + "tvangsfullbyrdelse, og de er av slag (" + typer + ") der beløpet følger av faste regler, slik at utleggstrekk kan "
                + "besluttes automatisk. Trekket er det "
                + "dekningsloven § 2-7 tillater fra den trekkpliktige som gir størst trekk denne måneden, beregnet ut fra inntektsregisteret "
                + "som om du bor alene uten barn og med en høy standard boutgift. Har du barn eller andre i husstanden, høyere utgifter "
                + "eller mindre inntekt, kan du be om at en saksbehandler vurderer trekket på nytt.";
    }
}

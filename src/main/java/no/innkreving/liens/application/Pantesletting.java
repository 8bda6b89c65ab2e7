package no.innkreving.liens.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevutsending;
import no.innkreving.liens.Pantestatus;
import no.innkreving.liens.domain.Pantebrevtekst;
import no.innkreving.liens.persistence.UtleggspantTables;
import no.innkreving.liens.persistence.UtleggspantTables.Lagret;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.dagligkjoering.DagligJobb;
import no.innkreving.platform.dagligkjoering.Kjoering;
import no.innkreving.platform.dagligkjoering.Kjoeringsmotor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run that deletes a lien once every claim it secures is settled (paid, or written off): the right under
 * the lien has lapsed and the creditor must have it deleted (tvangsfullbyrdelsesloven § 7-27). Records the deletion
 * (who: this run; why) and tells the debtor. Per debtor under the debtor's ledger lock, so a payment being placed is
 * either in the balance or after it; a rerun finds nothing more to delete.
 */
@Component
public class Pantesletting implements DagligJobb {
    static final String HVEM = "daglig kjøring utleggspant-sletting";
    private final UtleggspantTables tables;
    private final Saldoer saldoer;
    private final Bokfoering bokfoering;
    private final Brevutsending utsending;
    private final Kjoeringsmotor motor;
    private final Clock clock;
    private final ClaimTypeCatalogue katalog;

    Pantesletting(UtleggspantTables tables, Saldoer saldoer, Bokfoering bokfoering, Brevutsending utsending, Kjoeringsmotor motor,
                  Clock clock, ClaimTypeCatalogue katalog) {
        this.katalog = katalog;
        this.tables = tables;
        this.saldoer = saldoer;
        this.bokfoering = bokfoering;
        this.utsending = utsending;
        this.motor = motor;
        this.clock = clock;
    }

    @Scheduled(cron = "${innkreving.utleggspant.cron:0 0 2 * * *}", zone = "Europe/Oslo")
    public void nattlig() {
        motor.kjoerOmIkkeGjort(this, LocalDate.now(clock));
    }

    /** Today's run even if one is done (an operator's rerun, tests). */
    public Kjoering kjoer() {
        return motor.kjoerPaaNytt(this, LocalDate.now(clock));
    }

    @Override
    public String navn() {
        return "utleggspant-sletting";
    }

    @Override
    public int rekkefoelge() {
        return 40; // after interest, placement of held money (payments placed tonight count) and dunning
    }

    @Override
    public List<String> enheter(LocalDate dato) {
        return tables.skyldnereMedAktivePant();
    }

    @Override
    public int behandle(LocalDate dato, String skyldner) {
        return bokfoering.forSkyldnere(List.of(skyldner), e -> slett(dato, skyldner));
    }

    private int slett(LocalDate dato, String skyldner) {
        int slettet = 0;
        for (Lagret p : tables.aktiveForSkyldner(skyldner)) {
            List<UUID> krav = p.krav().stream().map(UtleggspantTables.Pantekrav::kravId).toList();
            Map<UUID, Long> igjen = new HashMap<>();
            java.util.Set<String> oppdragsgivere = new java.util.LinkedHashSet<>();
            for (Kravsaldo s : saldoer.saldoer(krav, LocalDate.MAX)) {
                igjen.put(s.kravId(), s.gjenstaaendeOre());
                oppdragsgivere.add(katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver()));
            }
            if (krav.stream().anyMatch(k -> igjen.getOrDefault(k, 0L) > 0)) continue;
            boolean avskrevet = !saldoer.avskrivninger(krav).isEmpty();
            String grunn = (p.status() == Pantestatus.BEGJAERT_HOS_NAMSMANNEN ? "Begjæringen til namsmannen trekkes tilbake: kravene"
                    : "Kravene") + " som utlegget gjaldt, er " + (avskrevet ? "gjort opp (betalt eller avskrevet)" : "betalt");
            tables.nyStatus(p.id(), Pantestatus.SLETTET, dato, clock.instant(), HVEM, grunn + " (tvangsfullbyrdelsesloven § 7-27)");
            Formuesgode g = new Formuesgode(p.art(), p.identifikator(), p.skyldner(), p.beskrivelse(), 0);
            long sum = p.krav().stream().mapToLong(UtleggspantTables.Pantekrav::beloepOre).sum();
            UUID brev = utsending.send(List.of(new Brev(Pantebrevtekst.sletting(g, dato, grunn), "UP-" + p.saksnummer(), dato,
                    Skyldner.av(skyldner), new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiverne for kravene",
                            "utleggspant", null, null, false),
                    List.of(new Brev.Linje("Kravene utlegget sikret da det ble tatt", sum)), null))).getFirst().dokumentId();
            tables.settSisteHendelsesdokument(p.id(), brev);
            slettet++;
        }
        return slettet;
    }
}

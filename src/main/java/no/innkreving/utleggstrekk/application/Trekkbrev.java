package no.innkreving.utleggstrekk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Skyldner;
import org.springframework.stereotype.Component;

/** The debtor's letters about a garnishment (decision, change, stop, closing), worded here and sent by module letters. */
@Component
class Trekkbrev {
    private final ClaimTypeCatalogue katalog;
    private final Brevutsending utsending;

    Trekkbrev(ClaimTypeCatalogue katalog, Brevutsending utsending) {
        this.katalog = katalog;
        this.utsending = utsending;
    }

    /** One letter to the debtor, a line per claim with what remains; answers its document id. */
    UUID send(LocalDate idag, String skyldner, String saksnummer, String tittel, List<UUID> krav, Map<UUID, Kravsaldo> saldo,
              List<String> innledning, List<String> konsekvenser) {
        List<Brev.Linje> linjer = new ArrayList<>();
        Set<String> oppdragsgivere = new LinkedHashSet<>();
        Set<String> typer = new LinkedHashSet<>();
        boolean renter = false;
        for (UUID k : krav) {
            Kravsaldo s = saldo.get(k);
            if (s == null) continue;
            Optional<Kravtype> type = katalog.kravtype(s.kravtype());
            String oppdragsgiver = katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver());
            String beskrivelse = type.map(Kravtype::navnForSkyldner).orElse(s.kravtype());
            renter |= type.map(Kravtype::forsinkelsesrente).orElse(false);
            oppdragsgivere.add(oppdragsgiver);
            typer.add(beskrivelse);
            linjer.add(new Brev.Linje(oppdragsgiver + ": " + beskrivelse + " (krav " + k + ")", s.gjenstaaendeOre()));
        }
        var slag = new Brevslag.Melding("UTLEGGSTREKK", tittel, "Saksnummer", "Gjenstående krav", innledning, konsekvenser);
        var omtale = new Brev.Kravomtale(oppdragsgivere.size() == 1 ? oppdragsgivere.iterator().next() : "oppdragsgiverne for kravene",
                String.join(", ", typer), null, null, renter);
        return utsending.send(List.of(new Brev(slag, saksnummer, idag, Skyldner.av(skyldner), omtale, linjer, null))).getFirst().dokumentId();
    }

    /**
     * The order as a letter to the payer (source document 004: who ordered it and how to reach them, the account to pay
     * to, the debtor's name, number and address, what to deduct from when, and the payer's duties). The API carries
     * the order's machine-readable part exactly as the contract says; this letter carries the rest.
     */
    UUID tilTrekkpliktig(LocalDate idag, String trekkpliktig, String saksnummer, String tittel, long restOre, List<String> innledning,
                         List<String> konsekvenser) {
        var slag = new Brevslag.Melding("TREKKPAALEGG", tittel, "Saksnummer", "Samlet krav som inndrives ved trekket", innledning, konsekvenser);
        var omtale = new Brev.Kravomtale("Innkrevingsmyndigheten", "Utleggstrekk", saksnummer, null, false);
        var linjer = List.of(new Brev.Linje("Gjenstående krav i saken " + saksnummer, restOre));
        return utsending.send(List.of(new Brev(slag, saksnummer, idag, Skyldner.av(trekkpliktig), omtale, linjer, null))).getFirst().dokumentId();
    }
}

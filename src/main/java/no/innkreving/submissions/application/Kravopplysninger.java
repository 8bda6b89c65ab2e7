package no.innkreving.submissions.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.letters.Brev;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import org.springframework.stereotype.Component;

/** The debtor's claims as a receipt letter names them: creditor, debtor-facing name, what is left. */
@Component
public class Kravopplysninger {
    private final Saldoer saldoer;
    private final ClaimTypeCatalogue katalog;

    Kravopplysninger(Saldoer saldoer, ClaimTypeCatalogue katalog) {
        this.saldoer = saldoer;
        this.katalog = katalog;
    }

    public boolean erSkyldnerens(String skyldner, UUID kravId) {
        return saldoer.kravForSkyldner(skyldner).contains(kravId);
    }

    public record Krav(UUID kravId, String oppdragsgiver, String oppdragsgiverNavn, String beskrivelse, LocalDate fastsettelsesdato,
                       boolean forsinkelsesrente, long gjenstaaendeOre) {
        public Brev.Kravomtale omtale() {
            return new Brev.Kravomtale(oppdragsgiverNavn, beskrivelse, null, fastsettelsesdato, forsinkelsesrente);
        }
    }

    public Krav krav(UUID kravId) {
        Kravsaldo s = saldoer.saldo(kravId, LocalDate.MAX).orElseThrow();
        Kravtype t = katalog.kravtype(s.kravtype()).orElse(null);
        return new Krav(kravId, s.oppdragsgiver(), katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver()),
                t == null ? s.kravtype() : t.navnForSkyldner(), s.fastsettelsesdato(), t != null && t.forsinkelsesrente(), s.gjenstaaendeOre());
    }

    /** The debtor's claims with something left, oldest first. */
    public List<Krav> aapne(String skyldner) {
        List<Krav> svar = new ArrayList<>();
        for (UUID id : saldoer.kravForSkyldner(skyldner)) {
            Krav k = krav(id);
            if (k.gjenstaaendeOre() > 0) svar.add(k);
        }
        return svar;
    }

    /** The receipt's lines: the named claim, or every open claim, or a zero line when nothing is owed. */
    public List<Brev.Linje> linjer(List<Krav> krav) {
        if (krav.isEmpty()) return List.of(new Brev.Linje("Ingen ubetalte krav", 0));
        return krav.stream().map(k -> new Brev.Linje(k.beskrivelse() + " (" + k.oppdragsgiverNavn() + ")", k.gjenstaaendeOre())).toList();
    }
}

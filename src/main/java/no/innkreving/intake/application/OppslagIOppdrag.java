package no.innkreving.intake.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Endringsregler;
import no.innkreving.intake.domain.Feil;
import no.innkreving.intake.domain.Identifikatorer;
import no.innkreving.intake.domain.Mottaksstatus;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.domain.Valideringsfeil;
import no.innkreving.intake.persistence.IntakeTables;
import no.innkreving.intake.persistence.IntakeTables.MottattMelding;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.parties.Register;
import org.springframework.stereotype.Component;

/** The creditor's read-only look-ups: receipt status, errors, reconciliation, claim details, overview per debtor. */
@Component
public class OppslagIOppdrag {
    private final IntakeTables tables;
    private final Saldoer reskontro;
    private final Register register;
    private final Clock clock;

    OppslagIOppdrag(IntakeTables tables, Saldoer saldoer, Register register, Clock clock) {
        this.tables = tables;
        this.reskontro = saldoer;
        this.register = register;
        this.clock = clock;
    }

    public Oppdragstilstand mottaksstatus(Avsender a, Kravnoekkel n) {
        n.sjekkForm();
        return Oppslag.finn(tables, a.orgnr(), n, false);
    }

    public List<Valideringsfeil> valideringsfeil(Avsender a, Kravnoekkel n) {
        return tables.valideringsfeil(mottaksstatus(a, n).kravidentifikator());
    }

    public record Avstemming(Oppdragstilstand oppdrag, List<MottattMelding> meldinger) {
    }

    public Avstemming avstemming(Avsender a, Kravnoekkel n) {
        Oppdragstilstand o = mottaksstatus(a, n);
        if (o.mottaksstatus() != Mottaksstatus.RESKONTROFOERT) {
            throw new AvvisningException(Feil.INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT_AVSTEMMING.med(
                    Endringsregler.ikkeReskontrofoert(o).detalj()));
        }
        return new Avstemming(o, tables.godtatteMeldinger(o.kravidentifikator()));
    }

    public record Kravdetaljer(Oppdragstilstand oppdrag, Kravsaldo saldo) {
    }

    public Kravdetaljer kravdetaljer(Avsender a, Kravnoekkel n) {
        Oppdragstilstand o = mottaksstatus(a, n);
        if (o.mottaksstatus() != Mottaksstatus.RESKONTROFOERT) throw new AvvisningException(Endringsregler.ikkeReskontrofoert(o));
        Kravsaldo saldo = reskontro.saldo(o.kravidentifikator(), LocalDate.now(clock)).orElseThrow();
        return new Kravdetaljer(o, saldo);
    }

    public enum Kravfilter { ALLE, AAPNE, LUKKEDE, INGEN }

    public record Kravoversikt(String skyldner, String skyldnersNavn, List<Kravdetaljer> krav, long gjenstaaendeOreForSkyldner) {
    }

    /** The calling creditor's booked claims against one debtor, with what remains on each. */
    public Kravoversikt kravoversikt(Avsender a, Identifikatortype type, String skyldner, Kravfilter filter) {
        if (!Identifikatorer.erGyldigSkyldner(type, skyldner)) {
            throw new AvvisningException(Feil.UGYLDIG_SKYLDNERS_IDENTIFIKATOR.med("Skyldners identifikator=" + Identifikatorer.trygg(skyldner)
                    + " er ikke et gyldig " + (type == Identifikatortype.PERSON ? "fødselsnummer eller d-nummer" : "organisasjonsnummer")));
        }
        List<Oppdragstilstand> oppdrag = tables.forSkyldner(a.orgnr(), skyldner).stream()
                .filter(o -> o.mottaksstatus() == Mottaksstatus.RESKONTROFOERT).toList();
        Map<UUID, Kravsaldo> saldoer = reskontro.saldoer(oppdrag.stream().map(Oppdragstilstand::kravidentifikator).toList(),
                LocalDate.now(clock)).stream().collect(Collectors.toMap(Kravsaldo::kravId, Function.identity()));
        List<Kravdetaljer> alle = oppdrag.stream().filter(o -> saldoer.containsKey(o.kravidentifikator()))
                .map(o -> new Kravdetaljer(o, saldoer.get(o.kravidentifikator()))).toList();
        long total = alle.stream().mapToLong(k -> k.saldo().gjenstaaendeOre()).sum();
        List<Kravdetaljer> valgt = switch (filter) {
            case ALLE -> alle;
            case AAPNE -> alle.stream().filter(k -> k.saldo().gjenstaaendeOre() != 0).toList();
            case LUKKEDE -> alle.stream().filter(k -> k.saldo().gjenstaaendeOre() == 0).toList();
            case INGEN -> List.of();
        };
        // The debtor's name only to a creditor that has a claim against them: the register is not for browsing.
        String navn = null;
        if (!oppdrag.isEmpty()) {
            navn = type == Identifikatortype.PERSON
                    ? register.personer(List.of(skyldner)).values().stream().map(Register.PersonOppslag::navn).findFirst().orElse(null)
                    : register.enheter(List.of(skyldner)).values().stream().map(Register.EnhetOppslag::navn).findFirst().orElse(null);
        }
        return new Kravoversikt(skyldner, navn, valgt, total);
    }
}

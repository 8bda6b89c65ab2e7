package no.innkreving.dunning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.innkreving.dunning.domain.Purreregel.Steg;
import no.innkreving.dunning.persistence.DunningTables;
import no.innkreving.ledger.Saldoer;
import org.springframework.stereotype.Component;

/** The dunning module's read API (the caseworker's claim view, the enforcement run's queue). */
@Component
public class Purringer {
    private final DunningTables tables;
    private final Saldoer saldoer;

    Purringer(DunningTables tables, Saldoer saldoer) {
        this.tables = tables;
        this.saldoer = saldoer;
    }

    /**
     * A letter sent for a claim.
     *
     * @param type       {@code PURRING} or {@code VARSEL_OM_TVANGSFULLBYRDELSE}
     * @param frist      the deadline the letter gave
     * @param dokumentId the stored letter (module letters)
     */
    public record Purresteg(String type, LocalDate dato, LocalDate frist, UUID dokumentId, long beloepOre) {
    }

    /** @param klarForTvangsinnkreving the notice's deadline has passed and the claim still owes something */
    public record Purrestatus(UUID kravId, List<Purresteg> steg, boolean klarForTvangsinnkreving) {
    }

    public Purrestatus status(UUID kravId) {
        var lagret = tables.steg(List.of(kravId));
        List<Purresteg> steg = lagret.stream().filter(l -> l.steg() != Steg.KLAR_FOR_TVANGSINNKREVING)
                .map(l -> new Purresteg(l.steg().name(), l.dato(), l.frist(), l.dokumentId(), l.gjenstaaendeOre())).toList();
        boolean klar = lagret.stream().anyMatch(l -> l.steg() == Steg.KLAR_FOR_TVANGSINNKREVING)
                && saldoer.saldo(kravId, LocalDate.MAX).map(s -> s.gjenstaaendeOre() > 0).orElse(false);
        return new Purrestatus(kravId, steg, klar);
    }

    /**
     * Of these claims, those whose notice's deadline has passed (the step KLAR_FOR_TVANGSINNKREVING taken), in one read;
     * whether each still owes something is the caller's to check against the balances it holds.
     */
    public Set<UUID> varselfristUtloept(Collection<UUID> kravIder) {
        Set<UUID> klare = new HashSet<>();
        for (var l : tables.steg(kravIder)) if (l.steg() == Steg.KLAR_FOR_TVANGSINNKREVING) klare.add(l.kravId());
        return klare;
    }

    /** The queue for enforcement: claims whose notice's deadline passed unpaid, oldest first (paid ones may be among them). */
    public List<UUID> klareForTvangsinnkreving() {
        return tables.klare();
    }
}

package no.innkreving.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.domain.Bokfoeringsregler;
import no.innkreving.ledger.domain.Transaksjon;
import no.innkreving.ledger.persistence.LedgerTables;
import no.innkreving.ledger.persistence.LedgerTables.NyKravlinje;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's public entry point. Each method is one transaction, or joins the caller's. */
@Component
public class Ledger {
    private final LedgerTables tables;
    private final Clock clock;

    Ledger(LedgerTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /** Takes claims over. A claim already in the ledger is left as it is, so a repeated booking has no effect. */
    @Transactional
    public void bokfoer(List<KravTilBokfoering> krav) {
        if (krav.isEmpty()) return;
        Set<UUID> finnes = tables.finnesAllerede(krav.stream().map(KravTilBokfoering::kravId).toList());
        List<KravTilBokfoering> nye = krav.stream().filter(k -> !finnes.contains(k.kravId())).toList();
        if (nye.isEmpty()) return;
        LocalDate idag = LocalDate.now(clock);
        Instant naa = clock.instant();
        int antallLinjer = nye.stream().mapToInt(k -> 1 + k.renter().size()).sum();
        Iterator<Long> ider = tables.nyeKravlinjeIder(antallLinjer).iterator();
        List<NyKravlinje> linjer = new ArrayList<>(antallLinjer);
        List<Transaksjon> transaksjoner = new ArrayList<>(nye.size());
        for (KravTilBokfoering k : nye) {
            Map<Long, Long> beloep = new LinkedHashMap<>();
            long hovedstol = ider.next();
            linjer.add(new NyKravlinje(hovedstol, k.kravId(), Linjetype.HOVEDSTOL, null, idag));
            beloep.put(hovedstol, k.hovedstolOre());
            for (Rentelinje r : k.renter()) {
                long id = ider.next();
                linjer.add(new NyKravlinje(id, k.kravId(), Linjetype.RENTER, r, idag));
                beloep.put(id, r.beloepOre());
            }
            transaksjoner.add(Bokfoeringsregler.kravBokfoert(UUID.randomUUID(), k.kravId(), idag, beloep));
        }
        tables.settInnKrav(nye, naa);
        tables.settInnLinjer(linjer);
        tables.settInnTransaksjoner(transaksjoner, naa);
    }

    /** The creditor lowered the principal to {@code nyHovedstolOre}. */
    @Transactional
    public void nedsettHovedstol(UUID kravId, long nyHovedstolOre, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        Linjesaldo hovedstol = saldo.linjer().stream().filter(l -> l.linjetype() == Linjetype.HOVEDSTOL).findFirst()
                .orElseThrow();
        lagre(Bokfoeringsregler.hovedstolNedsatt(transaksjonId, kravId, LocalDate.now(clock), hovedstol, nyHovedstolOre));
    }

    /** The creditor replaced all interest lines with these. */
    @Transactional
    public void erstattRenter(UUID kravId, List<Rentelinje> renter, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        List<Linjesaldo> eksisterende = saldo.linjer().stream().filter(l -> l.linjetype() == Linjetype.RENTER).toList();
        LocalDate idag = LocalDate.now(clock);
        Iterator<Long> ider = tables.nyeKravlinjeIder(renter.size()).iterator();
        var endring = Bokfoeringsregler.renterEndret(transaksjonId, kravId, idag, eksisterende, renter, ider::next);
        tables.settInnLinjer(endring.nyeLinjer().stream()
                .map(n -> new NyKravlinje(n.kravlinjeId(), kravId, Linjetype.RENTER, n.rente(), idag)).toList());
        lagre(endring.transaksjon());
    }

    /** The creditor withdrew the claim: everything that remains is written off. */
    @Transactional
    public void avskrivAvOppdragsgiver(UUID kravId, UUID transaksjonId) {
        Kravsaldo saldo = laastSaldo(kravId);
        lagre(Bokfoeringsregler.avskrevetAvOppdragsgiver(transaksjonId, kravId, LocalDate.now(clock), saldo.linjer()));
    }

    public Optional<Kravsaldo> saldo(UUID kravId, LocalDate per) {
        return tables.saldoer(List.of(kravId), per).stream().findFirst();
    }

    public List<Kravsaldo> saldoer(Collection<UUID> kravIder, LocalDate per) {
        return tables.saldoer(kravIder, per);
    }

    /** Transactions whose postings do not sum to zero; empty in a consistent ledger. */
    public List<UUID> ubalanserteTransaksjoner() {
        return tables.ubalanserteTransaksjoner();
    }

    private Kravsaldo laastSaldo(UUID kravId) {
        tables.laasKrav(kravId);
        return saldo(kravId, LocalDate.MAX).orElseThrow(() -> new IllegalStateException("not in the ledger: " + kravId));
    }

    private void lagre(Transaksjon t) {
        if (!t.posteringer().isEmpty()) tables.settInnTransaksjoner(List.of(t), clock.instant());
    }
}

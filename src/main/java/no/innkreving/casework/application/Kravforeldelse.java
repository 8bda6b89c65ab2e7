package no.innkreving.casework.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import no.innkreving.intake.Foreldelsesdatoer;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Kravsaldo.Linjesaldo;
import no.innkreving.ledger.PlassertBeloep;
import no.innkreving.ledger.Saldoer;
import no.innkreving.limitation.Foreldelse;
import no.innkreving.limitation.Foreldelsesregler;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbruddsregister;
import no.innkreving.limitation.Kravlinjegrunnlag;
import no.innkreving.limitation.Linjetype;
import org.springframework.stereotype.Component;

/**
 * Each claim line's limitation, from the creditor's dates (intake) and the interruptions the ledger shows: every
 * payment placed on the claim is the debtor's acknowledgement by conduct of the whole claim (foreldelsesloven § 14),
 * so it interrupts the limitation of each of the claim's lines, on the day it was placed. Interruptions recorded by
 * other modules (plans § 14, enforcement steps § 17, enforceable decisions § 21) count the same way.
 */
@Component
public class Kravforeldelse {
    private final Saldoer saldoer;
    private final Oppdragsregister oppdrag;
    private final Fristavbruddsregister registrerteAvbrudd;

    Kravforeldelse(Saldoer saldoer, Oppdragsregister oppdrag, Fristavbruddsregister registrerteAvbrudd) {
        this.saldoer = saldoer;
        this.oppdrag = oppdrag;
        this.registrerteAvbrudd = registrerteAvbrudd;
    }

    /** A claim's lines with their limitation, and the days its payments interrupted limitation. */
    public record Linjeforeldelser(Kravsaldo saldo, Map<Long, Foreldelse> perLinje, List<LocalDate> avbrutt) {
    }

    /** For the given claims as they stand (balances from {@code saldoer}, which may be read under a lock). */
    public Map<UUID, Linjeforeldelser> beregn(Collection<Kravsaldo> krav) {
        List<UUID> ider = krav.stream().map(Kravsaldo::kravId).toList();
        Map<UUID, Foreldelsesdatoer> datoer = oppdrag.foreldelsesdatoer(ider);
        Map<UUID, TreeSet<LocalDate>> betalt = new HashMap<>();
        for (PlassertBeloep p : saldoer.plasseringer(ider))
            if (p.beloepOre() > 0) betalt.computeIfAbsent(p.kravId(), k -> new TreeSet<>()).add(p.plassertDato());
        Map<UUID, List<Fristavbrudd>> registrert = registrerteAvbrudd.avbrudd(ider);
        Map<UUID, Linjeforeldelser> svar = new HashMap<>();
        for (Kravsaldo k : krav) {
            Foreldelsesdatoer d = datoer.getOrDefault(k.kravId(), new Foreldelsesdatoer(k.fastsettelsesdato(), null, null));
            // payments the ledger shows, and what other modules recorded (plans, enforcement steps, offsets), by date
            List<Fristavbrudd> avbrudd = new ArrayList<>(betalt.getOrDefault(k.kravId(), new TreeSet<>()).stream()
                    .map(dag -> new Fristavbrudd(dag, Fristavbrudd.Slag.DELBETALING)).toList());
            // two steps of one kind on one day (a lien in a house and one in a car) are one interruption
            for (Fristavbrudd f : registrert.getOrDefault(k.kravId(), List.of())) if (!avbrudd.contains(f)) avbrudd.add(f);
            avbrudd.sort(java.util.Comparator.comparing(Fristavbrudd::dato));
            Map<Long, Foreldelse> perLinje = new HashMap<>();
            TreeSet<LocalDate> avbrytende = new TreeSet<>();
            for (Linjesaldo l : k.linjer()) {
                Kravlinjegrunnlag g = grunnlag(l, d);
                perLinje.put(l.kravlinjeId(), Foreldelsesregler.beregn(g, avbrudd));
                // a payment interrupts only while the period still runs (a time-barred line is not revived)
                List<Fristavbrudd> foer = new ArrayList<>();
                for (Fristavbrudd a : avbrudd) {
                    if (!a.dato().isAfter(Foreldelsesregler.beregn(g, foer).dato())) avbrytende.add(a.dato());
                    foer.add(a);
                }
            }
            svar.put(k.kravId(), new Linjeforeldelser(k, perLinje, List.copyOf(avbrytende)));
        }
        return svar;
    }

    /** Interest lines run from their own date (renterIlagtDato); principal and fees from the claim's dates. */
    private static Kravlinjegrunnlag grunnlag(Linjesaldo l, Foreldelsesdatoer d) {
        Linjetype type = l.linjetype() == no.innkreving.ledger.Linjetype.RENTER ? Linjetype.RENTER : Linjetype.HOVEDSTOL;
        return new Kravlinjegrunnlag(type, d.fastsettelsesdato(), d.foreldelsesfristensUtgangspunkt(),
                d.tilleggsfristEtterForeldelsesloven(), type == Linjetype.RENTER ? l.ilagtDato() : null);
    }
}

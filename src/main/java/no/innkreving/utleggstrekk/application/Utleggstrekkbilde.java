package no.innkreving.utleggstrekk.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.trekkpaalegg.Trekkpaaleggsregister;
import no.innkreving.utleggstrekk.persistence.UtleggstrekkTables;
import org.springframework.stereotype.Component;

/** The caseworker's view of one garnishment: claims and what remains, every decision, every published version. */
@Component
public class Utleggstrekkbilde {
    private final UtleggstrekkTables tables;
    private final Trekkpaaleggsregister paalegg;
    private final Saldoer saldoer;

    Utleggstrekkbilde(UtleggstrekkTables tables, Trekkpaaleggsregister paalegg, Saldoer saldoer) {
        this.tables = tables;
        this.paalegg = paalegg;
        this.saldoer = saldoer;
    }

    /** Amounts are kroner with two decimals, as the caseworker's other views. */
    public record Bilde(UUID trekkid, String saksnummer, String skyldner, String trekkpliktig, String kidnummer, String status,
                        LocalDate besluttet, List<Krav> krav, BigDecimal gjenstaaendeBeloep, List<Vedtak> vedtak, List<Versjon> versjoner) {
    }

    public record Krav(UUID kravidentifikator, int rekkefoelge, BigDecimal gjenstaaendeBeloep) {
    }

    public record Vedtak(int trekkversjon, String handling, String saksbehandler, Instant tidspunkt, String begrunnelse,
                         BigDecimal beloepPerMaaned, BigDecimal prosent, LocalDate startdato, UUID dokumentId) {
    }

    public record Versjon(int trekkversjon, long sekvensnummer, String trekkstatus) {
    }

    /** The debtor's orders, newest decision first. */
    public List<Bilde> forSkyldner(String skyldner) {
        return tables.forSkyldner(skyldner).stream().map(this::vis).flatMap(Optional::stream).toList();
    }

    public Optional<Bilde> vis(UUID trekkid) {
        return tables.trekk(trekkid).map(t -> {
            Map<UUID, Long> rest = new HashMap<>();
            for (Kravsaldo s : saldoer.saldoer(t.krav(), LocalDate.MAX)) rest.put(s.kravId(), s.gjenstaaendeOre());
            List<Krav> krav = new java.util.ArrayList<>();
            for (int i = 0; i < t.krav().size(); i++)
                krav.add(new Krav(t.krav().get(i), i + 1, kr(rest.getOrDefault(t.krav().get(i), 0L))));
            long sum = rest.values().stream().mapToLong(Long::longValue).sum();
            List<Vedtak> vedtak = tables.vedtak(trekkid).stream().map(v -> new Vedtak(v.trekkversjon(), v.handling(), v.saksbehandler(),
                    v.tidspunkt(), v.begrunnelse(), v.beloepOre() == null ? null : kr(v.beloepOre()), v.prosent(), v.startdato(),
                    v.dokumentId())).toList();
            List<Versjon> versjoner = paalegg.versjoner(trekkid).stream()
                    .map(p -> new Versjon(p.trekkversjon(), p.sekvensnummer(), p.trekkstatus().publisert())).toList();
            return new Bilde(t.trekkid(), t.saksnummer(), t.skyldner(), t.trekkpliktig(), t.kidnummer(), t.status(), t.besluttet(),
                    krav, kr(sum), vedtak, versjoner);
        });
    }

    private static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}

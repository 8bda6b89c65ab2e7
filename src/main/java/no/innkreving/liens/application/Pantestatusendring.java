package no.innkreving.liens.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.liens.Pantestatus;
import no.innkreving.liens.domain.Utleggspantregler;
import no.innkreving.liens.persistence.UtleggspantTables;
import no.innkreving.liens.persistence.UtleggspantTables.Lagret;
import no.innkreving.suspension.Innkrevingsstanser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caseworker moves a lien on: the enforcement officer took the lien we asked for (REGISTRERT), forced sale is
 * requested (TVANGSSALG_BEGJAERT), or the lien is deleted or lifted (SLETTET); who, when and why are recorded.
 */
@Component
public class Pantestatusendring {
    private final UtleggspantTables tables;
    private final Innkrevingsstanser stanser;
    private final TransactionTemplate tx;
    private final Clock clock;

    Pantestatusendring(UtleggspantTables tables, Innkrevingsstanser stanser, TransactionTemplate tx, Clock clock) {
        this.tables = tables;
        this.stanser = stanser;
        this.tx = tx;
        this.clock = clock;
    }

    public sealed interface Utfall {
        record Endret(Lagret pant) implements Utfall {
        }

        record Ukjent() implements Utfall {
        }

        record Avvist(String detalj) implements Utfall {
        }
    }

    public Utfall endre(UUID id, Pantestatus ny, String begrunnelse, String hvem) {
        return tx.execute(s -> {
            Optional<Lagret> pant = tables.hent(id, true);
            if (pant.isEmpty()) return new Utfall.Ukjent();
            Lagret p = pant.get();
            LocalDate idag = LocalDate.now(clock);
            List<UUID> krav = p.krav().stream().map(UtleggspantTables.Pantekrav::kravId).toList();
            Optional<String> nei = Utleggspantregler.provStatusendring(p.status(), ny, idag, p.klagefrist(),
                    !stanser.stansetPaa(krav, idag).isEmpty());
            if (nei.isPresent()) return new Utfall.Avvist(nei.get());
            tables.nyStatus(id, ny, idag, clock.instant(), hvem, begrunnelse);
            return new Utfall.Endret(tables.hent(id, false).orElseThrow());
        });
    }
}

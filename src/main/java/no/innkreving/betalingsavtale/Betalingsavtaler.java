package no.innkreving.betalingsavtale;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.betalingsavtale.application.Betalingssaksbehandling;
import no.innkreving.betalingsavtale.domain.Regelsett;
import no.innkreving.betalingsavtale.persistence.BetalingsTables;
import org.springframework.stereotype.Component;

/**
 * The module's API: a debtor applies for a plan or a postponement, reads their cases; a caseworker reads the queue
 * and a case, and decides. Applying while the services are closed throws {@link TjenestenStengt}; an application that
 * cannot be read throws {@link Soeknadsfeil} (nothing stored).
 */
@Component
public class Betalingsavtaler {
    private final Betalingssaksbehandling behandling;
    private final BetalingsTables tables;

    Betalingsavtaler(Betalingssaksbehandling behandling, BetalingsTables tables) {
        this.behandling = behandling;
        this.tables = tables;
    }

    /**
     * A plan for the debtor's claims ({@code krav} empty: every open one) at {@code maanedsbeloepOre} a month on day
     * {@code dag} (1-28): approved, refused or sent to a caseworker, as the answer's status says.
     */
    public Betalingssak soekBetalingsavtale(String skyldner, List<UUID> krav, long maanedsbeloepOre, int dag) {
        return behandling.soekAvtale(skyldner, krav, maanedsbeloepOre, dag);
    }

    /** A postponement of the debtor's claims ({@code krav} empty: every open one) to a new due date. */
    public Betalingssak soekUtsettelse(String skyldner, List<UUID> krav, LocalDate nyForfallsdato) {
        return behandling.soekUtsettelse(skyldner, krav, nyForfallsdato);
    }

    /** The debtor's cases, newest first. */
    public List<Betalingssak> saker(String skyldner) {
        return tables.forSkyldner(skyldner);
    }

    public Optional<Betalingssak> sak(UUID id) {
        return tables.sak(id);
    }

    /** A case with the debtor's claims today and their other cases, for a caseworker. */
    public Optional<Saksbilde> saksbilde(UUID id) {
        return behandling.saksbilde(id);
    }

    /** The debtor's claims with something left to pay, as they stand today, for the application form. */
    public List<Saksbilde.Krav> aapneKrav(String skyldner) {
        return behandling.krav(skyldner, List.of()).stream().filter(k -> k.gjenstaaendeOre() > 0).toList();
    }

    /** The claims of a case as they stand today (for the debtor's and the caseworker's pages). */
    public List<Saksbilde.Krav> sakensKrav(Betalingssak sak) {
        List<UUID> ider = sak.krav().stream().map(Betalingssak.Sakskrav::kravId).toList();
        return behandling.krav(sak.skyldner(), ider).stream().filter(Saksbilde.Krav::iSaken).toList();
    }

    /** The account debtors pay instalments to. */
    public String kontonummer() {
        return behandling.kontonummer();
    }

    /** Today, as the application's clock has it (Norway). */
    public LocalDate idag() {
        return behandling.idag();
    }

    /** Cases waiting for a caseworker, the nearest deadline first. */
    public List<Betalingssak> tilBehandling() {
        return tables.tilBehandling();
    }

    /**
     * A caseworker's decision (who, why); empty for an unknown case. {@code avgjort} false: it was not waiting for
     * one (decided before), and nothing changed.
     */
    public Optional<Avgjoerelse> avgjoer(UUID sak, boolean godkjenn, String saksbehandler, String begrunnelse) {
        if (saksbehandler == null || saksbehandler.isBlank()) throw new IllegalArgumentException("saksbehandler");
        if (begrunnelse == null || begrunnelse.isBlank()) throw new Soeknadsfeil("begrunnelse", "Begrunnelse må fylles ut.");
        if (begrunnelse.length() > 2000) throw new Soeknadsfeil("begrunnelse", "Begrunnelsen kan være høyst 2000 tegn.");
        return behandling.avgjoer(sak, godkjenn, saksbehandler, begrunnelse.strip());
    }

    /** The closing message while the plan and payment services are closed (seed 001), else empty. */
    public Optional<String> stengt() {
        return behandling.stengt();
    }

    /** The rule figures in force today (the pages tell the debtor the limits). */
    public Regelsett regler() {
        return behandling.regler();
    }
}

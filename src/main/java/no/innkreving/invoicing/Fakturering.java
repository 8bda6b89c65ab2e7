package no.innkreving.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.invoicing.domain.Betalingsfrist;
import no.innkreving.invoicing.domain.Kid;
import no.innkreving.invoicing.persistence.InvoicingTables;
import no.innkreving.invoicing.persistence.InvoicingTables.NyFaktura;
import no.innkreving.ledger.KravRedusert;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.KravTilBokfoering;
import no.innkreving.ledger.KraveneBokfoert;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoicing module's entry point. Invoices are made in the ledger's booking transaction (one per claim, with
 * its KID at once), and credit notes in the transaction that lowers a claim; sending them is {@code Fakturautsending}'s.
 */
@Component
public class Fakturering {
    private final InvoicingTables tables;
    private final ClaimTypeCatalogue katalog;
    private final Betalingsinformasjon konto;
    private final Bokfoering bokfoering;
    private final Clock clock;

    Fakturering(InvoicingTables tables, ClaimTypeCatalogue katalog, Betalingsinformasjon konto, Bokfoering bokfoering, Clock clock) {
        this.tables = tables;
        this.katalog = katalog;
        this.konto = konto;
        this.bokfoering = bokfoering;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void kraveneBokfoert(KraveneBokfoert hendelse) {
        List<KravTilBokfoering> krav = hendelse.krav();
        Iterator<Long> numre = tables.nyeFakturanumre(krav.size()).iterator();
        List<NyFaktura> nye = new ArrayList<>(krav.size());
        List<Kravforfall> forfall = new ArrayList<>(krav.size());
        for (KravTilBokfoering k : krav) {
            long nr = numre.next();
            // No fallback term: every type in the catalogue states its own (kravtype.betalingsfrist_dager, decision 0024).
            int frist = katalog.kravtype(k.kravtype()).map(Kravtype::betalingsfristDager)
                    .orElseThrow(() -> new IllegalStateException("claim type not in the catalogue: " + k.kravtype()));
            nye.add(new NyFaktura(nr, Faktura.Type.FAKTURA, k.kravId(), k.skyldner(), Kid.forFakturanummer(nr), hendelse.dato(), k.totalOre(), null));
            // Invoiced (and sent) the day it is booked (source document 001); the due date is the ledger's fact.
            forfall.add(new Kravforfall(k.kravId(), 1, Betalingsfrist.forfallsdato(hendelse.dato(), frist), k.totalOre()));
        }
        tables.settInn(nye, clock.instant());
        bokfoering.settForfall(forfall);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void kravRedusert(KravRedusert hendelse) {
        Optional<Faktura> faktura = tables.forKrav(List.of(hendelse.kravId())).stream()
                .filter(f -> f.type() == Faktura.Type.FAKTURA).findFirst();
        if (faktura.isEmpty()) return;
        long nr = tables.nyeFakturanumre(1).getFirst();
        tables.settInn(List.of(new NyFaktura(nr, Faktura.Type.KREDITNOTA, hendelse.kravId(), hendelse.skyldner(), null,
                hendelse.dato(), hendelse.redusertOre(),
                faktura.get().fakturanummer())), clock.instant());
    }

    /** Invoices and credit notes of the given claims, in number order. */
    public List<Faktura> forKrav(Collection<UUID> kravIder) {
        return tables.forKrav(kravIder);
    }

    public List<Faktura> forSkyldner(String skyldner) {
        return tables.forSkyldner(skyldner);
    }

    /**
     * The claims our KIDs were issued for, by the KID exactly as issued (decision 0027): a KID that is not ours digit
     * for digit, with its own check digit, is absent, whatever invoice number it may seem to carry.
     */
    public Map<String, KravForKid> kravForKider(Collection<String> kider) {
        Set<String> vaare = new HashSet<>();
        for (String kid : kider) if (Kid.erVaarForm(kid)) vaare.add(kid);
        return tables.kravForUtstedteKider(vaare);
    }

    /**
     * Issues a KID that stands for a set of one debtor's claims, in the order a payment quoting it is placed on them
     * (module payments: the first claim first, then the next; money left goes on by the allocation rule). For a
     * garnishment's claims by priority, an instalment plan's claims. The KID is 13 digits with mod 11 like an
     * invoice's, from its own number range, so it is never an invoice's (decision 0043).
     *
     * @param kilde what the KID is for, e.g. {@code "utleggstrekk:<trekkid>"} (at most 200 characters)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String utstedKid(String skyldner, List<UUID> kravIRekkefoelge, String kilde) {
        if (skyldner == null || skyldner.isBlank()) throw new IllegalArgumentException("skyldner");
        if (kravIRekkefoelge.isEmpty() || kravIRekkefoelge.stream().distinct().count() != kravIRekkefoelge.size())
            throw new IllegalArgumentException("a KID's claims: at least one, each once");
        if (kilde == null || kilde.isBlank() || kilde.length() > 200) throw new IllegalArgumentException("kilde: 1-200 characters");
        String kid = Kid.forFakturanummer(tables.nyttKidsettnummer());
        tables.settInnKravsett(kid, skyldner, kravIRekkefoelge, kilde, clock.instant());
        return kid;
    }

    /**
     * Sets the claims a KID issued by {@link #utstedKid} stands for, in their new placement order (a garnishment that
     * takes in a claim that became ready later). The KID stays the same; payments already placed stay where they are.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endreKravsett(String kid, List<UUID> kravIRekkefoelge) {
        if (kravIRekkefoelge.isEmpty() || kravIRekkefoelge.stream().distinct().count() != kravIRekkefoelge.size())
            throw new IllegalArgumentException("a KID's claims: at least one, each once");
        if (!tables.erstattKravsett(kid, kravIRekkefoelge)) throw new IllegalArgumentException("not a KID for a set of claims: " + kid);
    }

    /** The letter (module letters: {@code GET …/saksbehandling/v1/dokumenter/{id}}) an invoice or credit note went out as. */
    public Optional<UUID> dokumentId(long fakturanummer) {
        return tables.dokumentId(fakturanummer);
    }

    public Betalingsinformasjon betalingsinformasjon() {
        return konto;
    }

    public LocalDate idag() {
        return LocalDate.now(clock);
    }
}

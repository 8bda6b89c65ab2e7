package no.innkreving.payments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.ledger.KravRedusert;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Register;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Utbetaling;
import no.innkreving.payments.domain.Tilbakebetalingsmottaker;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.stereotype.Component;

/**
 * Refunds of payments (an overpayment, money held and then let go, what a lowered claim no longer needs): each a payout
 * instruction to the account {@link Tilbakebetalingsmottaker} picks (the payer's, or for money withheld under a
 * garnishment order the debtor's in the account register) and a letter to the debtor ({@link Tilbakebetalingsbrev}),
 * in the caller's transaction. Every refund of a payment is made here, so all take the same way.
 */
@Component
class Tilbakebetalinger {
    private final Fakturering fakturering;
    private final Register register;
    private final PaymentTables tables;
    private final Brevutsending brev;
    private final Clock clock;

    Tilbakebetalinger(Fakturering fakturering, Register register, PaymentTables tables, Brevutsending brev, Clock clock) {
        this.clock = clock;
        this.fakturering = fakturering;
        this.register = register;
        this.tables = tables;
        this.brev = brev;
    }

    /**
     * A refund to make: of this payment, whose debtor it is, placed by this KID (its own, or the one a caseworker placed
     * it by; may be null); {@code kravEndret} why a claim no longer needs the money, null for an overpayment.
     */
    record Refusjon(Innbetaling innbetaling, String skyldner, String kid, long beloepOre, KravRedusert.Grunn kravEndret) {

        /** More was paid than the claims needed. */
        static Refusjon overskudd(Innbetaling innbetaling, String skyldner, String kid, long beloepOre) {
            return new Refusjon(innbetaling, skyldner, kid, beloepOre, null);
        }
    }

    /** Stores the payout instructions, dated {@code dato}, status KLAR, and sends the letters; refunds of 0 øre do nothing. */
    void betalTilbake(List<Refusjon> refusjoner, LocalDate dato) {
        List<Refusjon> aa = refusjoner.stream().filter(r -> r.beloepOre() > 0).toList();
        if (aa.isEmpty()) return;
        Map<String, KravForKid> kider = fakturering.kravForKider(aa.stream().map(Refusjon::kid).filter(Objects::nonNull).distinct().toList());
        Set<String> trukketFra = new HashSet<>();
        for (Refusjon r : aa) if (trukket(r, kider)) trukketFra.add(r.skyldner());
        Map<String, String> kontoer = register.utbetalingskontoer(trukketFra);
        List<Utbetaling> ut = new ArrayList<>(aa.size());
        List<Brev> brevene = new ArrayList<>(aa.size());
        LocalDate idag = LocalDate.now(clock);
        for (Refusjon r : aa) {
            Innbetaling i = r.innbetaling();
            boolean trukket = trukket(r, kider);
            var til = Tilbakebetalingsmottaker.velg(trukket, i.fraKonto(), i.fraNavn(), kontoer.get(r.skyldner()));
            ut.add(new Utbetaling(Tidsordnet.uuid(), i.innbetalingId(), r.skyldner(), r.beloepOre(), til.konto(), til.navn(), "KLAR", dato));
            brevene.add(Tilbakebetalingsbrev.brev(i, r.skyldner(), r.beloepOre(), r.kravEndret(), trukket, til, idag));
        }
        tables.nyeUtbetalinger(ut);
        brev.send(brevene);
    }

    private static boolean trukket(Refusjon r, Map<String, KravForKid> kider) {
        KravForKid k = r.kid() == null ? null : kider.get(r.kid());
        return k != null && k.erUtleggstrekk() && k.skyldner().equals(r.skyldner());
    }
}

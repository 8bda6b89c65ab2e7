package no.innkreving.payments.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.KravForKid;
import no.innkreving.parties.Register;
import no.innkreving.payments.Innbetaling;
import no.innkreving.payments.Utbetaling;
import no.innkreving.payments.domain.Tilbakebetalingsmottaker;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.stereotype.Component;

/**
 * The payout instructions for refunds of payments (an overpayment, money held and then let go, what a lowered claim no
 * longer needs), each to the account {@link Tilbakebetalingsmottaker} picks: the payer's, or for money withheld under a
 * garnishment order the debtor's in the account register. Every refund of a payment is made here, so all take the
 * same way.
 */
@Component
class Tilbakebetalinger {
    private final Fakturering fakturering;
    private final Register register;

    Tilbakebetalinger(Fakturering fakturering, Register register) {
        this.fakturering = fakturering;
        this.register = register;
    }

    /**
     * A refund to make: of this payment, whose debtor it is, placed by this KID (its own, or the one a caseworker placed
     * it by; may be null).
     */
    record Refusjon(Innbetaling innbetaling, String skyldner, String kid, long beloepOre) {
    }

    /** The payout instructions, dated {@code dato}, status KLAR; refunds of 0 øre give none. */
    List<Utbetaling> utbetalinger(List<Refusjon> refusjoner, LocalDate dato) {
        List<Refusjon> aa = refusjoner.stream().filter(r -> r.beloepOre() > 0).toList();
        if (aa.isEmpty()) return List.of();
        Map<String, KravForKid> kider = fakturering.kravForKider(aa.stream().map(Refusjon::kid).filter(Objects::nonNull).distinct().toList());
        Set<String> trukketFra = new HashSet<>();
        for (Refusjon r : aa) if (trukket(r, kider)) trukketFra.add(r.skyldner());
        Map<String, String> kontoer = register.utbetalingskontoer(trukketFra);
        List<Utbetaling> ut = new ArrayList<>(aa.size());
        for (Refusjon r : aa) {
            Innbetaling i = r.innbetaling();
            var til = Tilbakebetalingsmottaker.velg(trukket(r, kider), i.fraKonto(), i.fraNavn(), kontoer.get(r.skyldner()));
            ut.add(new Utbetaling(Tidsordnet.uuid(), i.innbetalingId(), r.skyldner(), r.beloepOre(), til.konto(), til.navn(), "KLAR", dato));
        }
        return ut;
    }

    private static boolean trukket(Refusjon r, Map<String, KravForKid> kider) {
        KravForKid k = r.kid() == null ? null : kider.get(r.kid());
        return k != null && k.erUtleggstrekk() && k.skyldner().equals(r.skyldner());
    }
}

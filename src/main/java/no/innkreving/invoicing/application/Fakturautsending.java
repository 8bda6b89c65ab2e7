package no.innkreving.invoicing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.invoicing.Betalingsinformasjon;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.domain.Betalingsfrist;
import no.innkreving.invoicing.persistence.InvoicingTables;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Linjetype;
import no.innkreving.ledger.Saldoer;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.time.Dagensarbeid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends new invoices and credit notes: picks a batch (FOR UPDATE SKIP LOCKED, so nodes share the work), states each
 * as a letter with the claim's facts read from their owners at the time of sending, has the letters module send it
 * (channel, layout, storage), and marks the invoice sent with the letter's id.
 */
@Component
public class Fakturautsending implements Dagensarbeid {
    private static final Logger log = LoggerFactory.getLogger(Fakturautsending.class);
    private final ReentrantLock enAvGangen = new ReentrantLock();

    private final InvoicingTables tables;
    private final Brevutsending utsending;
    private final Oppdragsregister oppdrag;
    private final Saldoer saldoer;
    private final Bokfoering bokfoering;
    private final ClaimTypeCatalogue katalog;
    private final Betalingsinformasjon konto;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batch;
    private final double arbeidsandel;

    Fakturautsending(InvoicingTables tables, Brevutsending utsending, Oppdragsregister oppdrag, Saldoer saldoer, Bokfoering bokfoering, ClaimTypeCatalogue katalog,
                     Betalingsinformasjon konto, TransactionTemplate tx, Clock clock,
                     @Value("${innkreving.utsending.batch:200}") int batch,
                     @Value("${innkreving.utsending.arbeidsandel:0.25}") double arbeidsandel) {
        if (!(arbeidsandel > 0 && arbeidsandel <= 1)) throw new IllegalArgumentException("innkreving.utsending.arbeidsandel must be in (0, 1]");
        this.arbeidsandel = arbeidsandel;
        this.tables = tables;
        this.utsending = utsending;
        this.oppdrag = oppdrag;
        this.saldoer = saldoer;
        this.bokfoering = bokfoering;
        this.katalog = katalog;
        this.konto = konto;
        this.tx = tx;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${innkreving.utsending.intervall-ms:2000}", initialDelay = 2000)
    public void sendNeste() {
        try {
            while (true) {
                long start = System.nanoTime();
                if (sendEnBatch() < batch) return;
                // Keep going while full batches come back, but rest between them: rendering letters is the heaviest
                // background work, and a burst of new claims must not take the cores from the API (decision 0016).
                long brukt = System.nanoTime() - start;
                Thread.sleep(Duration.ofNanos((long) (brukt * (1 - arbeidsandel) / arbeidsandel)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Sending invoices failed; the batch is tried again", e);
        }
    }

    /** Every invoice waiting is sent now, dated today (the demo clock, before it leaves the day). */
    @Override
    public void fullfoerVentende() {
        while (sendEnBatch() > 0) {
            // until none waits
        }
    }

    /** One batch in its own transaction, one at a time: a caller that finds none waiting knows none is half-sent. */
    private int sendEnBatch() {
        enAvGangen.lock();
        try {
            Integer n = tx.execute(s -> sendBatch());
            return n == null ? 0 : n;
        } finally {
            enAvGangen.unlock();
        }
    }

    /** Sends one batch; returns how many were sent. */
    public int sendBatch() {
        List<Faktura> fakturaer = tables.nesteUsendte(batch);
        if (fakturaer.isEmpty()) return 0;
        List<UUID> kravIder = fakturaer.stream().map(Faktura::kravId).distinct().toList();
        Map<UUID, Kravsaldo> krav = new HashMap<>();
        for (Kravsaldo k : saldoer.saldoer(kravIder, LocalDate.MAX)) krav.put(k.kravId(), k);
        // the creditor's reference as it stands now: intake owns it, and a change through the creditor API lands there
        Map<UUID, String> referanser = oppdrag.oppdragsgiversReferanser(kravIder);
        Map<UUID, LocalDate> forfall = forfallVedSending(fakturaer, krav);
        List<Brev> brev = fakturaer.stream()
                .map(f -> brev(f, krav.get(f.kravId()), referanser.get(f.kravId()), forfall.get(f.kravId()))).toList();
        List<Brevutsending.Sendt> sendt = utsending.send(brev);
        for (int i = 0; i < fakturaer.size(); i++)
            tables.markerSendt(fakturaer.get(i).fakturanummer(), sendt.get(i).kanal().name(), sendt.get(i).dokumentId(), clock.instant());
        log.info("Sent {} invoices", fakturaer.size());
        return fakturaer.size();
    }

    /**
     * The due date each invoice states: the ledger's first due date of its claim, moved later when the invoice goes out
     * on a later day than it was dated, since the term runs from sending (decision 0024).
     */
    private Map<UUID, LocalDate> forfallVedSending(List<Faktura> fakturaer, Map<UUID, Kravsaldo> krav) {
        Map<UUID, LocalDate> svar = new HashMap<>();
        List<UUID> ider = fakturaer.stream().filter(f -> f.type() == Faktura.Type.FAKTURA).map(Faktura::kravId).toList();
        for (Kravforfall f : saldoer.forfall(ider)) if (f.nummer() == 1) svar.put(f.kravId(), f.forfallsdato());
        LocalDate idag = LocalDate.now(clock);
        for (UUID kravId : ider) {
            Kravsaldo saldo = krav.get(kravId);
            LocalDate satt = svar.get(kravId);
            if (saldo == null || satt == null) continue;
            int frist = katalog.kravtype(saldo.kravtype()).map(Kravtype::betalingsfristDager)
                    .orElseThrow(() -> new IllegalStateException("claim type not in the catalogue: " + saldo.kravtype()));
            Betalingsfrist.utsattVedSending(satt, idag, frist).ifPresent(ny -> {
                bokfoering.utsettForfall(kravId, 1, ny);
                svar.put(kravId, ny);
            });
        }
        return svar;
    }

    /** The invoice or credit note as a letter: the claim described from its owners (ledger, catalogue, intake). */
    private Brev brev(Faktura f, Kravsaldo saldo, String referanse, LocalDate forfallsdato) {
        Kravtype type = saldo == null ? null : katalog.kravtype(saldo.kravtype()).orElse(null);
        String oppdragsgiver = saldo == null ? "" : katalog.oppdragsgiver(saldo.oppdragsgiver()).map(Oppdragsgiver::navn)
                .orElse(saldo.oppdragsgiver());
        String beskrivelse = type == null ? (saldo == null ? "Krav" : saldo.kravtype()) : type.navnForSkyldner();
        List<Brev.Linje> linjer = new ArrayList<>();
        if (f.type() == Faktura.Type.KREDITNOTA || saldo == null) {
            linjer.add(new Brev.Linje(f.type() == Faktura.Type.KREDITNOTA
                    ? "Reduksjon av " + beskrivelse.toLowerCase() : beskrivelse, f.beloepOre()));
        } else {
            for (Kravsaldo.Linjesaldo l : saldo.linjer()) {
                if (l.opprinneligOre() <= 0) continue;
                linjer.add(new Brev.Linje(l.linjetype() == Linjetype.HOVEDSTOL ? beskrivelse
                        : "Renter" + (l.rentetype() == null ? "" : " (" + l.rentetype().toLowerCase() + ")"), l.opprinneligOre()));
            }
        }
        var omtale = new Brev.Kravomtale(oppdragsgiver, beskrivelse, referanse,
                saldo == null ? f.fakturadato() : saldo.fastsettelsesdato(), type != null && type.forsinkelsesrente());
        boolean faktura = f.type() == Faktura.Type.FAKTURA;
        return new Brev(faktura ? new Brevslag.Faktura() : new Brevslag.Kreditnota(String.valueOf(f.gjelderFaktura())),
                String.valueOf(f.fakturanummer()), f.fakturadato(), Skyldner.av(f.skyldner()), omtale, linjer,
                faktura ? new Brev.Betaling(f.kid(), forfallsdato, new Brev.Konto(konto.kontonummer(), konto.iban(),
                        konto.swiftBIC(), konto.bankinformasjon())) : null);
    }
}

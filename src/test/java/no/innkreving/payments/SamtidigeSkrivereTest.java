package no.innkreving.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.payments.demo.Camt054.Betaling;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A creditor's write-off and a bank payment on the same debtor at the same moment go through the ledger's one
 * debtor-scoped unit of work (decision 0021): one waits for the other, and the ledger afterwards balances, every line
 * balance equals its postings, no line is below zero and every krone paid in is placed or refunded. Each claim is
 * NAV's example, 15 000,00 + 1 500,00 interest = 1 650 000 øre; each payment 5 000,00 with the claim's KID.
 */
class SamtidigeSkrivereTest extends ApiTestBase {
    static final String KONTO = "76940500121";
    static final long BETALT = 500_000;

    @Autowired
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Reskontroavstemming reskontro;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    Innbetalinger innbetalinger;
    @Autowired
    Betalingsavstemming avstemming;
    @Autowired
    PlatformTransactionManager transaksjoner;
    @TempDir
    Path tmp;

    private final ExecutorService traader = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopp() {
        traader.close();
    }

    private UUID bookedKrav(String fnr) {
        return UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("KAPP")), "RESKONTROFOERT"));
    }

    private String kid(UUID krav) {
        return fakturering.forKrav(List.of(krav)).stream().filter(f -> f.type() == Faktura.Type.FAKTURA).findFirst()
                .orElseThrow().kid();
    }

    private Importresultat betal(UUID krav) {
        try {
            String navn = unik("kapp") + ".xml";
            Path fil = tmp.resolve(navn);
            Files.writeString(fil, Camt054.fil(unik("MSG"), KONTO, List.of(new Betaling(unik("REF"), idag(), BETALT, kid(krav),
                    "Ola Normann", "12345678903"))), StandardCharsets.UTF_8);
            return importen.importer(fil, navn, "OPPLASTING");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a transaction is waiting for the advisory lock of this debtor's lock group (pg_advisory_xact_lock(11, g)). */
    private boolean noenVenterPaaGruppen(String skyldner) {
        return jdbc.queryForObject("""
                select count(*) > 0 from pg_locks where locktype = 'advisory' and classid = 11 and objid = ? and objsubid = 2
                and not granted""", Boolean.class, Bokfoering.laasegruppe(skyldner));
    }

    /**
     * The write-off holds the debtor's lock (its transaction not yet ended) while the payment arrives: the payment's
     * booking waits for the lock (seen in pg_locks; before the one write path a write-off locked only the claim's row
     * and the payment went ahead on the balance the write-off was about to remove). It then finds nothing open and
     * refunds the 5 000,00; the write-off took the whole 16 500,00.
     */
    @Test
    void betaling_venter_paa_avskriving_av_samme_skyldner() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = bookedKrav(fnr);
        kid(krav);
        var tx = new TransactionTemplate(transaksjoner);
        var avskrevet = new CountDownLatch(1);
        var betalingVenter = new CountDownLatch(1);
        var avskriving = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            bokfoering.avskrivAvOppdragsgiver(krav, UUID.randomUUID());
            avskrevet.countDown();
            await(betalingVenter);
        }), traader);
        assertThat(avskrevet.await(20, TimeUnit.SECONDS)).isTrue();
        var betaling = CompletableFuture.supplyAsync(() -> betal(krav), traader);
        long frist = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!noenVenterPaaGruppen(fnr) && !betaling.isDone() && System.nanoTime() < frist) Thread.onSpinWait();
        boolean ventet = noenVenterPaaGruppen(fnr);
        betalingVenter.countDown();
        avskriving.get(20, TimeUnit.SECONDS);
        betaling.get(20, TimeUnit.SECONDS);
        assertThat(ventet).as("the payment waited for the write-off's lock").isTrue();

        assertThat(gjenstaaende(krav)).isZero();
        assertThat(avskrevet(krav)).isEqualTo(1_650_000);
        var konti = kontiForBetaling(fnr);
        assertThat(konti).containsEntry(Konto.BANK, BETALT).containsEntry(Konto.TIL_UTBETALING, -BETALT).doesNotContainKey(Konto.SKYLDNER_FORDRING);
        ledgerenStemmer(krav);
    }

    /**
     * Write-off and payment started together, several rounds: whichever takes the debtor's lock first, afterwards the
     * claim is at 0, the write-off took exactly what the payment did not (16 500,00 - placed), and the payment is all
     * placed (5 000,00) or all refunded, nothing lost or counted twice.
     */
    @Test
    void avskriving_og_betaling_samtidig_etterlater_en_ledger_som_stemmer() throws Exception {
        for (int runde = 0; runde < 4; runde++) {
            String fnr = Testpersoner.person(jdbc, "BOSATT");
            UUID krav = bookedKrav(fnr);
            kid(krav);
            var start = new CountDownLatch(1);
            var betaling = CompletableFuture.supplyAsync(() -> {
                await(start);
                return betal(krav);
            }, traader);
            var avskriving = CompletableFuture.runAsync(() -> {
                await(start);
                bokfoering.avskrivAvOppdragsgiver(krav, UUID.randomUUID());
            }, traader);
            start.countDown();
            betaling.get(30, TimeUnit.SECONDS);
            avskriving.get(30, TimeUnit.SECONDS);

            assertThat(gjenstaaende(krav)).isZero();
            var konti = kontiForBetaling(fnr);
            long plassert = -konti.getOrDefault(Konto.SKYLDNER_FORDRING, 0L);
            long tilbake = -konti.getOrDefault(Konto.TIL_UTBETALING, 0L);
            assertThat(konti).containsEntry(Konto.BANK, BETALT);
            assertThat(plassert + tilbake).isEqualTo(BETALT);
            assertThat(plassert).isIn(0L, BETALT);
            assertThat(avskrevet(krav)).isEqualTo(1_650_000 - plassert);
            ledgerenStemmer(krav);
        }
    }

    private long gjenstaaende(UUID krav) {
        return saldoer.saldo(krav, LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElseThrow();
    }

    private long avskrevet(UUID krav) {
        return jdbc.queryForObject("""
                select coalesce(-sum(beloep_ore), 0) from postering where krav_id = ? and konto = 'SKYLDNER_FORDRING'
                and art = 'AVSKREVET'""", Long.class, krav);
    }

    private Map<Konto, Long> kontiForBetaling(String fnr) {
        var betaling = innbetalinger.forSkyldner(fnr).getFirst();
        return saldoer.innbetalingsbalanser(List.of(betaling.innbetalingId())).get(betaling.innbetalingId());
    }

    /** Every transaction balances, line balances equal their postings, no line below zero, the money reconciles. */
    private void ledgerenStemmer(UUID krav) {
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from linjesaldo where saldo_ore < 0", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from (select kravlinje_id from postering where krav_id = ? and konto = 'SKYLDNER_FORDRING'
                group by kravlinje_id having sum(beloep_ore) < 0) x""", Long.class, krav)).isZero();
        var avstemt = avstemming.kontroller();
        assertThat(avstemt.stemmer()).as(avstemt.toString()).isTrue();
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

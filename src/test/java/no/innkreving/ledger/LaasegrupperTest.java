package no.innkreving.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Work on a debtor's claims holds the lock of the debtor's group (decision 0017), through to the end of its transaction. */
class LaasegrupperTest extends ApiTestBase {
    @Autowired
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Reskontroavstemming reskontro;
    @Autowired
    PlatformTransactionManager transaksjoner;

    /** String.hashCode mod 1 024, worked out by hand: "12345678901" hashes to 745 463 030, "98765432109" to -1 434 695 682. */
    @Test
    void gruppen_er_hashkoden_modulo_1024() {
        assertThat(Bokfoering.laasegruppe("12345678901")).isEqualTo(246);
        assertThat(Bokfoering.laasegruppe("12345678902")).isEqualTo(247);
        assertThat(Bokfoering.laasegruppe("98765432109")).isEqualTo(1022); // floor modulo: never negative
    }

    @Test
    void samme_gruppe_venter_til_den_foerste_transaksjonen_er_ferdig_andre_grupper_gaar_forbi() throws Exception {
        var tx = new TransactionTemplate(transaksjoner);
        var traader = Executors.newVirtualThreadPerTaskExecutor(); // not the common pool: one thread on two cores
        var holdt = new CountDownLatch(1);
        var slipp = new CountDownLatch(1);
        var foerste = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            bokfoering.forSkyldnere(List.of("12345678901"), e -> null);
            holdt.countDown();
            try {
                slipp.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), traader);
        assertThat(holdt.await(10, TimeUnit.SECONDS)).isTrue();

        var annenGruppe = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> bokfoering.forSkyldnere(List.of("12345678902"), e -> null)), traader);
        annenGruppe.get(10, TimeUnit.SECONDS); // not held up

        var sammeSkyldner = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s ->
                bokfoering.forSkyldnere(List.of("98765432109", "12345678901"), e -> null)), traader);
        // it waits on the first one's advisory lock: seen in pg_locks (polled with a deadline), and it is not done
        long slutt = System.currentTimeMillis() + 10_000;
        while (venterPaaLaas() == 0 && System.currentTimeMillis() < slutt) Thread.onSpinWait();
        assertThat(venterPaaLaas()).isEqualTo(1);
        assertThat(sammeSkyldner).isNotDone();
        slipp.countDown();
        foerste.get(10, TimeUnit.SECONDS);
        sammeSkyldner.get(10, TimeUnit.SECONDS);
        traader.close();
    }

    /** Transactions waiting for the lock of group 246 (the first debtor's, held above): pg_advisory_xact_lock(11, 246). */
    private long venterPaaLaas() {
        return jdbc.queryForObject("""
                select count(*) from pg_locks where locktype = 'advisory' and classid = 11 and objid = 246 and not granted""", Long.class);
    }
}

package no.innkreving.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;
import org.springframework.jdbc.core.JdbcTemplate;

/**

 * Born 1940-1999 with individual numbers 500-999, which the demo population (individual numbers below 500 for
 * those years) never uses, so an unregistered test person is truly unknown.
 * Fresh synthetic parties for each test, written to the local registers so every test owns its debtors. Numbers
 * are synthetic test persons (month + 80) and organisation numbers starting 99, and skip any number the demo
 * population already holds.
 */
public final class Testpersoner {
    private static final AtomicInteger TELLER = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private Testpersoner() {
    }

    /** A valid synthetic fødselsnummer nobody has used in this JVM. */
    public static String nyttFoedselsnummer() {
        while (true) {
            int n = TELLER.incrementAndGet();
            LocalDate f = LocalDate.of(1940, 1, 1).plusDays(n % 21_900);
            String ni = String.format("%02d%02d%02d%03d", f.getDayOfMonth(), f.getMonthValue() + 80, f.getYear() % 100, (n / 21_900 * 7 + n) % 500 + 500);
            String k = Foedselsnummer.kontrollsifre(ni);
            if (k != null) return ni + k;
        }
    }

    public static String nyttOrganisasjonsnummer() {
        while (true) {
            String aatte = String.format("99%06d", TELLER.incrementAndGet() % 1_000_000);
            Integer k = Organisasjonsnummer.kontrollsiffer(aatte);
            if (k != null) return aatte + k;
        }
    }

    public static String person(JdbcTemplate jdbc, String status) {
        while (true) {
            String fnr = nyttFoedselsnummer();
            int n = jdbc.update("insert into register_person (foedselsnummer, navn, status, doedsdato) values (?, ?, ?, ?) on conflict do nothing",
                    fnr, "Test Testesen " + fnr.substring(7), status, "DOED".equals(status) ? LocalDate.now().minusMonths(2) : null);
            if (n == 1) return fnr; // else the demo population had it already
        }
    }

    public static String organisasjon(JdbcTemplate jdbc, String status) {
        while (true) {
            String orgnr = nyttOrganisasjonsnummer();
            int n = jdbc.update("insert into register_enhet (organisasjonsnummer, navn, status) values (?, ?, ?) on conflict do nothing",
                    orgnr, "Testfirma " + orgnr + " AS", status);
            if (n == 1) return orgnr;
        }
    }
}

package no.innkreving.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh synthetic parties for each test, written to the local registers so every test owns its debtors. Numbers
 * are synthetic test persons (month + 80) and organisation numbers starting 31, so they never collide with the
 * demo population.
 */
public final class Testpersoner {
    private static final AtomicInteger TELLER = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private Testpersoner() {
    }

    /** A valid synthetic fødselsnummer nobody has used in this JVM. */
    public static String nyttFoedselsnummer() {
        while (true) {
            int n = TELLER.incrementAndGet();
            LocalDate f = LocalDate.of(1940, 1, 1).plusDays(n % 25_000);
            String ni = String.format("%02d%02d%02d%03d", f.getDayOfMonth(), f.getMonthValue() + 80, f.getYear() % 100, (n / 25_000 * 7 + n) % 500 + 500);
            String k = Foedselsnummer.kontrollsifre(ni);
            if (k != null) return ni + k;
        }
    }

    public static String nyttOrganisasjonsnummer() {
        while (true) {
            String aatte = String.format("31%06d", TELLER.incrementAndGet() % 1_000_000);
            Integer k = Organisasjonsnummer.kontrollsiffer(aatte);
            if (k != null) return aatte + k;
        }
    }

    public static String person(JdbcTemplate jdbc, String status) {
        String fnr = nyttFoedselsnummer();
        jdbc.update("insert into register_person (foedselsnummer, navn, status, doedsdato) values (?, ?, ?, ?)",
                fnr, "Test Testesen " + fnr.substring(7), status, "DOED".equals(status) ? LocalDate.now().minusMonths(2) : null);
        return fnr;
    }

    public static String organisasjon(JdbcTemplate jdbc, String status) {
        String orgnr = nyttOrganisasjonsnummer();
        jdbc.update("insert into register_enhet (organisasjonsnummer, navn, status) values (?, ?, ?)",
                orgnr, "Testfirma " + orgnr + " AS", status);
        return orgnr;
    }
}

package no.innkreving.payments.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.KravTilBokfoering;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.application.Innboksvakt;
import no.innkreving.payments.demo.Camt054.Betaling;
import no.innkreving.platform.demodata.DemodataFoerPorten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: claims for the demo organisation 310000000 and the demo person 01838012317, invoiced at once,
 * and a bank file dropped in the inbox like the bank would: one payment placed, one overpayment refunded although a
 * claim not yet due is open (decision 0028), one refund, and one payment with a KID that is nobody's (the caseworker's suspense queue). Once:
 * the claims are booked only if the organisation has none, and the same bank file again has no effect. The file is
 * taken in before the app opens its port, so a new user's first request finds the demo data in place (and a claim
 * the user makes for the demo person is not met by the demo's payments).
 */
@Component
@Profile("demo")
class DemoBetalinger extends DemodataFoerPorten {
    static final String ORGANISASJON = "310000000";
    static final String PERSON = "01838012317";
    /** A well-formed KID (mod 10) that no invoice of ours has: its payment goes to suspense. */
    static final String UKJENT_KID = "999999999991";
    private static final Logger log = LoggerFactory.getLogger(DemoBetalinger.class);

    private final Bokfoering bokfoering;
    private final Saldoer saldoer;
    private final Fakturering fakturering;
    private final Innboksvakt innboks;
    private final Clock clock;
    private final boolean paaTid;

    DemoBetalinger(Bokfoering bokfoering, Saldoer saldoer, Fakturering fakturering, Innboksvakt innboks, Clock clock,
                   @Value("${innkreving.scheduling.enabled:true}") boolean paaTid) {
        super("the payment example", 2);
        this.paaTid = paaTid;
        this.bokfoering = bokfoering;
        this.saldoer = saldoer;
        this.fakturering = fakturering;
        this.innboks = innboks;
        this.clock = clock;
    }

    /** Before the offset example ({@code offset.demo}), which needs it done. */
    @Override
    protected void legg() throws IOException, InterruptedException {
        if (!saldoer.kravForSkyldner(ORGANISASJON).isEmpty()) return;
        LocalDate idag = LocalDate.now(clock);
        UUID mulkt = UUID.nameUUIDFromBytes("demo-mulkt".getBytes());
        UUID sakfoersel = UUID.nameUUIDFromBytes("demo-sakfoersel".getBytes());
        UUID rettsraad = UUID.nameUUIDFromBytes("demo-rettsraad".getBytes());
        bokfoering.bokfoer(List.of(
                new KravTilBokfoering(mulkt, ORGANISASJON, "ORGANISASJON", "974760673", "TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                        idag.minusDays(30), idag.minusDays(30), 2_500_000, List.of()),
                new KravTilBokfoering(sakfoersel, ORGANISASJON, "ORGANISASJON", "986186085", "EGENANDEL_FRI_SAKFOERSEL",
                        idag.minusDays(20), idag.minusDays(20), 300_000, List.of()),
                new KravTilBokfoering(rettsraad, PERSON, "PERSON", "986186085", "EGENANDEL_FRITT_RETTSRAAD",
                        idag.minusDays(20), idag.minusDays(20), 200_000, List.of())));
        String kidMulkt = kid(mulkt);
        String kidSakfoersel = kid(sakfoersel);
        String kidRettsraad = kid(rettsraad);
        String xml = Camt054.fil("DEMO-" + idag, "76940500121", List.of(
                new Betaling("DEMO-" + idag + "-1", idag, 1_000_000, kidMulkt, "DEMO BEDRIFT AS", "15030100007"),
                new Betaling("DEMO-" + idag + "-2", idag, 400_000, kidSakfoersel, "DEMO BEDRIFT AS", "15030100007"),
                new Betaling("DEMO-" + idag + "-3", idag, 250_000, kidRettsraad, "DEMO PERSON", "12345678903"),
                new Betaling("DEMO-" + idag + "-4", idag, 75_000, UKJENT_KID, "UKJENT BETALER", "11112233336")),
                idag);
        Files.createDirectories(innboks.innboks());
        Path part = innboks.innboks().resolve("demo-camt054.xml.part");
        Files.writeString(part, xml, StandardCharsets.UTF_8);
        Path fil = Files.move(part, innboks.innboks().resolve("demo-camt054.xml"), StandardCopyOption.ATOMIC_MOVE);
        log.info("Demo: 3 claims booked and invoiced (KID {}, {}, {}); a bank file with 4 payments dropped in {}",
                kidMulkt, kidSakfoersel, kidRettsraad, innboks.innboks());
        // not in tests (nothing runs on real time there: they take the inbox themselves)
        if (paaTid && !innboks.taInn(fil, 30_000)) log.warn("Demo: the bank file was not taken in within 30 s; the inbox takes it later");
    }

    private String kid(UUID krav) {
        return fakturering.forKrav(List.of(krav)).stream().filter(f -> f.type() == Faktura.Type.FAKTURA)
                .map(Faktura::kid).findFirst().orElseThrow();
    }
}

package no.innkreving.offset.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.KravTilBokfoering;
import no.innkreving.offset.Motregninger;
import no.innkreving.offset.application.Motregningsinnboks;
import no.innkreving.offset.domain.Motregningsfilformat;
import no.innkreving.platform.demodata.DemodataFoerPorten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: a NAV repayment claim (TILBAKEKREVING_BARNETRYGD, 15 000,00) for the demo person 01838012317, and a
 * tax-settlement file in the offset inbox with a refund of 20 000,00 to him falling due in 30 days (after the claim's
 * due date): 15 000,00 is offset against the claim, 5 000,00 paid out, and he gets «Melding om motregning». Once: not
 * again when he already has an amount for offset. Laid out after the demo bank file has paid his other claim (so the
 * refund meets only the NAV claim, as docs/demo-data.md says) and taken in before the app opens its port: a claim a
 * new user then makes for him (the README's walks) is not offset by the demo's refund.
 */
@Component
@Profile("demo")
class DemoMotregning extends DemodataFoerPorten {
    static final String PERSON = "01838012317";
    private static final Logger log = LoggerFactory.getLogger(DemoMotregning.class);

    private final Bokfoering bokfoering;
    private final Motregninger motregninger;
    private final Motregningsinnboks innboks;
    private final Clock clock;
    private final boolean paaTid;

    DemoMotregning(Bokfoering bokfoering, Motregninger motregninger, Motregningsinnboks innboks, Clock clock,
                   @Value("${innkreving.scheduling.enabled:true}") boolean paaTid) {
        super("the offset example", 1);
        this.paaTid = paaTid;
        this.bokfoering = bokfoering;
        this.motregninger = motregninger;
        this.innboks = innboks;
        this.clock = clock;
    }

    /** After the demo bank file (payments.demo), which pays his other claim first. */
    @Override
    protected void legg() throws IOException, InterruptedException {
        // not in tests (nothing runs on real time there, and they own their debtors), and once
        if (!paaTid || !motregninger.forSkyldner(PERSON).isEmpty()) return;
        if (!innboks.taInn(leggFil(), 30_000)) log.warn("Demo: the offset file was not taken in within 30 s; the inbox takes it later");
    }

    private Path leggFil() throws IOException {
        LocalDate idag = LocalDate.now(clock);
        UUID krav = UUID.nameUUIDFromBytes("demo-motregning-barnetrygd".getBytes(StandardCharsets.UTF_8));
        bokfoering.bokfoer(List.of(new KravTilBokfoering(krav, PERSON, "PERSON", "889640782", "TILBAKEKREVING_BARNETRYGD",
                idag.minusDays(30), idag.minusDays(30), 1_500_000, List.of())));
        String fil = Motregningsfilformat.HODE + "\n"
                + "DEMO-SKATT-" + idag + ";" + PERSON + ";2000000;SKATTEOPPGJOER;" + idag.plusDays(30) + ";12345678903\n";
        Files.createDirectories(innboks.innboks());
        Path part = innboks.innboks().resolve("demo-motregning.csv.part");
        Files.writeString(part, fil, StandardCharsets.UTF_8);
        Path lagt = Files.move(part, innboks.innboks().resolve("demo-motregning.csv"), StandardCopyOption.ATOMIC_MOVE);
        log.info("Demo: a NAV claim of 15 000,00 for {} and a tax refund of 20 000,00 for offset dropped in {}", PERSON, innboks.innboks());
        return lagt;
    }
}

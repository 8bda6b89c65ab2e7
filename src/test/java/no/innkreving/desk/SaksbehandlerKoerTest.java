package no.innkreving.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.domain.Kid;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.portal.Tekster;
import no.innkreving.submissions.Soeknader;
import no.innkreving.submissions.Soeknadsslag;
import no.innkreving.support.NettleserTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's queues for a caseworker with every role (issue 21): a waiver application with its deadline, a payment
 * in suspense, a claim near limitation, and the enforcement queue; each row links to where it is decided. The
 * waiver is then granted in the browser: what remained of the chosen claim is written off.
 */
class SaksbehandlerKoerTest extends NettleserTestBase {
    @Autowired
    Soeknader soeknader;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    Saldoer saldoer;
    @TempDir
    Path tmp;

    @Test
    void koeene_viser_frister_og_lenker_og_ettergivelse_innvilges_i_nettleseren() throws Exception {
        // a claim set (and its interest imposed) 3 years less 60 days ago: time-barred after 3 years (foreldelsesloven
        // § 2), so about 60 days from now, inside the 180-day watch window (desk/koer.properties)
        String gammel = Testpersoner.person(jdbc, "BOSATT");
        LocalDate fastsatt = idag().minusYears(3).plusDays(60);
        opprettOgVent(nav(), navKrav(gammel, unik("FOR")).replace(idag().minusDays(10).toString(), fastsatt.toString()), "RESKONTROFOERT");

        // a payment whose KID is nobody's: 1 234,57 in suspense, to be placed within 14 days of its payment date
        Path fil = tmp.resolve("ukjent.xml");
        Files.writeString(fil, Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), idag(), 123_457,
                Kid.forFakturanummer(99_999_999_990L), "Ukjent Betaler Desk", "11112233336"))), StandardCharsets.UTF_8);
        importen.importer(fil, "ukjent.xml", "OPPLASTING");

        // a waiver application (deadline 21 days, submissions/frister.properties)
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("ETG")), "RESKONTROFOERT"));
        UUID soeknad = soeknader.motta(new Soeknader.NySoeknad(UUID.randomUUID(), fnr, fnr, Soeknadsslag.ETTERGIVELSE, "Varig ufør.",
                "Uføretrygd 18 000 kr i måneden.", true, List.of())).soeknadId();

        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?saksbehandler=Z990021"); // every role
        gaaTil("/saksbehandler/koer");
        assertThat(h1()).isEqualTo("Køer");
        for (String koe : List.of("klager", "betalingsavtaler", "ettergivelse", "uplasserte", "foreldelse", "tvangsinnkreving"))
            assertThat(nettleser.findElements(By.id("koe-" + koe))).as(koe).hasSize(1);
        assertThat(finn(By.cssSelector("#koe-ettergivelse a[href='/saksbehandler/soknad/" + soeknad + "']"))
                .findElement(By.xpath("./ancestor::tr")).getText()).contains(Tekster.dato(idag().plusDays(21))).contains(fnr);
        assertThat(finn(By.id("koe-uplasserte")).getText()).contains("Uplassert innbetaling 1 234,57 kr").contains("Ukjent Betaler Desk")
                .contains(Tekster.dato(idag().plusDays(14)));
        assertThat(finn(By.cssSelector("#koe-foreldelse a[href='/saksbehandler/skyldner/" + gammel + "']"))
                .findElement(By.xpath("./ancestor::tr")).getText()).contains("Foreldes etter");
        tilgjengelig();
        skjermbilde("saksbehandler-alle-koer");

        klikkOgVent(By.cssSelector("#koe-ettergivelse a[href='/saksbehandler/soknad/" + soeknad + "']"));
        assertThat(h1()).isEqualTo("Søknad om ettergivelse");
        tilgjengelig();
        skjermbilde("saksbehandler-soknad");
        finn(By.id("utfall-INNVILGET")).click();
        finn(By.id("krav-" + krav)).click();
        finn(By.id("begrunnelse")).sendKeys("Varig manglende betalingsevne.");
        sendSkjema();
        // NAV's example claim: 15 000,00 + 1 500,00 = 16 500,00 left, all forgiven
        assertThat(finn(By.id("vedtak")).getText()).contains("Søknaden er innvilget").contains("Ettergitt 16 500,00 kr på 1 krav");
        tilgjengelig();
        assertThat(saldoer.saldo(krav, LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElseThrow()).isZero();
        gaaTil("/saksbehandler/skyldner/" + fnr);
        assertThat(finn(By.id("krav-" + krav)).getText()).contains("Ettergitt " + Tekster.dato(idag()));
        tilgjengelig();
    }
}

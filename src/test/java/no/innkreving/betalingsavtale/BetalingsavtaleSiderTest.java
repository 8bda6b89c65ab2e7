package no.innkreving.betalingsavtale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.support.NettleserTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan and postponement pages in a real browser, with the clock set: a person's NAV claim of 16 500,00 kr
 * (15 000 + 1 500 strafferente) booked Monday 2 June 2025, due 23 June; the debtor applies on Tuesday 10 June 2025.
 * Figures as derived in BetalingsavtaleFlytTest: at 2 000 a month on the 20th, 9 instalments from 21.07.2025 to
 * 20.03.2026, the last 500. Screenshots in target/skjermbilder/.
 */
class BetalingsavtaleSiderTest extends NettleserTestBase {
    @Autowired
    Betalingsavtaler avtaler;
    @Autowired
    Fakturering fakturering;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    record Debitor(String pid, UUID krav) {
    }

    private Debitor debitor() {
        tidsmaskin.reisTil(LocalDate.of(2025, 6, 2));
        String pid = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(pid, unik("WEBPLAN")), "RESKONTROFOERT"));
        tidsmaskin.reisTil(LocalDate.of(2025, 6, 10));
        return new Debitor(pid, krav);
    }

    private void soekAvtale(String beloep, String dag) {
        gaaTil("/skyldner/betalingsavtale");
        finn(By.id("maanedsbeloep")).clear();
        finn(By.id("maanedsbeloep")).sendKeys(beloep);
        new Select(finn(By.id("dag"))).selectByValue(dag);
        sendSkjema();
    }

    @Test
    void skyldner_soeker_og_faar_avtale_godkjent_med_avdragsliste() {
        Debitor d = debitor();
        loggInnSom(d.pid());
        gaaTil("/skyldner/betalingsavtale");
        assertThat(h1()).isEqualTo("Søk om betalingsavtale");
        assertThat(sidetekst()).contains("16 500,00 kr", "minst 500,00 kr");
        tilgjengelig();
        skjermbilde("betalingsavtale-skjema");

        soekAvtale("2000", "20");
        assertThat(nettleser.getCurrentUrl()).contains("/skyldner/betalingssak/");
        assertThat(h1()).isEqualTo("Søknad om betalingsavtale");
        String kid = avtaler.saker(d.pid()).getFirst().kid();
        assertThat(kid).matches("\\d{13}");
        assertThat(sidetekst()).contains("Godkjent", "9 avdrag", "21.07.2025", "22.09.2025", "20.03.2026", "2 000,00", "500,00", kid,
                "7694 05 00121");
        tilgjengelig();
        skjermbilde("betalingsavtale-godkjent");
        // the letter of the decision is the debtor's to download
        String brev = finn(By.partialLinkText("brevet")).getAttribute("href");
        assertThat(hentMedSesjon(java.net.URI.create(brev).getPath()).statusCode()).isEqualTo(200);
        // the overview shows the instalments as due dates of the claim
        gaaTil("/skyldner/oversikt");
        assertThat(sidetekst()).contains("21.07.2025", "20.03.2026", "I betalingsavtale");
        skjermbilde("oversikt-med-betalingsavtale");
    }

    @Test
    void skyldner_faar_avslag_med_grunn_og_feil_i_skjemaet_vises_paa_norsk() {
        Debitor d = debitor();
        loggInnSom(d.pid());
        soekAvtale("to tusen", "20");
        assertThat(h1()).isEqualTo("Søk om betalingsavtale");
        assertThat(finn(By.id("feiloppsummering")).getText()).contains("Skriv beløpet i kroner");
        tilgjengelig();
        skjermbilde("betalingsavtale-feil-i-skjema");

        soekAvtale("400", "20");
        assertThat(sidetekst()).contains("Avslått", "Månedsbeløpet må være minst 500,00 kr.");
        tilgjengelig();
        skjermbilde("betalingsavtale-avslaatt");
    }

    @Test
    void skyldner_faar_utsettelse() {
        Debitor d = debitor();
        loggInnSom(d.pid());
        gaaTil("/skyldner/utsettelse");
        assertThat(h1()).isEqualTo("Søk om utsettelse");
        // 10.06 + 90 days: 20 to 30.06, 31 to 31.07, 31 to 31.08, 8 more -> 08.09.2025
        assertThat(sidetekst()).contains("Senest 08.09.2025");
        tilgjengelig();
        skjermbilde("utsettelse-skjema");
        ((JavascriptExecutor) nettleser).executeScript("document.getElementById('nyForfallsdato').value = '2025-07-15'");
        sendSkjema();
        assertThat(h1()).isEqualTo("Søknad om utsettelse");
        assertThat(sidetekst()).contains("Godkjent", "Ny betalingsfrist er 15.07.2025.");
        tilgjengelig();
        skjermbilde("utsettelse-godkjent");
    }

    @Test
    void stengt_ved_nyttaar_og_en_annens_sak_finnes_ikke() {
        Debitor annen = debitor();
        Betalingssak hans = avtaler.soekBetalingsavtale(annen.pid(), List.of(), 200_000, 20);
        Debitor d = debitor();
        loggInnSom(d.pid());
        assertThat(hentMedSesjon("/skyldner/betalingssak/" + hans.id()).statusCode()).isEqualTo(404);
        assertThat(hentMedSesjon("/skyldner/betalingssak/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        gaaTil("/skyldner/betalingssak/" + hans.id());
        assertThat(h1()).isEqualTo("Finnes ikke");

        tidsmaskin.reisTil(LocalDate.of(2026, 1, 2));
        gaaTil("/skyldner/betalingsavtale");
        assertThat(sidetekst()).contains("stengt fra 31. desember 2025 kl. 12.00 til 5. januar 2026 kl. 10.00");
        assertThat(nettleser.findElements(By.id("maanedsbeloep"))).isEmpty();
        tilgjengelig();
        skjermbilde("betalingsavtale-stengt");
    }

    @Test
    void saksbehandler_godkjenner_avtale_med_begrunnelse() {
        Debitor d = debitor();
        // 16 500 at 500 a month: 33 instalments, over 24: a caseworker decides, by 01.07.2025
        Betalingssak sak = avtaler.soekBetalingsavtale(d.pid(), List.of(), 50_000, 15);
        assertThat(sak.status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);

        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?saksbehandler=Z990001&rolle=KLAGE");
        gaaTil("/saksbehandler/betalingssaker");
        assertThat(h1()).isEqualTo("Ingen tilgang");

        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?saksbehandler=Z990002&rolle=BETALINGSAVTALE");
        gaaTil("/saksbehandler/betalingssaker");
        assertThat(h1()).isEqualTo("Betalingsavtaler og utsettelser til behandling");
        assertThat(sidetekst()).contains(String.valueOf(sak.saksnummer()), "01.07.2025");
        tilgjengelig();
        skjermbilde("saksbehandler-betalingssaker");

        klikkOgVent(By.linkText(String.valueOf(sak.saksnummer())));
        assertThat(h1()).isEqualTo("Betalingsavtale, sak " + sak.saksnummer());
        assertThat(sidetekst()).contains("33 avdrag", "Tilbakekreving av feilutbetalt barnetrygd", "16 500,00");
        tilgjengelig();
        skjermbilde("saksbehandler-betalingssak");

        // no reason: refused with a message, nothing decided
        finn(By.id("utfall-godkjent")).click();
        sendSkjema();
        assertThat(sidetekst()).contains("Begrunnelse må fylles ut.");
        assertThat(avtaler.sak(sak.id()).orElseThrow().status()).isEqualTo(Betalingssak.Status.TIL_SAKSBEHANDLER);

        finn(By.id("utfall-godkjent")).click();
        finn(By.id("begrunnelse")).sendKeys("Lav inntekt; 33 måneder er forsvarlig.");
        sendSkjema();
        assertThat(sidetekst()).contains("Vedtaket er registrert og brevet er sendt", "Godkjent", "Saksbehandler Z990002",
                "Lav inntekt; 33 måneder er forsvarlig.");
        Betalingssak avgjort = avtaler.sak(sak.id()).orElseThrow();
        assertThat(avgjort.status()).isEqualTo(Betalingssak.Status.GODKJENT);
        assertThat(avgjort.avgjortAv()).isEqualTo("Z990002");
        assertThat(avgjort.avdrag()).hasSize(33);
        tilgjengelig();
        skjermbilde("saksbehandler-betalingssak-avgjort");
        String brev = finn(By.partialLinkText("brevet")).getAttribute("href");
        assertThat(hentMedSesjon(java.net.URI.create(brev).getPath()).statusCode()).isEqualTo(200);
    }
}

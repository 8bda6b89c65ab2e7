package no.innkreving.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.innkreving.invoicing.application.Fakturautsending;
import no.innkreving.support.NettleserTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint (source document 002) and an application for waiver in a real browser: one form with documents, a
 * receipt with the 3-week answer date, a receipt letter and a caseworker task; uploads too large or not what they
 * claim are refused with a Norwegian page and nothing is stored; another debtor's complaint or attachment is 404.
 */
class KlageOgSoeknadTest extends NettleserTestBase {
    @Autowired
    Fakturautsending utsending;

    private String skyldnerMedKrav() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        opprettOgVent(nav(), navKrav(fnr, unik("KLAGE")), "RESKONTROFOERT");
        utsending.sendNeste();
        return fnr;
    }

    private static String pdfTekst(byte[] pdf) {
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int antall(String tabell, String skyldner) {
        return jdbc.queryForObject("select count(*) from " + tabell + " where skyldner = ?", Integer.class, skyldner);
    }

    private int vedlegg() {
        return jdbc.queryForObject("select count(*) from innsendt_vedlegg", Integer.class);
    }

    private void fyllUtKlage(String tema) {
        finn(By.id("tema-" + tema)).click();
        finn(By.id("begrunnelse")).sendKeys("Jeg har allerede betalt dette beløpet til NAV i mars.");
        finn(By.id("oensketUtfall")).sendKeys("Sletting av kravet.");
        finn(By.id("bekreftet")).click();
    }

    @Test
    void klage_paa_kravet_med_vedlegg_gir_kvittering_svarfrist_brev_og_oppgave() {
        String fnr = skyldnerMedKrav();
        UUID krav = jdbc.queryForObject("select krav_id from faktura where skyldner = ? and type = 'FAKTURA'", UUID.class, fnr);
        loggInnSom(fnr);
        gaaTil("/skyldner/klage?krav=" + krav);
        assertThat(h1()).isEqualTo("Klage");
        assertThat(new Select(finn(By.id("krav"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(krav.toString());
        fyllUtKlage("KRAVET");
        finn(By.id("vedlegg")).sendKeys(lagFil("kvittering-mars.pdf", PDF, 40_000).toString());
        tilgjengelig();
        skjermbilde("klage-skjema");
        sendSkjema();

        assertThat(h1()).isEqualTo("Klagen er mottatt");
        // 3 weeks: 21 days after the day of receipt (source document 002)
        LocalDate frist = idag().plusDays(21);
        assertThat(sidetekst()).contains(Tekster.datoIOrd(frist) + " (" + Tekster.dato(frist) + ")").contains("Innkrevingen fortsetter")
                .contains("Arbeids- og velferdsetaten").contains("kvittering-mars.pdf");
        tilgjengelig();
        skjermbilde("klage-kvittering");

        Map<String, Object> k = jdbc.queryForMap("select * from klage where skyldner = ?", fnr);
        assertThat(k.get("tema")).isEqualTo("KRAVET");
        assertThat(k.get("videresendes_oppdragsgiver")).isEqualTo(true);
        assertThat(k.get("oppdragsgiver")).isEqualTo(NAV);
        assertThat(k.get("innsendt_av")).isEqualTo(fnr);
        assertThat(((java.sql.Date) k.get("svarfrist")).toLocalDate()).isEqualTo(frist);
        assertThat(jdbc.queryForObject("select mediatype from innsendt_vedlegg where klage_id = ?", String.class, k.get("klage_id")))
                .isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject("select frist from oppgave where type = 'KLAGE' and referanse = ?", java.sql.Date.class,
                "klage:" + k.get("klage_id")).toLocalDate()).isEqualTo(frist);
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'KLAGEKVITTERING'",
                Integer.class, fnr)).isEqualTo(1);
        // the receipt letter says what the page says
        String brev = pdfTekst(hentMedSesjon(java.net.URI.create(finn(By.partialLinkText("Kvitteringen som brev")).getAttribute("href")).getPath()).body());
        assertThat(brev.replaceAll("\\s+", " ")).contains("Kvittering for klage").contains("senest " + Tekster.datoIOrd(frist))
                .contains("Klagen stopper ikke innkrevingen").contains("Arbeids- og velferdsetaten").contains("kvittering-mars.pdf");

        // the attachment downloads as it was sent; the overview marks the claim
        String lenke = finn(By.partialLinkText("kvittering-mars.pdf")).getAttribute("href");
        HttpResponse<byte[]> fil = hentMedSesjon(java.net.URI.create(lenke).getPath());
        assertThat(fil.statusCode()).isEqualTo(200);
        assertThat(fil.body()).hasSize(40_000);
        gaaTil("/skyldner/oversikt");
        assertThat(finn(By.cssSelector("article.krav")).getText()).contains("Klage under behandling");
        assertThat(sidetekst()).contains("Klager og søknader");

        // the caseworker with the complaint role sees the task with its deadline; one without it does not
        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?saksbehandler=Z990002&rolle=KLAGE");
        assertThat(sidetekst()).contains("Klage: Selve kravet – Tilbakekreving av feilutbetalt barnetrygd (videresendes oppdragsgiver)")
                .contains(Tekster.dato(frist)).contains(fnr);
        tilgjengelig();
        skjermbilde("saksbehandler-oppgaver");
        klikkOgVent(By.partialLinkText("Klage: Selve kravet"));
        assertThat(h1()).isEqualTo("Klage: Selve kravet");
        assertThat(sidetekst()).contains("Jeg har allerede betalt dette beløpet").contains("Sletting av kravet.")
                .contains("kvittering-mars.pdf").contains("Skyldnerens åpne krav");
        tilgjengelig();
        skjermbilde("saksbehandler-klage");
        assertThat(hentMedSesjon(java.net.URI.create(finn(By.partialLinkText("kvittering-mars.pdf")).getAttribute("href")).getPath())
                .body()).hasSize(40_000);
        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?saksbehandler=Z990003&rolle=BETALINGSAVTALE");
        assertThat(sidetekst()).doesNotContain(fnr);
        // nor may it open the complaint by its address
        assertThat(hentMedSesjon("/saksbehandler/klage/" + k.get("klage_id")).statusCode()).isEqualTo(403);

        // another debtor reaches neither the complaint nor its attachment
        String annen = Testpersoner.person(jdbc, "BOSATT");
        loggInnSom(annen);
        assertThat(hentMedSesjon("/skyldner/klage/" + k.get("klage_id")).statusCode()).isEqualTo(404);
        assertThat(hentMedSesjon(java.net.URI.create(lenke).getPath()).statusCode()).isEqualTo(404);
        gaaTil(java.net.URI.create(lenke).getPath());
        assertThat(h1()).isEqualTo("Finnes ikke");
    }

    @Test
    void for_stort_og_falskt_vedlegg_avvises_med_norsk_side_og_ingenting_lagres() {
        String fnr = skyldnerMedKrav();
        loggInnSom(fnr);
        int foer = vedlegg();

        // 11 MB, over the 10 MB an attachment may be
        gaaTil("/skyldner/klage");
        fyllUtKlage("SAKSBEHANDLINGEN");
        finn(By.id("vedlegg")).sendKeys(lagFil("stor.pdf", PDF, 11 * 1024 * 1024).toString());
        sendSkjema();
        assertThat(h1()).isEqualTo("Vedlegget er for stort");
        assertThat(sidetekst()).contains("«stor.pdf» er større enn 10 MB").contains("Ingenting ble lagret");
        tilgjengelig();
        skjermbilde("klage-for-stort");

        // a text file named .pdf: the content decides, not the name
        gaaTil("/skyldner/klage");
        fyllUtKlage("SAKSBEHANDLINGEN");
        finn(By.id("vedlegg")).sendKeys(lagFil("falsk.pdf", "Dette er ikke en PDF".getBytes(), 2_000).toString());
        sendSkjema();
        assertThat(h1()).isEqualTo("Vedlegget har feil filtype");
        assertThat(sidetekst()).contains("«falsk.pdf» er ikke en PDF-, JPEG- eller PNG-fil");

        // 50 MB in one file: the body is over the form's limit; the browser gets the page, not a broken connection
        gaaTil("/skyldner/klage");
        fyllUtKlage("SAKSBEHANDLINGEN");
        finn(By.id("vedlegg")).sendKeys(lagFil("femti.png", PNG, 55 * 1024 * 1024).toString());
        sendSkjema();
        assertThat(h1()).isEqualTo("Filene er for store");
        assertThat(sidetekst()).contains("Ingenting ble lagret");

        assertThat(antall("klage", fnr)).isZero();
        assertThat(vedlegg()).isEqualTo(foer);

        // the statuses the browser does not show
        Map<String, String> felter = Map.of("tema", "ANNET", "begrunnelse", "b", "oensketUtfall", "u", "bekreftet", "ja");
        HttpResponse<String> stor = postSkjemaMedSesjon("/skyldner/klage", "/skyldner/klage", felter, "vedlegg", "stor.pdf",
                java.util.Arrays.copyOf(PDF, 11 * 1024 * 1024));
        assertThat(stor.statusCode()).isEqualTo(413);
        assertThat(stor.body()).contains("Vedlegget er for stort").contains("lang=\"nb\"");
        HttpResponse<String> falsk = postSkjemaMedSesjon("/skyldner/klage", "/skyldner/klage", felter, "vedlegg", "bilde.png",
                "GIF89a-ikke-png".getBytes());
        assertThat(falsk.statusCode()).isEqualTo(415);
        HttpResponse<String> altForStor = postSkjemaMedSesjon("/skyldner/klage", "/skyldner/klage", felter, "vedlegg", "stor.pdf",
                java.util.Arrays.copyOf(PDF, 60 * 1024 * 1024));
        assertThat(altForStor.statusCode()).isEqualTo(413);
        assertThat(altForStor.body()).contains("Filene er for store").contains("Ingenting ble lagret");
        HttpResponse<String> mangler = postSkjemaMedSesjon("/skyldner/klage", "/skyldner/klage", Map.of("tema", "ANNET"));
        assertThat(mangler.statusCode()).isEqualTo(422);
        assertThat(mangler.body()).contains("Skriv hvorfor du klager.").contains("Bekreft klagen.");
        assertThat(antall("klage", fnr)).isZero();
        assertThat(vedlegg()).isEqualTo(foer);
    }

    /** The same form sent twice (a double click) is one complaint: one receipt letter, one task, one set of documents. */
    @Test
    void samme_skjema_sendt_to_ganger_er_en_klage() {
        String fnr = skyldnerMedKrav();
        loggInnSom(fnr);
        Map<String, String> felter = Map.of("innsending", UUID.randomUUID().toString(), "tema", "SAKSBEHANDLINGEN",
                "begrunnelse", "Dere svarte ikke på brevet mitt.", "oensketUtfall", "Svar.", "bekreftet", "ja");
        HttpResponse<String> en = postSkjemaMedSesjon("/skyldner/klage", "/skyldner/klage", felter, "vedlegg", "brev.pdf", PDF);
        HttpResponse<String> to = postSkjemaMedSesjon("/skyldner/klage", "/skyldner/klage", felter, "vedlegg", "brev.pdf", PDF);
        assertThat(en.statusCode()).isEqualTo(302);
        assertThat(to.statusCode()).isEqualTo(302);
        assertThat(to.headers().firstValue("Location")).isEqualTo(en.headers().firstValue("Location"));
        assertThat(antall("klage", fnr)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from oppgave where skyldner = ?", Integer.class, fnr)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'KLAGEKVITTERING'",
                Integer.class, fnr)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from innsendt_vedlegg v join klage k using (klage_id) where k.skyldner = ?",
                Integer.class, fnr)).isEqualTo(1);
    }

    @Test
    void soeknad_om_ettergivelse_med_dokument_blir_en_sak_for_saksbehandler() {
        String fnr = skyldnerMedKrav();
        loggInnSom(fnr);
        gaaTil("/skyldner/soknad");
        assertThat(h1()).isEqualTo("Søk om ettergivelse eller gjeldsordning");
        finn(By.id("slag-ETTERGIVELSE")).click();
        finn(By.id("begrunnelse")).sendKeys("Jeg er ufør og har ingen mulighet til å betale.");
        finn(By.id("oekonomi")).sendKeys("Uføretrygd 22 000 kr i måneden, husleie 9 000 kr.");
        finn(By.id("vedlegg")).sendKeys(lagFil("vedtak-uforetrygd.png", PNG, 5_000).toString());
        finn(By.id("bekreftet")).click();
        tilgjengelig();
        skjermbilde("soknad-skjema");
        sendSkjema();
        assertThat(h1()).isEqualTo("Søknaden er mottatt");
        assertThat(sidetekst()).contains("Søknad om ettergivelse").contains("vedtak-uforetrygd.png");
        tilgjengelig();
        UUID id = jdbc.queryForObject("select soeknad_id from soeknad where skyldner = ?", UUID.class, fnr);
        assertThat(jdbc.queryForObject("select mediatype from innsendt_vedlegg where soeknad_id = ?", String.class, id)).isEqualTo("image/png");
        assertThat(jdbc.queryForObject("select rolle from oppgave where referanse = ?", String.class, "soeknad:" + id)).isEqualTo("ETTERGIVELSE");
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'SOEKNADSKVITTERING'",
                Integer.class, fnr)).isEqualTo(1);
    }
}

package no.innkreving.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.invoicing.application.Fakturautsending;
import no.innkreving.portal.Tekster;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Klagetema;
import no.innkreving.submissions.Vedleggskontroll;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.support.NettleserTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caseworker decides a complaint in a real browser (issue 21): the queue shows it with its 3-week deadline, the
 * complaint page the debtor's case; upheld with collection held, the claim is on hold, the debtor gets the decision
 * letter, and the task is gone from the queue. A caseworker without the complaint role gets the 403 page, for reading
 * and for deciding.
 */
class SaksbehandlerKlageTest extends NettleserTestBase {
    @Autowired
    Fakturautsending utsending;
    @Autowired
    Klager klager;
    @Autowired
    Innkrevingsstanser stanser;
    @Autowired
    no.innkreving.desk.application.Saksvedtak saksvedtak;

    /** The debtor's attached receipt: a PDF by its magic bytes. */
    static final byte[] KVITTERING = "%PDF-1.4\n% kvittering mars\n".getBytes(StandardCharsets.US_ASCII);

    private record Sak(String fnr, UUID krav, UUID klageId) {
    }

    private Sak klagesak() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("SBK")), "RESKONTROFOERT"));
        utsending.sendNeste();
        UUID klageId = klager.motta(new Klager.NyKlage(UUID.randomUUID(), fnr, fnr, Klagetema.KRAVET, krav, "Jeg har allerede betalt dette til NAV i mars.",
                "Sletting av kravet.", true, List.of(new Vedleggskontroll.Godkjent("kvittering-mars.pdf", Vedleggskontroll.Filtype.PDF, KVITTERING))))
                .klageId();
        return new Sak(fnr, krav, klageId);
    }

    private void loggInnSomSaksbehandler(String ident, String roller) {
        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?saksbehandler=" + ident + "&rolle=" + roller);
    }

    @Test
    void saksbehandler_tar_klage_til_foelge_kravet_stanses_brev_sendes_og_oppgaven_forsvinner() {
        Sak sak = klagesak();
        LocalDate frist = idag().plusDays(21); // 3 weeks after receipt (source document 002)
        loggInnSomSaksbehandler("Z990011", "KLAGE");
        klikkOgVent(By.linkText("Køer med frister og saker å avgjøre"));
        assertThat(h1()).isEqualTo("Køer");
        String lenke = "/saksbehandler/klage/" + sak.klageId();
        var rad = finn(By.cssSelector("#koe-klager a[href='" + lenke + "']")).findElement(By.xpath("./ancestor::tr"));
        assertThat(rad.getText()).contains(Tekster.dato(frist)).contains(sak.fnr());
        tilgjengelig();
        skjermbilde("saksbehandler-koer");

        klikkOgVent(By.cssSelector("#koe-klager a[href='" + lenke + "']"));
        assertThat(h1()).isEqualTo("Klage: Selve kravet");
        assertThat(sidetekst()).contains("Jeg har allerede betalt dette til NAV i mars.").contains("Tilbakekreving av feilutbetalt barnetrygd");
        tilgjengelig();
        skjermbilde("saksbehandler-klage");
        // the attached document downloads as the debtor sent it
        HttpResponse<byte[]> vedlegg = hentMedSesjon(java.net.URI.create(finn(By.linkText("kvittering-mars.pdf")).getAttribute("href")).getPath());
        assertThat(vedlegg.statusCode()).isEqualTo(200);
        assertThat(vedlegg.body()).isEqualTo(KVITTERING);
        assertThat(vedlegg.headers().firstValue("Content-Type")).hasValue("application/pdf");

        // a form without a reason is refused with 422 (the status a browser does not show)
        var uten = postSkjemaMedSesjon(lenke, lenke, Map.of("utfall", "IKKE_TATT_TIL_FOELGE"));
        assertThat(uten.statusCode()).isEqualTo(422);
        assertThat(uten.body()).contains("Skriv begrunnelsen for vedtaket.");
        // upheld without saying what happens to the claim: refused naming the field, nothing done
        finn(By.id("utfall-TATT_TIL_FOELGE")).click();
        finn(By.id("begrunnelse")).sendKeys("Innbetalingen i mars er dokumentert. Kravet undersøkes hos NAV.");
        sendSkjema();
        assertThat(sidetekst()).contains("Velg om innkrevingen av kravet stanses eller kravet slettes.");
        tilgjengelig();
        assertThat(jdbc.queryForObject("select status from klage where klage_id = ?", String.class, sak.klageId())).isEqualTo("MOTTATT");

        finn(By.id("virkning-STANS")).click();
        sendSkjema();
        assertThat(nettleser.getCurrentUrl()).endsWith(lenke);
        assertThat(finn(By.id("vedtak")).getText()).contains("Klagen er tatt til følge").contains("innkrevingen av kravet er stanset")
                .contains("Innbetalingen i mars er dokumentert").contains("Z990011");
        tilgjengelig();
        skjermbilde("saksbehandler-klage-avgjort");

        assertThat(stanser.stansetPaa(List.of(sak.krav()), idag())).containsEntry(sak.krav(), Stansgrunn.UTSATT_IVERKSETTELSE);
        // decided once: a second decision is refused with 409 and changes nothing
        var igjen = postSkjemaMedSesjon("/saksbehandler/", lenke, Map.of("utfall", "IKKE_TATT_TIL_FOELGE", "begrunnelse", "Igjen"));
        assertThat(igjen.statusCode()).isEqualTo(409);
        assertThat(igjen.body()).contains("Klagen er allerede avgjort.");
        Map<String, Object> v = jdbc.queryForMap("select * from saksvedtak where sak_id = ?", sak.klageId());
        assertThat(v.get("saksbehandler")).isEqualTo("Z990011");
        assertThat(v.get("virkning")).isEqualTo("STANS");
        UUID brev = (UUID) v.get("brev_dokument_id");
        assertThat(jdbc.queryForObject("select brevslag from brevdokument where dokument_id = ? and mottaker = ?", String.class, brev, sak.fnr()))
                .isEqualTo("KLAGEVEDTAK");

        // the task is gone from the queue; the case page shows the claim on hold and the decision
        gaaTil("/saksbehandler/koer");
        assertThat(nettleser.findElements(By.cssSelector("a[href='" + lenke + "']"))).isEmpty();
        gaaTil("/saksbehandler/skyldner/" + sak.fnr());
        assertThat(h1()).isEqualTo("Skyldner " + sak.fnr());
        assertThat(finn(By.id("krav-" + sak.krav())).getText()).contains("Innkrevingen er stanset mens saken behandles");
        assertThat(sidetekst()).contains("Klagen er tatt til følge (Z990011)");
        tilgjengelig();
        skjermbilde("saksbehandler-skyldner");

        // NAV upholds the claim: the caseworker lifts the hold on the complaint's page (a reason is needed), the debtor
        // is told, and collection goes on
        gaaTil(lenke);
        sendSkjema();
        assertThat(sidetekst()).contains("Skriv begrunnelsen for vedtaket.");
        assertThat(stanser.stansetPaa(List.of(sak.krav()), idag())).containsKey(sak.krav());
        tilgjengelig();
        finn(By.id("opphev-begrunnelse")).sendKeys("NAV har undersøkt kravet og opprettholder det.");
        sendSkjema();
        assertThat(finn(By.id("oppheving")).getText()).contains("Stansen er opphevet").contains("Z990011")
                .contains("NAV har undersøkt kravet og opprettholder det.");
        tilgjengelig();
        skjermbilde("saksbehandler-klage-stans-opphevet");
        assertThat(stanser.stansetPaa(List.of(sak.krav()), idag())).doesNotContainKey(sak.krav());
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = 'KLAGESTANS_OPPHEVET'",
                Long.class, sak.fnr())).isEqualTo(1);
    }

    @Test
    void saksbehandler_uten_klagerolle_faar_403_og_kan_ikke_avgjoere() {
        Sak sak = klagesak();
        loggInnSomSaksbehandler("Z990012", "ETTERGIVELSE");
        HttpResponse<byte[]> side = hentMedSesjon("/saksbehandler/klage/" + sak.klageId());
        assertThat(side.statusCode()).isEqualTo(403);
        assertThat(new String(side.body(), StandardCharsets.UTF_8)).contains("Ingen tilgang").contains("Klager");
        UUID vedleggId = jdbc.queryForObject("select vedlegg_id from innsendt_vedlegg where klage_id = ?", UUID.class, sak.klageId());
        assertThat(hentMedSesjon("/saksbehandler/klage/" + sak.klageId() + "/vedlegg/" + vedleggId).statusCode()).isEqualTo(403);
        gaaTil("/saksbehandler/klage/" + sak.klageId());
        assertThat(h1()).isEqualTo("Ingen tilgang");
        tilgjengelig();
        skjermbilde("saksbehandler-ingen-tilgang");
        // the queue page does not show complaints to this role
        gaaTil("/saksbehandler/koer");
        assertThat(nettleser.findElements(By.id("koe-klager"))).isEmpty();
        assertThat(sidetekst()).doesNotContain(sak.klageId().toString());

        // deciding by a forged POST (with a valid session and CSRF token) is refused and changes nothing
        var svar = postSkjemaMedSesjon("/saksbehandler/", "/saksbehandler/klage/" + sak.klageId(),
                Map.of("utfall", "TATT_TIL_FOELGE", "virkning", "SLETTING", "begrunnelse", "Forsøk"));
        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select status from klage where klage_id = ?", String.class, sak.klageId())).isEqualTo("MOTTATT");
        assertThat(jdbc.queryForObject("select count(*) from saksvedtak where sak_id = ?", Integer.class, sak.klageId())).isZero();

        // one with the role decides it (so no open complaint of this test is left in the shared queue)
        saksvedtak.avgjoerKlage(sak.klageId(), no.innkreving.desk.domain.Utfall.IKKE_TATT_TIL_FOELGE, null, "Kravet er riktig.", "Z990013");
        assertThat(jdbc.queryForObject("select status from klage where klage_id = ?", String.class, sak.klageId())).isEqualTo("AVGJORT");
    }
}

package no.innkreving.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.application.Fakturautsending;
import no.innkreving.letters.Brevutsending;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invoices go out on the channel source document 001 prescribes, with the document that channel takes. */
class FakturautsendingTest extends ApiTestBase {
    @Autowired
    Fakturering fakturering;
    @Autowired
    Fakturautsending utsending;
    @Autowired
    Brevutsending brev;

    /** Sends what is waiting now (the sender does not run on real time in tests; it goes on while batches are full). */
    private Faktura sendt(UUID krav) {
        utsending.sendNeste();
        return fakturering.forKrav(List.of(krav)).getFirst();
    }

    private void registrer(String id, boolean efaktura, boolean reservert, boolean ehf) {
        jdbc.update("insert into kanalregister (identifikator, efaktura, reservert_mot_digital, ehf_mottaker) values (?, ?, ?, ?)",
                id, efaktura, reservert, ehf);
    }

    private String mediatype(Faktura f) {
        return brev.dokument(fakturering.dokumentId(f.fakturanummer()).orElseThrow()).orElseThrow().mediatype();
    }

    @Test
    void person_med_efaktura_faar_efaktura_med_pdf() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        registrer(fnr, true, false, false);
        Faktura f = sendt(UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("UTS")), "RESKONTROFOERT")));
        assertThat(f.status()).isEqualTo("SENDT");
        assertThat(f.kanal()).isEqualTo("EFAKTURA");
        assertThat(mediatype(f)).isEqualTo("application/pdf");
    }

    @Test
    void person_reservert_mot_digital_post_faar_brev_i_posten() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        registrer(fnr, false, true, false);
        Faktura f = sendt(UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("UTS")), "RESKONTROFOERT")));
        assertThat(f.kanal()).isEqualTo("POST");
        assertThat(mediatype(f)).isEqualTo("application/pdf");
    }

    @Test
    void person_uten_registrering_faar_altinn() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        Faktura f = sendt(UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("UTS")), "RESKONTROFOERT")));
        assertThat(f.kanal()).isEqualTo("ALTINN");
    }

    @Test
    void ehf_mottaker_faar_ehf_og_andre_virksomheter_altinn() {
        String ehf = Testpersoner.organisasjon(jdbc, "AKTIV");
        String uten = Testpersoner.organisasjon(jdbc, "AKTIV");
        registrer(ehf, false, false, true);
        Faktura f1 = sendt(UUID.fromString(opprettOgVent(som(SRF), srfKrav(ehf), "RESKONTROFOERT")));
        Faktura f2 = sendt(UUID.fromString(opprettOgVent(som(SRF), srfKrav(uten), "RESKONTROFOERT")));
        assertThat(f1.kanal()).isEqualTo("EHF");
        assertThat(mediatype(f1)).isEqualTo("application/xml");
        assertThat(f2.kanal()).isEqualTo("ALTINN");
    }

    private static String srfKrav(String orgnr) {
        return """
                {"kravtype":"RETTSGEBYR_UTLEGGSBEGJAERING",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":1277},
                 "oppdragsgiversReferanse":"SRF-1","oppdragsgiversKravidentifikator":"%s",
                 "fastsettelsesdato":"%s"}""".formatted(orgnr, unik("SRF"), idag().minusDays(5));
    }
}

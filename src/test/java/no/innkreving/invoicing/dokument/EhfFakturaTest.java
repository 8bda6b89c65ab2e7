package no.innkreving.invoicing.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our EHF invoices and credit notes against the official PEPPOL BIS Billing 3.0 rules (May 2026 release, via phive). */
class EhfFakturaTest {
    static final ValidationExecutorSetRegistry<IValidationSourceXML> REGLER = new ValidationExecutorSetRegistry<>();
    static final Fakturadokument.Part FIRMA = new Fakturadokument.Part("Testfirma AS", "310000000",
            Fakturadokument.Parttype.ORGANISASJON, List.of("Storgata 1"), "0150", "OSLO", "NO");

    @BeforeAll
    static void lastRegler() {
        PeppolValidation.initStandard(REGLER);
    }

    static List<String> feil(byte[] xml, boolean faktura) throws Exception {
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        var doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var ves = REGLER.getOfID(faktura ? PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        ValidationResultList r = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), ves,
                ValidationSourceXML.create("ehf.xml", doc));
        List<String> feil = new ArrayList<>();
        r.forEachFlattened(e -> e.isError(), e -> feil.add(e.getErrorID() + " " + e.getErrorText(java.util.Locale.ROOT)));
        return feil;
    }

    @Test
    void faktura_til_virksomhet_med_to_linjer_er_gyldig_ehf() throws Exception {
        byte[] xml = EhfFaktura.lag(DokumentTest.faktura(FIRMA));
        assertThat(feil(xml, true)).isEmpty();
        String s = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(s).contains("<cbc:PaymentID>020260001233</cbc:PaymentID>").contains("<cbc:PayableAmount currencyID=\"NOK\">16500.00</cbc:PayableAmount>");
    }

    @Test
    void kreditnota_er_gyldig_ehf() throws Exception {
        Fakturadokument f = DokumentTest.faktura(FIRMA);
        Fakturadokument k = new Fakturadokument(Dokumenttype.KREDITNOTA, "2026000200", "2026000123", LocalDate.of(2026, 11, 23), null,
                DokumentTest.UTSTEDER, FIRMA, f.oppdragsgiverNavn(), f.kravbeskrivelse(), null, f.fastsettelsesdato(),
                List.of(new Fakturadokument.Linje("Reduksjon av kravet", 300_000)), null, DokumentTest.KONTO);
        assertThat(feil(EhfFaktura.lag(k), false)).isEmpty();
    }

    @Test
    void faktura_uten_kjoepers_endepunkt_avvises_av_reglene() throws Exception {
        String xml = new String(EhfFaktura.lag(DokumentTest.faktura(FIRMA)), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<cbc:EndpointID schemeID=\"0192\">310000000</cbc:EndpointID>", "");
        assertThat(feil(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), true)).isNotEmpty();
    }
}

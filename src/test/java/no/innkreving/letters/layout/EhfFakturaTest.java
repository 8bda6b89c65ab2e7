package no.innkreving.letters.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Our EHF invoices and credit notes against the official PEPPOL BIS Billing 3.0 validation artefacts (XSD, the
 * EN 16931 Schematron and the PEPPOL/national Schematron, release 2026.5, as packaged by phive). Zero errors is the
 * bar; warnings are printed so they can be read and reported.
 */
class EhfFakturaTest {
    static final ValidationExecutorSetRegistry<IValidationSourceXML> REGLER = new ValidationExecutorSetRegistry<>();

    @BeforeAll
    static void lastRegler() {
        PeppolValidation.initStandard(REGLER);
    }

    record Resultat(List<String> feil, List<String> advarsler) {
    }

    static Resultat valider(byte[] xml, boolean faktura) throws Exception {
        Document doc = parse(xml);
        var ves = REGLER.getOfID(faktura ? PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        ValidationResultList r = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), ves,
                ValidationSourceXML.create("ehf.xml", doc));
        List<String> feil = new ArrayList<>();
        List<String> advarsler = new ArrayList<>();
        r.forEachFlattened(e -> e.isError(), e -> feil.add(e.getErrorID() + " " + e.getErrorText(Locale.ROOT)));
        r.forEachFlattened(e -> !e.isError() && e.getErrorLevel().isGE(com.helger.diagnostics.error.level.EErrorLevel.WARN),
                e -> advarsler.add(e.getErrorID() + " " + e.getErrorText(Locale.ROOT)));
        advarsler.forEach(a -> System.out.println("EHF warning: " + a));
        return new Resultat(feil, advarsler);
    }

    static Document parse(byte[] xml) throws Exception {
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String xpath(Document doc, String uttrykk) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        // local-name() keeps the expressions free of namespace plumbing
        return x.evaluate(uttrykk, doc);
    }

    @Test
    void faktura_til_virksomhet_med_to_linjer_er_gyldig_ehf() throws Exception {
        byte[] xml = Eksempler.ehf(Eksempler.faktura(Eksempler.FIRMA), Eksempler.FIRMA);
        Resultat r = valider(xml, true);
        assertThat(r.feil()).isEmpty();
        // the only warning: the authority, a state agency, does not claim to be in Foretaksregisteret (see Part)
        assertThat(r.advarsler()).allSatisfy(a -> assertThat(a).startsWith("NO-R-002"));

        Document d = parse(xml);
        assertThat(xpath(d, "/*/*[local-name()='CustomizationID']")).isEqualTo(EhfFaktura.CUSTOMIZATION);
        assertThat(xpath(d, "/*/*[local-name()='ProfileID']")).isEqualTo(EhfFaktura.PROFILE);
        assertThat(xpath(d, "local-name(/*)")).isEqualTo("Invoice");
        assertThat(xpath(d, "/*/*[local-name()='DueDate']")).isEqualTo("2026-12-14");
        assertThat(xpath(d, "/*/*[local-name()='DocumentCurrencyCode']")).isEqualTo("NOK");
        assertThat(xpath(d, "/*/*[local-name()='BuyerReference']")).isEqualTo("SAK-2024-001234");
        assertThat(xpath(d, "//*[local-name()='AccountingCustomerParty']//*[local-name()='EndpointID']")).isEqualTo("310000000");
        assertThat(xpath(d, "//*[local-name()='AccountingCustomerParty']//*[local-name()='EndpointID']/@schemeID")).isEqualTo("0192");
        assertThat(xpath(d, "//*[local-name()='AccountingSupplierParty']//*[local-name()='EndpointID']")).isEqualTo("974761076");
        assertThat(xpath(d, "//*[local-name()='PaymentMeansCode']")).isEqualTo("30");
        assertThat(xpath(d, "//*[local-name()='PaymentID']")).isEqualTo("020260001233");
        assertThat(xpath(d, "//*[local-name()='PayeeFinancialAccount']/*[local-name()='ID']")).isEqualTo("NO3976940500121");
        // 15 000,00 + 1 500,00 = 16 500,00 kr, no VAT
        assertThat(xpath(d, "//*[local-name()='PayableAmount']")).isEqualTo("16500.00");
        assertThat(xpath(d, "/*/*[local-name()='TaxTotal']/*[local-name()='TaxAmount']")).isEqualTo("0.00");
        assertThat(xpath(d, "//*[local-name()='TaxSubtotal']/*[local-name()='TaxCategory']/*[local-name()='ID']")).isEqualTo("O");
        assertThat(xpath(d, "//*[local-name()='TaxExemptionReasonCode']")).isEqualTo("VATEX-EU-O");
        assertThat(xpath(d, "count(//*[local-name()='InvoiceLine'])")).isEqualTo("2");
        assertThat(xpath(d, "//*[local-name()='InvoiceLine'][2]/*[local-name()='LineExtensionAmount']")).isEqualTo("1500.00");
        assertThat(xpath(d, "//*[local-name()='AccountingCustomerParty']//*[local-name()='RegistrationName']"))
                .isEqualTo("Bærum Rør & Ventiler AS");                     // & escaped and read back
    }

    @Test
    void kreditnota_er_gyldig_ehf_og_viser_til_fakturaen() throws Exception {
        byte[] xml = Eksempler.ehf(Eksempler.kreditnota(Eksempler.FIRMA), Eksempler.FIRMA);
        Resultat r = valider(xml, false);
        assertThat(r.feil()).isEmpty();
        assertThat(r.advarsler()).allSatisfy(a -> assertThat(a).startsWith("NO-R-002"));
        Document d = parse(xml);
        assertThat(xpath(d, "local-name(/*)")).isEqualTo("CreditNote");
        assertThat(xpath(d, "/*/*[local-name()='CreditNoteTypeCode']")).isEqualTo("381");
        assertThat(xpath(d, "//*[local-name()='BillingReference']//*[local-name()='ID']")).isEqualTo("2026000123");
        assertThat(xpath(d, "//*[local-name()='PayableAmount']")).isEqualTo("3000.00");     // positive, as UBL credit notes are
        assertThat(xpath(d, "/*/*[local-name()='BuyerReference']")).isEqualTo("2026000200"); // no creditor reference: our number
    }

    @Test
    void selger_i_foretaksregisteret_sier_det_og_faar_ingen_advarsler() throws Exception {
        var u = Eksempler.UTSTEDER;
        var registrert = new Part(u.navn(), u.identifikator(), u.adresselinjer(), u.postnummer(), u.poststed(), u.landkode(), true);
        Resultat r = valider(EhfFaktura.lag(Eksempler.faktura(Eksempler.FIRMA), registrert, Eksempler.FIRMA), true);
        assertThat(r.feil()).isEmpty();
        assertThat(r.advarsler()).isEmpty();
    }

    @Test
    void faktura_uten_kjoepers_endepunkt_avvises_av_reglene() throws Exception {
        String xml = new String(Eksempler.ehf(Eksempler.faktura(Eksempler.FIRMA), Eksempler.FIRMA), StandardCharsets.UTF_8);
        String uten = xml.replace("<cbc:EndpointID schemeID=\"0192\">310000000</cbc:EndpointID>", "");
        assertThat(uten).isNotEqualTo(xml);                                 // the cut really happened
        List<String> feil = valider(uten.getBytes(StandardCharsets.UTF_8), true).feil();
        assertThat(feil).isNotEmpty().anySatisfy(f -> assertThat(f).startsWith("PEPPOL-EN16931-R010")); // buyer electronic address (BT-49)
    }

    @Test
    void faktura_med_mva_sats_men_null_mva_avvises_av_reglene() throws Exception {
        // guard that the validator checks the tax figures at all: 25 % on 16 500,00 kr should be 4 125,00 kr tax, not 0.00
        String xml = new String(Eksempler.ehf(Eksempler.faktura(Eksempler.FIRMA), Eksempler.FIRMA), StandardCharsets.UTF_8)
                .replace("<cbc:ID>O</cbc:ID><cbc:TaxExemptionReasonCode>", "<cbc:ID>O</cbc:ID><cbc:Percent>25</cbc:Percent><cbc:TaxExemptionReasonCode>");
        List<String> feil = valider(xml.getBytes(StandardCharsets.UTF_8), true).feil();
        assertThat(feil).isNotEmpty().anySatisfy(f -> assertThat(f).startsWith("BR-CO-17"));
    }

    @Test
    void ehf_til_person_nektes() {
        assertThatThrownBy(() -> Eksempler.ehf(Eksempler.faktura(Eksempler.PERSON), Eksempler.PERSON)).isInstanceOf(IllegalArgumentException.class);
    }
}

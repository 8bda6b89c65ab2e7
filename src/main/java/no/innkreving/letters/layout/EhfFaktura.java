package no.innkreving.letters.layout;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.domain.Brevtekst;
import no.innkreving.parties.Skyldner;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The invoice (or credit note) as EHF: a UBL 2.1 Invoice or CreditNote per PEPPOL BIS Billing 3.0, for organisations
 * registered as EHF receivers. Checked against the official PEPPOL validation artefacts in EhfFakturaTest.
 * <ul>
 * <li>Claims we collect are outside the scope of VAT: every line and the single VAT breakdown have category O "not
 * subject to VAT" with exemption reason code VATEX-EU-O and a reason text (BR-O-10), no percent, tax 0, and no VAT
 * identifier for seller or buyer (BR-O-02).</li>
 * <li>Buyer and seller are addressed by organisation number, EndpointID and legal CompanyID with scheme 0192.</li>
 * <li>Payment means 30 (credit transfer) with the KID as PaymentID and our account (IBAN if we have it, else BBAN).</li>
 * <li>BuyerReference (PEPPOL-EN16931-R003 wants it or an order reference) is the creditor's reference, which is what
 * the debtor's own records know the claim by; without one, our invoice number.</li>
 * <li>"Foretaksregisteret" (NO-R-002, a warning) only for a seller that is registered there; see {@link Part}.</li>
 * </ul>
 */
public final class EhfFaktura {
    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String ORGNR = "0192"; // ISO 6523 ICD: Enhetsregisteret (Norwegian organisation number)
    private static final DateTimeFormatter NORSK_DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private EhfFaktura() {
    }

    public static byte[] lag(Brev d, Part avsender, Part mottaker) {
        if (!(mottaker.identifikator() instanceof Skyldner.Organisasjon) || !(avsender.identifikator() instanceof Skyldner.Organisasjon))
            throw new IllegalArgumentException("EHF goes between organisations; invoice " + d.nummer() + " is to a person");
        boolean faktura = switch (d.slag()) {
            case Brevslag.Faktura f -> true;
            case Brevslag.Kreditnota k -> false;
            case Brevslag.Purring p -> throw new IllegalArgumentException("A reminder is not sent as EHF: " + d.nummer());
            case Brevslag.VarselOmTvangsfullbyrdelse v -> throw new IllegalArgumentException("A notice is not sent as EHF: " + d.nummer());
            case Brevslag.Melding m -> throw new IllegalArgumentException("A message is not sent as EHF: " + d.nummer());
        };
        Brevtekst tekst = new Brevtekst(avsender.navn(), String.join(", ", avsender.adresse()));
        String rot = faktura ? "Invoice" : "CreditNote";
        ByteArrayOutputStream ut = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(ut, "UTF-8");
            Xml x = new Xml(w);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace("urn:oasis:names:specification:ubl:schema:xsd:" + rot + "-2");
            w.setPrefix("cac", CAC);
            w.setPrefix("cbc", CBC);
            w.writeStartElement("urn:oasis:names:specification:ubl:schema:xsd:" + rot + "-2", rot);
            w.writeDefaultNamespace("urn:oasis:names:specification:ubl:schema:xsd:" + rot + "-2");
            w.writeNamespace("cac", CAC);
            w.writeNamespace("cbc", CBC);

            x.cbc("CustomizationID", CUSTOMIZATION);
            x.cbc("ProfileID", PROFILE);
            x.cbc("ID", d.nummer());
            x.cbc("IssueDate", d.dato().toString());
            if (faktura) x.cbc("DueDate", d.betaling().forfallsdato().toString());
            x.cbc(faktura ? "InvoiceTypeCode" : "CreditNoteTypeCode", faktura ? "380" : "381");
            x.cbc("Note", merknad(d, avsender));
            x.cbc("DocumentCurrencyCode", "NOK");
            x.cbc("BuyerReference", d.krav().oppdragsgiversReferanse() != null ? d.krav().oppdragsgiversReferanse() : d.nummer());
            if (d.slag() instanceof Brevslag.Kreditnota k) {
                x.cac("BillingReference");
                x.cac("InvoiceDocumentReference");
                x.cbc("ID", k.gjelderFakturanummer());
                x.slutt();
                x.slutt();
            }
            part(x, "AccountingSupplierParty", avsender, true);
            part(x, "AccountingCustomerParty", mottaker, false);
            if (d.betaling() != null) {
                Brev.Betaling bet = d.betaling();
                x.cac("PaymentMeans");
                x.cbcAttr("PaymentMeansCode", "name", "Credit transfer", "30");
                x.cbc("PaymentID", bet.kid());
                x.cac("PayeeFinancialAccount");
                x.cbc("ID", bet.konto().iban() != null ? bet.konto().iban() : bet.konto().kontonummer());
                x.cbc("Name", avsender.navn());
                if (bet.konto().bic() != null) {
                    x.cac("FinancialInstitutionBranch");
                    x.cbc("ID", bet.konto().bic());
                    x.slutt();
                }
                x.slutt();
                x.slutt();
                x.cac("PaymentTerms");
                x.cbc("Note", "Betales innen " + NORSK_DATO.format(bet.forfallsdato()) + " med KID " + bet.kid() + ". "
                        + String.join(" ", tekst.konsekvenser(d)));
                x.slutt();
            }
            String total = beloep(d.totalOre());
            x.cac("TaxTotal");
            x.beloep("TaxAmount", "0.00");
            x.cac("TaxSubtotal");
            x.beloep("TaxableAmount", total);
            x.beloep("TaxAmount", "0.00");
            x.cac("TaxCategory");
            x.cbc("ID", "O");
            x.cbc("TaxExemptionReasonCode", "VATEX-EU-O");
            x.cbc("TaxExemptionReason", "Offentlig krav utenfor merverdiavgiftsområdet");
            skatteordning(x, "VAT");
            x.slutt();
            x.slutt();
            x.slutt();
            x.cac("LegalMonetaryTotal");
            x.beloep("LineExtensionAmount", total);
            x.beloep("TaxExclusiveAmount", total);
            x.beloep("TaxInclusiveAmount", total);
            x.beloep("PayableAmount", total);
            x.slutt();

            List<Brev.Linje> linjer = d.linjer();
            for (int i = 0; i < linjer.size(); i++) {
                String b = beloep(linjer.get(i).beloepOre());
                x.cac(faktura ? "InvoiceLine" : "CreditNoteLine");
                x.cbc("ID", String.valueOf(i + 1));
                x.cbcAttr(faktura ? "InvoicedQuantity" : "CreditedQuantity", "unitCode", "C62", "1"); // C62 = "one" (a unit)
                x.beloep("LineExtensionAmount", b);
                x.cac("Item");
                x.cbc("Name", linjer.get(i).beskrivelse());
                x.cac("ClassifiedTaxCategory");
                x.cbc("ID", "O");
                skatteordning(x, "VAT");
                x.slutt();
                x.slutt();
                x.cac("Price");
                x.beloep("PriceAmount", b);
                x.slutt();
                x.slutt();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write EHF document " + d.nummer(), e);
        }
        return ut.toByteArray();
    }

    /** A free text for the receiver's approver: who the claim is from and what it is. */
    private static String merknad(Brev d, Part avsender) {
        Brev.Kravomtale k = d.krav();
        String fastsatt = k.fastsettelsesdato() == null ? "" : ", fastsatt " + NORSK_DATO.format(k.fastsettelsesdato());
        return switch (d.slag()) {
            case Brevslag.Faktura f -> "Krav fra " + k.oppdragsgiverNavn() + ": " + k.beskrivelse() + fastsatt + ". Innkrevd av "
                    + avsender.navn() + ". Betal med KID " + d.betaling().kid() + ".";
            case Brevslag.Kreditnota kn -> "Reduksjon av krav fra " + k.oppdragsgiverNavn() + ": " + k.beskrivelse() + fastsatt
                    + ". Gjelder faktura " + kn.gjelderFakturanummer() + "; beløpet trekkes fra det som skyldes.";
            case Brevslag.Purring p -> throw new IllegalStateException("not EHF");
            case Brevslag.VarselOmTvangsfullbyrdelse v -> throw new IllegalStateException("not EHF");
            case Brevslag.Melding m -> throw new IllegalStateException("not EHF");
        };
    }

    private static void part(Xml x, String rolle, Part p, boolean selger) throws XMLStreamException {
        x.cac(rolle);
        x.cac("Party");
        x.cbcAttr("EndpointID", "schemeID", ORGNR, p.identifikator().identifikator());
        x.cac("PartyName");
        x.cbc("Name", p.navn());
        x.slutt();
        x.cac("PostalAddress");
        List<String> a = p.adresselinjer();
        if (!a.isEmpty()) x.cbc("StreetName", a.get(0));
        if (a.size() > 1) x.cbc("AdditionalStreetName", a.get(1));
        if (p.poststed() != null) x.cbc("CityName", p.poststed());
        if (p.postnummer() != null) x.cbc("PostalZone", p.postnummer());
        if (a.size() > 2) {
            x.cac("AddressLine");
            x.cbc("Line", String.join(", ", a.subList(2, a.size())));
            x.slutt();
        }
        x.cac("Country");
        x.cbc("IdentificationCode", p.landkode() == null ? "NO" : p.landkode());
        x.slutt();
        x.slutt();
        if (selger && p.iForetaksregisteret()) {
            // NO-R-002: foretaksregisterloven § 10-2, written where the Norwegian rule looks for it
            x.cac("PartyTaxScheme");
            x.cbc("CompanyID", "Foretaksregisteret");
            skatteordning(x, "TAX");
            x.slutt();
        }
        x.cac("PartyLegalEntity");
        x.cbc("RegistrationName", p.navn());
        x.cbcAttr("CompanyID", "schemeID", ORGNR, p.identifikator().identifikator());
        x.slutt();
        x.slutt();
        x.slutt();
    }

    private static void skatteordning(Xml x, String id) throws XMLStreamException {
        x.cac("TaxScheme");
        x.cbc("ID", id);
        x.slutt();
    }

    /** Øre to the decimal string UBL wants ("1234.50"); BigDecimal only here, at the format boundary. */
    static String beloep(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    /** Thin helpers so the document above reads in the order of the UBL schema. */
    private record Xml(XMLStreamWriter w) {
        void cac(String navn) throws XMLStreamException {
            w.writeStartElement("cac", navn, CAC);
        }

        void slutt() throws XMLStreamException {
            w.writeEndElement();
        }

        void cbc(String navn, String verdi) throws XMLStreamException {
            w.writeStartElement("cbc", navn, CBC);
            w.writeCharacters(tekst(verdi));
            w.writeEndElement();
        }

        void cbcAttr(String navn, String attr, String attrVerdi, String verdi) throws XMLStreamException {
            w.writeStartElement("cbc", navn, CBC);
            w.writeAttribute(attr, attrVerdi);
            w.writeCharacters(tekst(verdi));
            w.writeEndElement();
        }

        void beloep(String navn, String verdi) throws XMLStreamException {
            cbcAttr(navn, "currencyID", "NOK", verdi);
        }
    }

    /** Characters XML 1.0 forbids (most control characters) are dropped; the writer escapes the rest. */
    static String tekst(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                .filter(c -> c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }
}

package no.innkreving.invoicing.dokument;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The invoice (or credit note) as EHF: a UBL 2.1 document per PEPPOL BIS Billing 3.0, for organisations registered
 * as EHF receivers. Claims we collect are outside the scope of VAT, so every line has tax category O ("not subject
 * to VAT", exemption reason code VATEX-EU-O) and the total tax is 0. Payment means 30 (credit transfer) carries the
 * KID as PaymentID and our account. Checked against the official validation artefacts in EhfFakturaTest.
 */
public final class EhfFaktura {
    private static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    private static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    private EhfFaktura() {
    }

    public static byte[] lag(Fakturadokument d) {
        boolean faktura = d.type() == Dokumenttype.FAKTURA;
        String rot = faktura ? "Invoice" : "CreditNote";
        String linje = faktura ? "InvoiceLine" : "CreditNoteLine";
        String mengde = faktura ? "InvoicedQuantity" : "CreditedQuantity";
        String total = beloep(d.totalOre());
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<").append(rot).append(" xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:").append(rot).append("-2\"")
                .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
                .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        e(x, "cbc:CustomizationID", CUSTOMIZATION);
        e(x, "cbc:ProfileID", PROFILE);
        e(x, "cbc:ID", d.fakturanummer());
        e(x, "cbc:IssueDate", d.fakturadato().toString());
        if (faktura) e(x, "cbc:DueDate", d.forfallsdato().toString());
        e(x, faktura ? "cbc:InvoiceTypeCode" : "cbc:CreditNoteTypeCode", faktura ? "380" : "381");
        e(x, "cbc:Note", (faktura ? "Krav fra " : "Reduksjon av krav fra ") + d.oppdragsgiverNavn() + ": " + d.kravbeskrivelse()
                + ", fastsatt " + d.fastsettelsesdato() + (faktura ? ". Betal med KID " + d.kid() + "." : "."));
        e(x, "cbc:DocumentCurrencyCode", "NOK");
        e(x, "cbc:BuyerReference", d.oppdragsgiversReferanse() != null ? d.oppdragsgiversReferanse() : d.fakturanummer());
        if (!faktura) x.append("<cac:BillingReference><cac:InvoiceDocumentReference>")
                .append(tag("cbc:ID", d.gjelderFakturanummer())).append("</cac:InvoiceDocumentReference></cac:BillingReference>\n");
        part(x, "cac:AccountingSupplierParty", d.utsteder(), true);
        part(x, "cac:AccountingCustomerParty", d.mottaker(), false);
        if (faktura) {
            x.append("<cac:PaymentMeans>").append(tag("cbc:PaymentMeansCode", "30")).append(tag("cbc:PaymentID", d.kid()))
                    .append("<cac:PayeeFinancialAccount>").append(tag("cbc:ID", d.konto().iban() != null ? d.konto().iban() : d.konto().kontonummer()))
                    .append(tag("cbc:Name", d.utsteder().navn()));
            if (d.konto().bic() != null) x.append("<cac:FinancialInstitutionBranch>").append(tag("cbc:ID", d.konto().bic())).append("</cac:FinancialInstitutionBranch>");
            x.append("</cac:PayeeFinancialAccount></cac:PaymentMeans>\n");
            x.append("<cac:PaymentTerms>").append(tag("cbc:Note", "Forfall " + d.forfallsdato() + ". Forsinkelsesrente kan påløpe etter forfall."))
                    .append("</cac:PaymentTerms>\n");
        }
        x.append("<cac:TaxTotal>").append(beloepTag("cbc:TaxAmount", "0.00"))
                .append("<cac:TaxSubtotal>").append(beloepTag("cbc:TaxableAmount", total)).append(beloepTag("cbc:TaxAmount", "0.00"))
                .append("<cac:TaxCategory>").append(tag("cbc:ID", "O")).append(tag("cbc:TaxExemptionReasonCode", "VATEX-EU-O"))
                .append(tag("cbc:TaxExemptionReason", "Offentlig krav utenfor merverdiavgiftsområdet"))
                .append("<cac:TaxScheme>").append(tag("cbc:ID", "VAT")).append("</cac:TaxScheme></cac:TaxCategory>")
                .append("</cac:TaxSubtotal></cac:TaxTotal>\n");
        x.append("<cac:LegalMonetaryTotal>").append(beloepTag("cbc:LineExtensionAmount", total))
                .append(beloepTag("cbc:TaxExclusiveAmount", total)).append(beloepTag("cbc:TaxInclusiveAmount", total))
                .append(beloepTag("cbc:PayableAmount", total)).append("</cac:LegalMonetaryTotal>\n");
        List<Fakturadokument.Linje> linjer = d.linjer();
        for (int i = 0; i < linjer.size(); i++) {
            String b = beloep(linjer.get(i).beloepOre());
            x.append("<cac:").append(linje).append(">").append(tag("cbc:ID", String.valueOf(i + 1)))
                    .append("<cbc:").append(mengde).append(" unitCode=\"C62\">1</cbc:").append(mengde).append(">")
                    .append(beloepTag("cbc:LineExtensionAmount", b))
                    .append("<cac:Item>").append(tag("cbc:Name", linjer.get(i).beskrivelse()))
                    .append("<cac:ClassifiedTaxCategory>").append(tag("cbc:ID", "O"))
                    .append("<cac:TaxScheme>").append(tag("cbc:ID", "VAT")).append("</cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>")
                    .append("<cac:Price>").append(beloepTag("cbc:PriceAmount", b)).append("</cac:Price>")
                    .append("</cac:").append(linje).append(">\n");
        }
        x.append("</").append(rot).append(">\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void part(StringBuilder x, String rolle, Fakturadokument.Part p, boolean selger) {
        x.append("<").append(rolle).append("><cac:Party>");
        if (p.type() == Fakturadokument.Parttype.ORGANISASJON)
            x.append("<cbc:EndpointID schemeID=\"0192\">").append(esc(p.identifikator())).append("</cbc:EndpointID>");
        x.append("<cac:PartyName>").append(tag("cbc:Name", p.navn())).append("</cac:PartyName>");
        x.append("<cac:PostalAddress>");
        if (!p.adresselinjer().isEmpty()) x.append(tag("cbc:StreetName", p.adresselinjer().getFirst()));
        if (p.poststed() != null) x.append(tag("cbc:CityName", p.poststed()));
        if (p.postnummer() != null) x.append(tag("cbc:PostalZone", p.postnummer()));
        x.append("<cac:Country>").append(tag("cbc:IdentificationCode", p.landkode() == null ? "NO" : p.landkode())).append("</cac:Country>");
        x.append("</cac:PostalAddress>");
        // Norwegian rule NO-R-002: a Norwegian seller registered in the register of business enterprises says so
        if (selger) x.append("<cac:PartyTaxScheme>").append(tag("cbc:CompanyID", "Foretaksregisteret"))
                .append("<cac:TaxScheme>").append(tag("cbc:ID", "TAX")).append("</cac:TaxScheme></cac:PartyTaxScheme>");
        x.append("<cac:PartyLegalEntity>").append(tag("cbc:RegistrationName", p.navn()));
        if (p.type() == Fakturadokument.Parttype.ORGANISASJON)
            x.append("<cbc:CompanyID schemeID=\"0192\">").append(esc(p.identifikator())).append("</cbc:CompanyID>");
        x.append("</cac:PartyLegalEntity></cac:Party></").append(rolle).append(">\n");
    }

    private static String beloep(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    private static String beloepTag(String navn, String verdi) {
        return "<" + navn + " currencyID=\"NOK\">" + verdi + "</" + navn + ">";
    }

    private static void e(StringBuilder x, String navn, String verdi) {
        x.append(tag(navn, verdi)).append('\n');
    }

    private static String tag(String navn, String verdi) {
        return "<" + navn + ">" + esc(verdi) + "</" + navn + ">";
    }

    /** XML text: the five special characters escaped, characters XML 1.0 forbids dropped. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }
}

package no.innkreving.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.invoicing.application.Fakturautsending;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sent letter is stored and a caseworker reads it back by id as the PDF the debtor got; the creditor's reference on
 * it is the one the creditor last set (intake owns it), not a copy taken when the claim was booked.
 */
class DokumentTest extends ApiTestBase {
    private static final String DOKUMENTER = "/api/innkreving/saksbehandling/v1/dokumenter/";

    @Autowired
    Fakturering fakturering;
    @Autowired
    Fakturautsending utsending;

    private record Svar(int status, String contentType, byte[] body) {
        String tekst() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Svar hent(String id, String scope) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + DOKUMENTER + id)).GET();
        if (scope != null) b.header("Authorization", "Bearer " + issuer.issue("974761076", scope));
        HttpResponse<byte[]> r = Api.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Svar(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** Sends until the given invoice or credit note has gone out (the scheduled sender may take it first), polling with a deadline. */
    private Faktura sendt(UUID krav, Faktura.Type type) {
        long slutt = System.currentTimeMillis() + 10_000;
        while (true) {
            utsending.sendNeste();
            var f = fakturering.forKrav(List.of(krav)).stream().filter(x -> x.type() == type && "SENDT".equals(x.status())).findFirst();
            if (f.isPresent()) return f.get();
            assertThat(System.currentTimeMillis()).as("sent within 10 s").isLessThan(slutt);
        }
    }

    private static String pdfTekst(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void sendt_faktura_hentes_som_pdf_og_ny_referanse_staar_paa_neste_brev() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        String id = opprettOgVent(nav(), navKrav(fnr, unik("DOK")), "RESKONTROFOERT");
        UUID krav = UUID.fromString(id);
        Faktura faktura = sendt(krav, Faktura.Type.FAKTURA);
        UUID dokumentId = fakturering.dokumentId(faktura.fakturanummer()).orElseThrow();

        Svar s = hent(dokumentId.toString(), "innkreving:saksbehandling");
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.contentType()).isEqualTo("application/pdf");
        assertThat(s.tekst()).startsWith("%PDF-");
        String tekst = pdfTekst(s.body());
        assertThat(tekst).contains("Faktura", String.valueOf(faktura.fakturanummer()), faktura.kid(), "SAK-2024-001234",
                "Slik klager du");

        // the creditor changes its reference, then lowers the principal from 15 000 to 10 000 kr: a credit note of
        // 5 000,00 kr goes out, and it carries the new reference
        assertThat(nav().put(Api.BASE + "/" + id + "/oppdragsgiversreferanse", "{\"nyOppdragsgiversReferanse\":\"SAK-2026-NY-7\"}")
                .status()).isEqualTo(200);
        assertThat(nav().put(Api.BASE + "/" + id + "/hovedstol", "{\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":10000}}")
                .status()).isEqualTo(200);
        Faktura kreditnota = sendt(krav, Faktura.Type.KREDITNOTA);
        String kredit = pdfTekst(hent(fakturering.dokumentId(kreditnota.fakturanummer()).orElseThrow().toString(),
                "innkreving:saksbehandling").body());
        assertThat(kredit).contains("Kreditnota", "5 000,00 kr", "SAK-2026-NY-7").doesNotContain("SAK-2024-001234");
    }

    @Test
    void ukjent_og_ugyldig_id_gir_problemsvar() throws Exception {
        Svar ukjent = hent(UUID.randomUUID().toString(), "innkreving:saksbehandling");
        assertThat(ukjent.status()).isEqualTo(404);
        assertThat(ukjent.contentType()).startsWith("application/problem+json");
        assertThat(ukjent.tekst()).contains("ukjent-dokument", "\"status\":404");

        for (String ugyldig : List.of("abc", "1-2-3-4-5", "12345678-1234-1234-1234-12345678901Z")) {
            Svar s = hent(ugyldig, "innkreving:saksbehandling");
            assertThat(s.status()).as(ugyldig).isEqualTo(400);
            assertThat(s.contentType()).startsWith("application/problem+json");
            assertThat(s.tekst()).contains("ugyldig-dokumentid", "\"status\":400");
        }
    }

    @Test
    void bare_saksbehandlere_faar_lese_brev() throws Exception {
        assertThat(hent(UUID.randomUUID().toString(), null).status()).isEqualTo(401);
        assertThat(hent(UUID.randomUUID().toString(), "skatteetaten:innkrevingsoppdrag").status()).isEqualTo(403);
    }
}

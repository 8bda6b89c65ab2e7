package no.innkreving.letters.layout;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.parties.Skyldner;

/**
 * Worked examples shared by the document tests. The invoice has two lines, 15 000,00 kr principal and 1 500,00 kr
 * STRAFFERENTE (NAV's 10 %), so the total is 16 500,00 kr; the credit note takes 3 000,00 kr off it. The KID is the
 * invoice number padded to 11 digits with its mod-10 check digit: 02026000123 -> Luhn sum 17 -> 3. NAV's claim types
 * accrue no late-payment interest (catalogue), the court fee of Statens innkrevingssentral's example does.
 */
final class Eksempler {
    private Eksempler() {
    }

    static final Part UTSTEDER = new Part("Innkrevingsmyndigheten", Skyldner.av("974761076"), List.of("Postboks 9200 Grønland"),
            "0134", "OSLO", "NO");
    static final Brev.Konto KONTO = new Brev.Konto("76940500121", "NO3976940500121", "DEMONOKK", "Demobanken ASA");
    static final Part PERSON = new Part("Kari Nordmann", Skyldner.av("01838012317"), List.of("Storgata 12"), "0150", "OSLO", "NO");
    static final Part FIRMA = new Part("Bærum Rør & Ventiler AS", Skyldner.av("310000000"), List.of("Industriveien 7", "Bygg C"),
            "1337", "SANDVIKA", "NO");
    static final Brev.Kravomtale NAV_KRAV = new Brev.Kravomtale("Arbeids- og velferdsetaten (NAV)",
            "Tilbakekreving av feilutbetalt barnetrygd", "SAK-2024-001234", LocalDate.of(2026, 11, 13), false);
    static final Brev.Kravomtale RENTEBAERENDE_KRAV = new Brev.Kravomtale("Statens innkrevingssentral",
            "Rettsgebyr for utleggsbegjæring", "SRF-1", LocalDate.of(2026, 11, 13), true);

    static Brev faktura(Part mottaker) {
        return faktura(mottaker, List.of(new Brev.Linje("Tilbakekreving av feilutbetalt barnetrygd", 1_500_000),
                new Brev.Linje("Renter (strafferente)", 150_000)));
    }

    static Brev faktura(Part mottaker, List<Brev.Linje> linjer) {
        return faktura(mottaker, linjer, NAV_KRAV);
    }

    static Brev faktura(Part mottaker, List<Brev.Linje> linjer, Brev.Kravomtale krav) {
        return new Brev(new Brevslag.Faktura(), "2026000123", LocalDate.of(2026, 11, 23), mottaker.identifikator(), krav, linjer,
                new Brev.Betaling("020260001233", LocalDate.of(2026, 12, 14), KONTO));
    }

    static Brev kreditnota(Part mottaker) {
        return new Brev(new Brevslag.Kreditnota("2026000123"), "2026000200", LocalDate.of(2026, 11, 30), mottaker.identifikator(),
                new Brev.Kravomtale(NAV_KRAV.oppdragsgiverNavn(), NAV_KRAV.beskrivelse(), null, NAV_KRAV.fastsettelsesdato(), false),
                List.of(new Brev.Linje("Reduksjon av tilbakekreving av feilutbetalt barnetrygd", 300_000)), null);
    }

    static byte[] pdf(Brev b, Part mottaker) {
        return PdfBrev.lag(b, UTSTEDER, mottaker);
    }

    static byte[] ehf(Brev b, Part mottaker) {
        return EhfFaktura.lag(b, UTSTEDER, mottaker);
    }
}

package no.innkreving.invoicing.dokument;

import java.time.LocalDate;
import java.util.List;

/**
 * Worked examples shared by the document tests. The invoice has two lines, 15 000,00 kr principal and 1 500,00 kr
 * STRAFFERENTE (NAV's 10 %), so the total is 16 500,00 kr; the credit note takes 3 000,00 kr off it. The KID is the
 * invoice number padded to 11 digits with its mod-10 check digit: 02026000123 -> Luhn sum 17 -> 3.
 */
final class Eksempler {
    private Eksempler() {
    }

    static final Fakturadokument.Part UTSTEDER = new Fakturadokument.Part("Innkrevingsmyndigheten", "974761076",
            Fakturadokument.Parttype.ORGANISASJON, List.of("Postboks 9200 Grønland"), "0134", "OSLO", "NO");
    static final Fakturadokument.Betalingskonto KONTO = new Fakturadokument.Betalingskonto("76940500121", "NO3976940500121",
            "DEMONOKK", "Demobanken ASA");
    static final Fakturadokument.Part PERSON = new Fakturadokument.Part("Kari Nordmann", "01838012317",
            Fakturadokument.Parttype.PERSON, List.of("Storgata 12"), "0150", "OSLO", "NO");
    static final Fakturadokument.Part FIRMA = new Fakturadokument.Part("Bærum Rør & Ventiler AS", "310000000",
            Fakturadokument.Parttype.ORGANISASJON, List.of("Industriveien 7", "Bygg C"), "1337", "SANDVIKA", "NO");

    static Fakturadokument faktura(Fakturadokument.Part mottaker) {
        return faktura(mottaker, List.of(new Fakturadokument.Linje("Tilbakekreving av feilutbetalt barnetrygd", 1_500_000),
                new Fakturadokument.Linje("Renter (strafferente)", 150_000)));
    }

    static Fakturadokument faktura(Fakturadokument.Part mottaker, List<Fakturadokument.Linje> linjer) {
        return new Fakturadokument(Dokumenttype.FAKTURA, "2026000123", null, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 14),
                UTSTEDER, mottaker, "Arbeids- og velferdsetaten (NAV)", "Tilbakekreving av feilutbetalt barnetrygd",
                "SAK-2024-001234", LocalDate.of(2026, 11, 13), linjer, "020260001233", KONTO);
    }

    static Fakturadokument kreditnota(Fakturadokument.Part mottaker) {
        return new Fakturadokument(Dokumenttype.KREDITNOTA, "2026000200", "2026000123", LocalDate.of(2026, 11, 30), null,
                UTSTEDER, mottaker, "Arbeids- og velferdsetaten (NAV)", "Tilbakekreving av feilutbetalt barnetrygd", null,
                LocalDate.of(2026, 11, 13), List.of(new Fakturadokument.Linje("Reduksjon av tilbakekreving av feilutbetalt barnetrygd",
                300_000)), null, KONTO);
    }
}

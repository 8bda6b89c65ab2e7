package no.innkreving.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.payments.bankfil.Bankfilformat;
import no.innkreving.payments.bankfil.Bankfilleser;
import no.innkreving.payments.bankfil.Bankpost;
import no.innkreving.payments.bankfil.Mottaker;
import no.innkreving.payments.bankfil.Postfeil;
import no.innkreving.payments.bankfil.Sammendrag;
import no.innkreving.payments.bankfil.UgyldigBankfil;
import no.innkreving.payments.demo.Camt054;
import org.junit.jupiter.api.Test;

/** The readers on their own: exact payments and exact places of refused records. */
class BankfilleserTest {
    final List<Bankpost> poster = new ArrayList<>();
    final List<Postfeil> feil = new ArrayList<>();
    final Mottaker mottaker = new Mottaker() {
        public void post(Bankpost p) {
            poster.add(p);
        }

        public void feil(Postfeil f) {
            feil.add(f);
        }
    };

    Sammendrag les(String tekst) {
        return Bankfilleser.les(new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8)), mottaker);
    }

    @Test
    void ocr_giro_med_en_oedelagt_transaksjon() throws Exception {
        Sammendrag s;
        try (InputStream in = getClass().getResourceAsStream("/bankfiler/ocr-giro-med-feil.txt")) {
            s = Bankfilleser.les(in, mottaker);
        }
        assertThat(s.format()).isEqualTo(Bankfilformat.OCR_GIRO);
        assertThat(poster).containsExactly(
                new Bankpost("OCR/0000042/0000001/201126/123456789", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19),
                        150_000, "020260001233", null, "12345678903", null, "76940500121", "linje 3"),
                new Bankpost("OCR/0000042/0000003/201126/123456791", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19),
                        25_000, null, null, "98765432103", null, "76940500121", "linje 7"));
        assertThat(feil).containsExactly(new Postfeil("linje 5", "Beløpet '0000000000001X500' er ikke 17 sifre"));
        assertThat(s.sumOre()).isEqualTo(175_000);
        assertThat(s.kontrollSumOre()).isEqualTo(175_000);
    }

    @Test
    void camt054_001_02_en_betaling_med_kid_og_en_uten() {
        String xml = Camt054.fil("M1", "76940500121", List.of(
                new Camt054.Betaling("R1", LocalDate.of(2026, 11, 20), 123_450, "020260001233", "Ola Nordmann", "12345678903"),
                new Camt054.Betaling("R2", LocalDate.of(2026, 11, 20), 5, null, "Kari", "98765432103")), LocalDate.of(2026, 11, 20));
        Sammendrag s = les(xml);
        assertThat(s.format()).isEqualTo(Bankfilformat.CAMT_054_001_02);
        assertThat(s.kontrollsummerStemmer()).isTrue();
        assertThat(poster).extracting(Bankpost::referanse, Bankpost::beloepOre, Bankpost::kid, Bankpost::betalersNavn, Bankpost::mottakersKonto)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R1", 123_450L, "020260001233", "Ola Nordmann", "76940500121"),
                        org.assertj.core.groups.Tuple.tuple("R2", 5L, null, "Kari", "76940500121"));
        assertThat(poster.get(1).fritekst()).isEqualTo("Innbetaling uten KID");
        assertThat(feil).isEmpty();
    }

    @Test
    void camt054_001_08_debet_og_feil_valuta_telles_ikke_som_innbetaling() {
        String xml = Camt054.fil("M2", "76940500121", List.of(
                        new Camt054.Betaling("R1", LocalDate.of(2026, 11, 20), 100_00, "020260001233", "A", "12345678903"),
                        new Camt054.Betaling("R2", LocalDate.of(2026, 11, 20), 200_00, "020260001233", "B", "12345678903"),
                        new Camt054.Betaling("R3", LocalDate.of(2026, 11, 20), 300_00, "ABC123", "C", "12345678903")), LocalDate.of(2026, 11, 20))
                .replace("camt.054.001.02", "camt.054.001.08")
                .replaceFirst("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd>")
                .replace("<Amt Ccy=\"NOK\">200.00</Amt>", "<Amt Ccy=\"SEK\">200.00</Amt>");
        Sammendrag s = les(xml);
        assertThat(s.format()).isEqualTo(Bankfilformat.CAMT_054_001_08);
        assertThat(poster).isEmpty();
        assertThat(feil).extracting(Postfeil::melding).containsExactly(
                "Ikke en innbetaling: CdtDbtInd er DBIT, ikke CRDT (posten er ikke bokført)",
                "Valuta SEK støttes ikke; bare NOK",
                "KID kan bare inneholde sifre: 'ABC123'");
        assertThat(feil.get(2).plassering()).contains("Ntry[3]/NtryDtls/TxDtls[1]");
    }

    @Test
    void ikke_en_bankfil_eller_avkortet_xml_avvises_som_helhet() {
        assertThatThrownBy(() -> les("hei")).isInstanceOf(UgyldigBankfil.class).hasMessageContaining("Ukjent filformat");
        assertThatThrownBy(() -> les("")).isInstanceOf(UgyldigBankfil.class).hasMessageContaining("tom");
        assertThatThrownBy(() -> les("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"))
                .isInstanceOf(UgyldigBankfil.class).hasMessageContaining("namespace");
        String xml = Camt054.fil("M3", "76940500121", List.of(
                new Camt054.Betaling("R1", LocalDate.of(2026, 11, 20), 100, "1", "A", "1"),
                new Camt054.Betaling("R2", LocalDate.of(2026, 11, 20), 100, "1", "A", "1")));
        String avkortet = xml.substring(0, xml.lastIndexOf("<Ntry>") + 30);
        assertThatThrownBy(() -> les(avkortet)).isInstanceOf(UgyldigBankfil.class).hasMessageContaining("linje");
        assertThat(poster).hasSize(1); // the complete first entry was handed on before the break
        assertThatThrownBy(() -> les("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">&e;</Document>"))
                .isInstanceOf(UgyldigBankfil.class);
    }
}

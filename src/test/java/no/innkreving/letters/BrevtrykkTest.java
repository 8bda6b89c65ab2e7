package no.innkreving.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.letters.persistence.Brevgrunnlag;
import no.innkreving.letters.layout.Part;
import no.innkreving.parties.Skyldner;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter is sent by storing what it says; its file is laid out afterwards by the printer or on first read
 * (decision 0066), and either way it is the letter that was sent.
 */
class BrevtrykkTest extends ApiTestBase {
    @Autowired
    Brevutsending utsending;
    @Autowired
    Brevtrykk trykk;
    @Autowired
    TransactionTemplate tx;

    private static final Brev.Konto KONTO = new Brev.Konto("76940500111", "NO9376940500111", "DNBANOKK", null);

    private static Brev brev(Brevslag slag, String fnr, Brev.Betaling betaling) {
        return new Brev(slag, "B-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2026, 12, 3),
                new Skyldner.Person(fnr), new Brev.Kravomtale("NAV", "Tilbakekreving av barnetrygd", "SAK-1", LocalDate.of(2026, 11, 1), true),
                List.of(new Brev.Linje("Hovedstol", 1_234_567), new Brev.Linje("Renter", 1_001)), betaling);
    }

    private static List<Brev> hvertSlag(String fnr) {
        return List.of(
                brev(new Brevslag.Faktura(), fnr, new Brev.Betaling("1234567890128", LocalDate.of(2026, 12, 24), KONTO)),
                brev(new Brevslag.Kreditnota("4711"), fnr, null),
                brev(new Brevslag.Purring(LocalDate.of(2026, 12, 17), KONTO), fnr, null),
                brev(new Brevslag.VarselOmTvangsfullbyrdelse(LocalDate.of(2027, 1, 17), KONTO), fnr, null),
                brev(new Brevslag.Melding("MOTREGNING", "Melding om motregning", "Referanse", "Motregnet",
                        List.of("Vi har motregnet.", "Æ, ø og å – «sitat»"), List.of("Du kan klage.")), fnr, null));
    }

    @Test
    void hvert_brevslag_og_begge_partslag_leses_tilbake_som_det_ble_skrevet() {
        String fnr = Testpersoner.nyttFoedselsnummer();
        Part person = new Part("Kari Nordmann", new Skyldner.Person(fnr), List.of("Storgata 1"), "0155", "OSLO", "NO");
        Part firma = new Part("Firma AS", new Skyldner.Organisasjon("974761076"), List.of(), null, null, "SE", true);
        for (Brev b : hvertSlag(fnr))
            for (Part p : List.of(person, firma))
                assertThat(Brevgrunnlag.les(Brevgrunnlag.skriv(b, p).tekst())).isEqualTo(new Brevgrunnlag.Innhold(b, p));
    }

    @Test
    void faste_avsnitt_lagres_en_gang_og_brevet_leses_tilbake_som_det_ble_sendt() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        String fast = Fasttekst.fast("Dette avsnittet står likt i hvert brev av dette slaget (BrevtrykkTest).");
        Brev b = brev(new Brevslag.Melding("MOTREGNING", "Melding om motregning", "Referanse", "Til gode i alt",
                List.of("Du har 1 234,56 kr til gode.", fast), List.of(fast, "Resten utbetales.")), fnr, null);
        Part p = new Part("Kari Nordmann", new Skyldner.Person(fnr), List.of("Storgata 1"), "0155", "OSLO", "NO");

        // written as a reference; read back with the stored text it is the letter that was written
        Brevgrunnlag.Skrevet skrevet = Brevgrunnlag.skriv(b, p);
        assertThat(skrevet.tekst()).doesNotContain("står likt").contains("Du har 1 234,56 kr til gode.");
        assertThat(skrevet.fasteTekster()).containsExactly(java.util.Map.entry(Fasttekst.id(fast), fast));
        assertThat(Brevgrunnlag.les(skrevet.tekst(), skrevet.fasteTekster()::get)).isEqualTo(new Brevgrunnlag.Innhold(b, p));

        // sent twice: the text is stored once, the letters without it, and each laid out is the letter with it
        List<Brevutsending.Sendt> sendt = tx.execute(s -> utsending.send(List.of(b, b)));
        tx.execute(s -> utsending.send(List.of(b)));
        assertThat(jdbc.queryForObject("select count(*) from brevtekst where tekst = ?", Integer.class, fast)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and grunnlag like '%står likt%'",
                Integer.class, fnr)).isZero();
        String pdf = tekst(utsending.dokument(sendt.get(0).dokumentId(), fnr).orElseThrow().innhold());
        assertThat(pdf).contains("står likt i hvert brev", "Du har 1 234,56 kr til gode.", "Resten utbetales.");
        assertThat(pdf.split("står likt i hvert brev", -1)).hasSize(3);
    }

    @Test
    void brev_lages_av_trykkeriet_eller_ved_foerste_lesing_og_er_det_samme_brevet() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        List<Brev> brev = hvertSlag(fnr);
        List<Brevutsending.Sendt> sendt = tx.execute(s -> utsending.send(brev));
        UUID lestFoerst = sendt.get(2).dokumentId();
        // stored with what it says, no file yet
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and innhold is null and grunnlag is not null",
                Integer.class, fnr)).isEqualTo(5);

        // a read before the printer comes lays the letter out, and keeps it
        byte[] lest = utsending.dokument(lestFoerst).orElseThrow().innhold();
        assertThat(tekst(lest)).contains("Purring", "12 345,67");
        assertThat(jdbc.queryForObject("select innhold from brevdokument where dokument_id = ?", byte[].class, lestFoerst)).isEqualTo(lest);

        // the printer lays out the rest (other tests' letters too), each the file a read of it would give
        while (trykk.lagBatch() > 0) {
        }
        assertThat(jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and innhold is null", Integer.class, fnr)).isZero();
        for (Brevutsending.Sendt s : sendt) {
            byte[] fil = utsending.dokument(s.dokumentId(), fnr).orElseThrow().innhold();
            assertThat(fil).as(s.toString()).startsWith("%PDF-".getBytes());
        }
        assertThat(tekst(utsending.dokument(sendt.get(4).dokumentId()).orElseThrow().innhold()))
                .contains("Melding om motregning", "Æ, ø og å – «sitat»", "Du kan klage.");
        assertThat(utsending.dokument(lestFoerst).orElseThrow().innhold()).isEqualTo(lest);
        assertThat(trykk.venter()).isZero();
    }

    private static String tekst(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

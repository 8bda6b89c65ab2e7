package no.innkreving.letters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Fasttekst;
import no.innkreving.letters.layout.Part;
import no.innkreving.parties.Skyldner;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;

/** A message's grunnlag written by hand is the very bytes Jackson writes, whatever its texts hold (decision 0082). */
class MeldingsjsonTest {
    private static final String FAST = Fasttekst.fast("Kravene er redusert med det som er motregnet (MeldingsjsonTest).");

    private static Brev brev(List<String> innledning, List<String> konsekvenser, Brev.Kravomtale krav, List<Brev.Linje> linjer, Skyldner s) {
        return new Brev(new Brevslag.Melding("MOTREGNING", "Melding om motregning", "Referanse", "Til gode i alt", innledning, konsekvenser),
                "REF-1", LocalDate.of(2026, 12, 3), s, krav, linjer, null);
    }

    private static void sammeSomJackson(Brev b, Part p) {
        Brevgrunnlag.Skrevet skrevet = Brevgrunnlag.skriv(b, p);
        // what skriv stored, against Jackson on the same letter with the fixed paragraphs already referred to
        Brevgrunnlag.Innhold lest = Brevgrunnlag.les(skrevet.tekst(), skrevet.fasteTekster()::get);
        assertThat(lest).isEqualTo(new Brevgrunnlag.Innhold(b, p));
        Brevgrunnlag.Innhold somLagret = Brevgrunnlag.les(skrevet.tekst(), id -> "\0" + id);
        assertThat(skrevet.tekst()).isEqualTo(new String(Brevgrunnlag.jackson(somLagret.brev(), somLagret.mottaker()), StandardCharsets.UTF_8));
    }

    @Test
    void et_motregningsbrev_med_og_uten_valgfrie_felt_er_jacksons_bytes() {
        String fnr = Testpersoner.nyttFoedselsnummer();
        var linjer = List.of(new Brev.Linje("Motregnet i tilbakekreving av barnetrygd (saksnr. SAK-1)", 1_234_567),
                new Brev.Linje("Utbetales til konto **** ** 0111", 0));
        var fullt = new Brev.Kravomtale("NAV", "Tilbakekreving av barnetrygd", "SAK-1", LocalDate.of(2026, 11, 1), true);
        var tomt = new Brev.Kravomtale("oppdragsgiveren for kravet", "", null, null, false);
        var person = new Part("Kari Nordmann", new Skyldner.Person(fnr), List.of("Storgata 1", "Oppgang B"), "0155", "OSLO", "NO");
        var ukjent = new Part("Ukjent mottaker", new Skyldner.Person(fnr), List.of(), null, null, "NO");
        var firma = new Part("Firma AS", new Skyldner.Organisasjon("974761076"), List.of(), null, null, null, true);
        for (var krav : List.of(fullt, tomt))
            for (var p : List.of(person, ukjent, firma)) {
                sammeSomJackson(brev(List.of("Du har 1 234,56 kr til gode.", FAST), List.of(FAST, "Resten utbetales."), krav, linjer, p.identifikator()), p);
                sammeSomJackson(brev(List.of("Bare ett avsnitt."), List.of(), krav, linjer.subList(0, 1), p.identifikator()), p);
            }
    }

    @Test
    void tegn_som_maa_skrives_om_er_skrevet_om_som_jackson_gjoer() {
        String fnr = Testpersoner.nyttFoedselsnummer();
        var p = new Part("Ærlig «Øyvind» Å'\"\\/", new Skyldner.Person(fnr), List.of("Gate\t1\n2\r3\b\f\u0001\u001f\u007f"), "0155", "ÅS", "NO");
        var krav = new Brev.Kravomtale("Nav – \"sitat\"", "\u0000\u2028\u20ac\u00a0", "S\\1", LocalDate.of(1999, 1, 9), false);
        sammeSomJackson(brev(List.of("æøå ÆØÅ é ü ß – « » € ‰", "NUL midt i \u0000 er ingen referanse"),
                List.of("emoji 😀 går til Jackson"), krav, List.of(new Brev.Linje("\"\\", Long.MAX_VALUE)), p.identifikator()), p);
    }

    @Test
    void tilfeldige_tekster_er_jacksons_bytes() {
        Random r = new Random(20261203);
        String fnr = Testpersoner.nyttFoedselsnummer();
        for (int i = 0; i < 500; i++) {
            List<String> innledning = new ArrayList<>();
            for (int j = 1 + r.nextInt(3); j > 0; j--) innledning.add(tekst(r));
            var p = new Part(tekst(r), new Skyldner.Person(fnr), List.of(tekst(r)), r.nextBoolean() ? null : tekst(r), tekst(r), "NO");
            var krav = new Brev.Kravomtale(tekst(r), tekst(r), r.nextBoolean() ? null : tekst(r), null, r.nextBoolean());
            sammeSomJackson(brev(innledning, List.of(tekst(r)), krav, List.of(new Brev.Linje(tekst(r), r.nextLong(0, Long.MAX_VALUE))),
                    p.identifikator()), p);
        }
    }

    /** Any characters of the Basic Multilingual Plane but surrogates, often control and escaped ones. */
    private static String tekst(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) {
            char c = switch (r.nextInt(4)) {
                case 0 -> (char) r.nextInt(0x80);
                case 1 -> (char) r.nextInt(0x800);
                case 2 -> "\"\\/\u0000\n\t".charAt(r.nextInt(6));
                default -> (char) r.nextInt(0xD800);
            };
            s.append(c);
        }
        String t = s.toString();
        return t.startsWith("\0") ? "x" + t : t;
    }
}

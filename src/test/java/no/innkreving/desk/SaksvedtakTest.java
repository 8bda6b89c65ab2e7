package no.innkreving.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.desk.application.Saksvedtak;
import no.innkreving.desk.application.Vedtak;
import no.innkreving.desk.application.Vedtaksfeil;
import no.innkreving.desk.domain.Utfall;
import no.innkreving.desk.domain.Virkning;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Avskrivning;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Linjetype;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.Betalingsavstemming;
import no.innkreving.payments.Innbetalinger;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.payments.demo.Camt054.Betaling;
import no.innkreving.submissions.Klager;
import no.innkreving.submissions.Klagetema;
import no.innkreving.submissions.Soeknader;
import no.innkreving.submissions.Soeknadsslag;
import no.innkreving.suspension.Innkrevingsstanser;
import no.innkreving.suspension.Stansgrunn;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deciding complaints and waiver applications against the real database (issue 21, source document 002: an upheld
 * complaint stops collection; what was paid on a deleted claim is paid back). Each claim is NAV's example: principal
 * 15 000,00 and STRAFFERENTE 1 500,00, so 1 650 000 øre; a payment of 10 000,00 is placed interest first
 * (1 500,00 on the interest, 8 500,00 on the principal), leaving 6 500,00 (650 000 øre) on the principal.
 */
class SaksvedtakTest extends ApiTestBase {
    static final String KONTO = "76940500121";
    static final String BETALERS_KONTO = "98765432103";

    @Autowired
    Saksvedtak saksvedtak;
    @Autowired
    Klager klager;
    @Autowired
    Soeknader soeknader;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Innbetalingsimport importen;
    @Autowired
    Innbetalinger innbetalinger;
    @Autowired
    Betalingsavstemming avstemming;
    @Autowired
    Innkrevingsstanser stanser;
    @Autowired
    no.innkreving.letters.Brevutsending brevutsending;
    @TempDir
    Path tmp;

    private static String pdfTekst(byte[] pdf) {
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID kravMedDelbetaling(String fnr) throws Exception {
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("KLV")), "RESKONTROFOERT"));
        String kid = fakturering.forKrav(List.of(krav)).stream().filter(f -> f.type() == Faktura.Type.FAKTURA).findFirst().orElseThrow().kid();
        Path fil = tmp.resolve(unik("camt") + ".xml");
        Files.writeString(fil, Camt054.fil(unik("MSG"), KONTO, List.of(new Betaling(unik("REF"), idag(), 1_000_000, kid, "Kari Normann",
                BETALERS_KONTO))), StandardCharsets.UTF_8);
        importen.importer(fil, fil.getFileName().toString(), "OPPLASTING");
        assertThat(gjenstaaende(krav)).isEqualTo(650_000);
        return krav;
    }

    private long gjenstaaende(UUID krav) {
        return saldoer.saldo(krav, LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElseThrow();
    }

    private UUID klage(String fnr, UUID krav) {
        return klager.motta(new Klager.NyKlage(UUID.randomUUID(), fnr, fnr, Klagetema.KRAVET, krav, "Kravet er allerede gjort opp direkte med NAV.",
                "Sletting av kravet.", true, List.of())).klageId();
    }

    private String oppgavestatus(String referanse) {
        return jdbc.queryForObject("select status from oppgave where referanse = ?", String.class, referanse);
    }

    private int brev(String fnr, String slag) {
        return jdbc.queryForObject("select count(*) from brevdokument where mottaker = ? and brevslag = ?", Integer.class, fnr, slag);
    }

    /**
     * Upheld, claim deleted: the 6 500,00 left is written off and the 10 000,00 paid goes back to the payer's account
     * (1 500,00 from the interest line + 8 500,00 from the principal line). The payment then stands: 10 000,00 in the
     * bank, 10 000,00 owed back (TIL_UTBETALING), nothing on the claim; the claim's lines are all 0, none below.
     */
    @Test
    void klage_tatt_til_foelge_sletter_kravet_og_tilbakebetaler_det_innbetalte() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = kravMedDelbetaling(fnr);
        UUID klageId = klage(fnr, krav);

        Vedtak v = saksvedtak.avgjoerKlage(klageId, Utfall.TATT_TIL_FOELGE, Virkning.SLETTING, "Kravet var gjort opp før oversendelsen.", "Z990001");

        assertThat(v.avskrevetOre()).isEqualTo(650_000);
        assertThat(v.tilbakebetaltOre()).isEqualTo(1_000_000);
        assertThat(gjenstaaende(krav)).isZero();
        assertThat(saldoer.saldo(krav, LocalDate.MAX).orElseThrow().linjer()).allSatisfy(l -> assertThat(l.gjenstaaendeOre()).isZero());
        assertThat(jdbc.queryForObject("select count(*) from linjesaldo where krav_id = ? and saldo_ore < 0", Long.class, krav)).isZero();
        assertThat(innbetalinger.utbetalinger(fnr, idag(), idag())).singleElement().satisfies(u -> {
            assertThat(u.beloepOre()).isEqualTo(1_000_000);
            assertThat(u.tilKonto()).isEqualTo(BETALERS_KONTO);
        });
        var betaling = innbetalinger.forSkyldner(fnr).getFirst();
        assertThat(saldoer.innbetalingsbalanser(List.of(betaling.innbetalingId())).get(betaling.innbetalingId()))
                .containsEntry(Konto.BANK, 1_000_000L).containsEntry(Konto.TIL_UTBETALING, -1_000_000L).doesNotContainKey(Konto.UPLASSERT);
        assertThat(saldoer.avskrivninger(List.of(krav))).extracting(Avskrivning::grunn).containsExactly(Avskrivning.Grunn.KLAGE_TATT_TIL_FOELGE);
        // the credit note is for what the deletion took off the claim: 6 500,00 left + 10 000,00 paid = 16 500,00
        assertThat(fakturering.forKrav(List.of(krav)).stream().filter(f -> f.type() == Faktura.Type.KREDITNOTA))
                .singleElement().satisfies(k -> assertThat(k.beloepOre()).isEqualTo(1_650_000));
        assertThat(avstemming.kontroller().stemmer()).as(avstemming.kontroller().toString()).isTrue();

        // who, when, why; the letter; the task closed; the complaint no longer pending
        var lagret = jdbc.queryForMap("select * from saksvedtak where sak_id = ?", klageId);
        assertThat(lagret.get("saksbehandler")).isEqualTo("Z990001");
        assertThat(lagret.get("begrunnelse")).isEqualTo("Kravet var gjort opp før oversendelsen.");
        assertThat(lagret.get("utfall")).isEqualTo("TATT_TIL_FOELGE");
        assertThat(lagret.get("vedtatt")).isNotNull();
        assertThat(brev(fnr, "KLAGEVEDTAK")).isEqualTo(1);
        // the letter says the outcome, the reason, what is written off and what is paid back
        String tekst = pdfTekst(brevutsending.dokument(v.brevDokumentId(), fnr).orElseThrow().innhold()).replaceAll("\\s+", " ");
        assertThat(tekst).contains("Vedtak i klagesak").contains("Klagen er tatt til følge").contains("Kravet var gjort opp før oversendelsen.")
                .contains("6 500,00 kroner, skal du ikke betale").contains("Du har betalt 10 000,00 kroner på kravet");
        assertThat(oppgavestatus("klage:" + klageId)).isEqualTo("AVSLUTTET");
        assertThat(jdbc.queryForObject("select status from klage where klage_id = ?", String.class, klageId)).isEqualTo("AVGJORT");

        // decided once: a second decision changes nothing
        assertThatThrownBy(() -> saksvedtak.avgjoerKlage(klageId, Utfall.IKKE_TATT_TIL_FOELGE, null, "Igjen", "Z990002"))
                .isInstanceOfSatisfying(Vedtaksfeil.class, f -> assertThat(f.status()).isEqualTo(409));
        assertThat(brev(fnr, "KLAGEVEDTAK")).isEqualTo(1);
    }

    /** Upheld, collection held (forvaltningsloven § 42): the claim stays as it is (6 500,00) and is on hold from today. */
    @Test
    void klage_tatt_til_foelge_med_stans_holder_kravet() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = kravMedDelbetaling(fnr);
        UUID klageId = klage(fnr, krav);
        saksvedtak.avgjoerKlage(klageId, Utfall.TATT_TIL_FOELGE, Virkning.STANS, "Kravet må undersøkes nærmere hos NAV.", "Z990001");
        assertThat(stanser.stansetPaa(List.of(krav), idag())).containsEntry(krav, Stansgrunn.UTSATT_IVERKSETTELSE);
        assertThat(gjenstaaende(krav)).isEqualTo(650_000);
        assertThat(innbetalinger.utbetalinger(fnr, idag(), idag())).isEmpty();
        assertThat(oppgavestatus("klage:" + klageId)).isEqualTo("AVSLUTTET");
    }

    /**
     * The hold lifted when the claim is settled (decision 0083): refused without a reason, then lifted from today with
     * who and why, the debtor told, once only.
     */
    @Test
    void stansen_etter_klage_oppheves_naar_kravet_er_avgjort() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = kravMedDelbetaling(fnr);
        UUID klageId = klage(fnr, krav);
        saksvedtak.avgjoerKlage(klageId, Utfall.TATT_TIL_FOELGE, Virkning.STANS, "Kravet må undersøkes nærmere hos NAV.", "Z990001");

        assertThatThrownBy(() -> saksvedtak.opphevStans(klageId, " ", "Z990002"))
                .isInstanceOfSatisfying(Vedtaksfeil.class, f -> assertThat(f.felt()).isEqualTo("begrunnelse"));
        assertThat(stanser.stansetPaa(List.of(krav), idag())).containsEntry(krav, Stansgrunn.UTSATT_IVERKSETTELSE);
        assertThat(brev(fnr, "KLAGESTANS_OPPHEVET")).isZero();

        var o = saksvedtak.opphevStans(klageId, "NAV har gått gjennom kravet og opprettholder det.", "Z990002");
        assertThat(stanser.stansetPaa(List.of(krav), idag())).doesNotContainKey(krav);
        assertThat(stanser.stansetPaa(List.of(krav), idag().plusDays(30))).doesNotContainKey(krav);
        assertThat(o.opphevet()).isEqualTo(idag());
        var lagret = jdbc.queryForMap("select * from klagestans_opphevet where klage_id = ?", klageId);
        assertThat(lagret.get("saksbehandler")).isEqualTo("Z990002");
        assertThat(lagret.get("begrunnelse")).isEqualTo("NAV har gått gjennom kravet og opprettholder det.");
        assertThat(brev(fnr, "KLAGESTANS_OPPHEVET")).isEqualTo(1);
        String tekst = pdfTekst(brevutsending.dokument(o.brevDokumentId(), fnr).orElseThrow().innhold()).replaceAll("\\s+", " ");
        assertThat(tekst).contains("Innkrevingen fortsetter").contains("NAV har gått gjennom kravet og opprettholder det.")
                .contains("stanset vi innkrevingen av kravet").contains("fortsetter fra i dag, der den stoppet");

        assertThatThrownBy(() -> saksvedtak.opphevStans(klageId, "Igjen.", "Z990003"))
                .isInstanceOfSatisfying(Vedtaksfeil.class, f -> assertThat(f.status()).isEqualTo(409));
        assertThat(brev(fnr, "KLAGESTANS_OPPHEVET")).isEqualTo(1);

        // a complaint not upheld held nothing: nothing to lift
        UUID annen = klage(fnr, krav);
        saksvedtak.avgjoerKlage(annen, Utfall.IKKE_TATT_TIL_FOELGE, null, "Kravet er riktig fastsatt.", "Z990001");
        assertThatThrownBy(() -> saksvedtak.opphevStans(annen, "Opphev.", "Z990002"))
                .isInstanceOfSatisfying(Vedtaksfeil.class, f -> assertThat(f.status()).isEqualTo(409));
    }

    /** A decision that is not whole is refused naming the field, and nothing is stored, posted or sent. */
    @Test
    void ufullstendig_vedtak_avvises_og_endrer_ingenting() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = kravMedDelbetaling(fnr);
        UUID klageId = klage(fnr, krav);
        assertThatThrownBy(() -> saksvedtak.avgjoerKlage(klageId, Utfall.TATT_TIL_FOELGE, null, "Tatt til følge.", "Z990001"))
                .isInstanceOfSatisfying(Vedtaksfeil.class, f -> {
                    assertThat(f.status()).isEqualTo(422);
                    assertThat(f.felt()).isEqualTo("virkning");
                });
        assertThatThrownBy(() -> saksvedtak.avgjoerKlage(klageId, Utfall.IKKE_TATT_TIL_FOELGE, null, "  ", "Z990001"))
                .isInstanceOfSatisfying(Vedtaksfeil.class, f -> assertThat(f.felt()).isEqualTo("begrunnelse"));
        assertThat(gjenstaaende(krav)).isEqualTo(650_000);
        assertThat(oppgavestatus("klage:" + klageId)).isEqualTo("AAPEN");
        assertThat(brev(fnr, "KLAGEVEDTAK")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from saksvedtak where sak_id = ?", Integer.class, klageId)).isZero();

        // whole, it is taken (and no open complaint of this test is left in the shared queue)
        saksvedtak.avgjoerKlage(klageId, Utfall.IKKE_TATT_TIL_FOELGE, null, "Kravet er riktig fastsatt.", "Z990001");
        assertThat(oppgavestatus("klage:" + klageId)).isEqualTo("AVSLUTTET");
        assertThat(gjenstaaende(krav)).isEqualTo(650_000);
    }

    /** A waiver granted forgives the 6 500,00 left; the 10 000,00 paid stays paid (nothing refunded). */
    @Test
    void ettergivelse_innvilget_avskriver_resten_og_beholder_det_betalte() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = kravMedDelbetaling(fnr);
        UUID soeknadId = soeknader.motta(new Soeknader.NySoeknad(UUID.randomUUID(), fnr, fnr, Soeknadsslag.ETTERGIVELSE, "Varig ufør, ingen betalingsevne.",
                "Uføretrygd 18 000 kr i måneden, husleie 9 000 kr.", true, List.of())).soeknadId();
        Vedtak v = saksvedtak.avgjoerSoeknad(soeknadId, Utfall.INNVILGET, List.of(krav), "Varig manglende betalingsevne.", "Z990003");
        assertThat(v.avskrevetOre()).isEqualTo(650_000);
        assertThat(gjenstaaende(krav)).isZero();
        assertThat(saldoer.saldo(krav, LocalDate.MAX).orElseThrow().linjer().stream().filter(l -> l.linjetype() == Linjetype.HOVEDSTOL)
                .mapToLong(Kravsaldo.Linjesaldo::gjenstaaendeOre).sum()).isZero();
        assertThat(innbetalinger.utbetalinger(fnr, idag(), idag())).isEmpty();
        assertThat(saldoer.avskrivninger(List.of(krav))).extracting(Avskrivning::grunn).containsExactly(Avskrivning.Grunn.ETTERGITT);
        assertThat(brev(fnr, "SOEKNADSVEDTAK")).isEqualTo(1);
        assertThat(oppgavestatus("soeknad:" + soeknadId)).isEqualTo("AVSLUTTET");
        assertThat(avstemming.kontroller().stemmer()).as(avstemming.kontroller().toString()).isTrue();
    }
}

package no.innkreving.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.interest.application.Renteloep;
import no.innkreving.interest.domain.RentesatsMangler;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Late-payment interest booked by the nightly run through the database, across the rate change of 1 July 2025. */
class RenteFlytTest extends ApiTestBase {
    @Autowired
    Renteloep renteloep;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Reskontroavstemming reskontro;
    @Autowired
    Forsinkelsesrenter renter;
    @Autowired
    Innbetalingsimport importen;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    /*
     * A coercive fine of 10 000,00 (Brønnøysundregistrene, a type with late-payment interest) booked 25 May 2025: its
     * 21-day term ends Sunday 15 June, so it is due Monday 16 June (skattebetalingsloven § 10-2). Unpaid, the run on
     * 1 August books interest to 31 July:
     * 17-30 June at 12,50 %: 1 000 000 × 1250 × 14 / 3 650 000 = 4 794,52 -> 4 795 øre;
     * 1-31 July at 12,25 %:  1 000 000 × 1225 × 31 / 3 650 000 = 10 404,11 -> 10 404 øre; together 15 199 øre.
     * (Before due dates fell on business days it was due on the Sunday and charged a day more: 15 541 øre.)
     */
    @Test
    void renter_over_renteendringen_1_juli_bokfoeres_en_gang() {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2025-000456","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, unik("RENTE"));
        UUID krav = UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
        assertThat(saldoer.forfall(List.of(krav))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 16)));

        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer();
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(beregnetTil(krav)).isEqualTo(LocalDate.of(2025, 7, 31));

        renteloep.kjoer(); // a rerun the same night books nothing more
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(saldoer.saldo(krav, LocalDate.MAX).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000 + 15_199);
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
        assertThat(reskontro.posteringerUtenOpphav()).isZero();
        // balances as of any date, from postings alone: the interest is dated the last day it covers
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 7, 30)).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000);
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 7, 31)).orElseThrow().gjenstaaendeOre()).isEqualTo(1_015_199);
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 5, 24))).isEmpty(); // not yet taken over
    }

    /** A Brønnøysund coercive fine of 10 000,00 booked 25 May 2025, due Monday 16 June (as above). */
    private UUID ubetaltKrav() {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2025-000457","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, unik("RENTE"));
        UUID krav = UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
        assertThat(saldoer.forfall(List.of(krav))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 16)));
        return krav;
    }

    /*
     * The same claim, interest booked every night from 18 June to 1 August (each run to the day before): each run books
     * the exact interest since the due date rounded once, less what is booked, so the total is the catch-up run's
     * 15 199 øre. Rounding each day's interest instead gave 15 204: 17-30 June 1 000 000 × 1250 / 3 650 000 = 342,47 ->
     * 342 × 14 = 4 788; July 335,62 -> 336 × 31 = 10 416.
     */
    @Test
    void nattlige_kjoeringer_gir_samme_oere_som_en_samlet() {
        UUID krav = ubetaltKrav();
        for (LocalDate d = LocalDate.of(2025, 6, 17); !d.isAfter(LocalDate.of(2025, 7, 31)); d = d.plusDays(1))
            renter.bokfoer(krav, LocalDate.of(2025, 6, 16), d);
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(beregnetTil(krav)).isEqualTo(LocalDate.of(2025, 7, 31));
        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer(); // the nightly run after them books nothing more
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
    }

    /*
     * Statens sivilrettsforvaltning's claim of 10 000,00 (a type it may change, with late-payment interest) booked
     * 25 May 2025, due Monday 16 June: 15 199 øre booked to 31 July (figures above). The creditor then changes its own interest
     * lines (PUT …/renter, a STRAFFERENTE line of 100,00): our line keeps its 15 199, the creditor's line is 10 000 øre,
     * and the claim owes 1 000 000 + 15 199 + 10 000. Before the fix the change wrote our line down to 0.
     */
    @Test
    void oppdragsgivers_renteendring_lar_forsinkelsesrenten_staa() {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String body = """
                {"kravtype":"EGENANDEL_FRITT_RETTSRAAD","skyldner":{"identifikatortype":"PERSON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":10000},"oppdragsgiversReferanse":"SRF-RENTE","fastsettelsesdato":"2025-05-25"}"""
                .formatted(Testpersoner.person(jdbc, "BOSATT"));
        UUID krav = UUID.fromString(opprettOgVent(som(SRF), body, "RESKONTROFOERT"));
        assertThat(saldoer.forfall(List.of(krav))).singleElement()
                .satisfies(f -> assertThat(f.forfallsdato()).isEqualTo(LocalDate.of(2025, 6, 16)));
        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer();
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        var svar = som(SRF).put(no.innkreving.support.Api.BASE + "/" + krav + "/renter", """
                {"renter":[{"valuta":"NOK","beloep":100,"renterIlagtDato":"2025-07-01","rentetype":"STRAFFERENTE"}]}""");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(saldoer.saldo(krav, LocalDate.MAX).orElseThrow().gjenstaaendeOre()).isEqualTo(1_000_000 + 15_199 + 10_000);
        // and again with no lines at all: only the creditor's line goes
        assertThat(som(SRF).put(no.innkreving.support.Api.BASE + "/" + krav + "/renter", "{\"renter\":[]}").status()).isEqualTo(200);
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        assertThat(saldoer.saldo(krav, LocalDate.MAX).orElseThrow().gjenstaaendeOre()).isEqualTo(1_015_199);
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
    }

    /*
     * Interest is booked to 31 July (15 199 øre). On Monday 4 August a bank file brings 5 000,00 the payer's bank
     * accepted on 10 July (camt.054 TxDtls/RltdDts/AccptncDtTm; booked by the bank 4 August). Interest runs up to and
     * including 10 July:
     *   17-30 June 1 000 000 × 1250 × 14 + 1-10 July 1 000 000 × 1225 × 10 = 29 750 000 000 / 3 650 000 = 8 150,68 -> 8 151;
     *   so 15 199 - 8 151 = 7 048 øre is taken back before the payment is placed, and the payment covers interest
     *   8 151 and principal 491 849 (from 11 July the base is 508 151).
     * The run that night books to 3 August: 29 750 000 000 + 508 151 × 1225 × 24 (11 July - 3 August)
     *   = 44 689 639 400 / 3 650 000 = 12 243,74 -> 12 244; booked 8 151, so 4 093 more, all of it open.
     */
    @Test
    void sen_innbetaling_regner_om_renter_som_er_bokfoert() throws Exception {
        UUID krav = ubetaltKrav();
        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer();
        assertThat(rentelinje(krav)).isEqualTo(15_199);

        tidsmaskin.reisTil(LocalDate.of(2025, 8, 4));
        String kid = fakturering.forKrav(List.of(krav)).getFirst().kid();
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), LocalDate.of(2025, 8, 4),
                500_000, kid, "Betaler AS", "12345678903")), LocalDate.of(2025, 8, 4))
                .replace("</RmtInf>", "</RmtInf><RltdDts><AccptncDtTm>2025-07-10T14:03:00</AccptncDtTm></RltdDts>");
        Path fil = Files.createTempFile("sen", ".xml");
        Files.writeString(fil, xml, StandardCharsets.UTF_8);
        importen.importer(fil, "sen.xml", "OPPLASTING");

        Kravsaldo etter = saldoer.saldo(krav, LocalDate.MAX).orElseThrow();
        assertThat(rentelinje(krav)).isEqualTo(8_151);
        assertThat(linje(etter, true).gjenstaaendeOre()).isZero();
        assertThat(linje(etter, false).gjenstaaendeOre()).isEqualTo(508_151);
        // the payment is dated the payer's date in the ledger
        assertThat(saldoer.saldo(krav, LocalDate.of(2025, 7, 10)).orElseThrow().linjer().stream()
                .filter(l -> l.linjetype() == no.innkreving.ledger.Linjetype.HOVEDSTOL).findFirst().orElseThrow().gjenstaaendeOre())
                .isEqualTo(508_151);

        renteloep.kjoer();
        assertThat(rentelinje(krav)).isEqualTo(12_244);
        assertThat(linje(saldoer.saldo(krav, LocalDate.MAX).orElseThrow(), true).gjenstaaendeOre()).isEqualTo(4_093);
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
    }

    /*
     * One unit of the nightly run (Renteloep.behandle for two debtors at once, decision 0076) books on each claim what
     * the per-claim rule books. Four coercive fines of 10 000,00 booked 25 May 2025, due Monday 16 June; the unit for
     * 1 August books to 31 July (17-30 June at 12,50 %, July at 12,25 %, 365 days).
     * Debtor A:
     *   A1 unpaid: 1 000 000 × 1250 × 14 + 1 000 000 × 1225 × 31 = 55 475 000 000 / 3 650 000 = 15 198,63 -> 15 199.
     *   A2 paid 5 000,00, the payer's date 10 July, imported 11 July before any interest was booked: from 11 July the
     *      base is 500 000: 1 000 000 × 1250 × 14 + 1 000 000 × 1225 × 10 + 500 000 × 1225 × 21
     *      = 42 612 500 000 / 3 650 000 = 11 674,66 -> 11 675.
     * Debtor B:
     *   B1 booked to 31 July on 1 August (15 199), then an offset of 5 000,00 dated 10 July placed on its principal (the
     *      offset run takes no interest back): A2's base, so 11 675 is due and the unit takes back 15 199 - 11 675 = 3 524.
     *   B2 booked to 20 July on 21 July: 1 000 000 × 1250 × 14 + 1 000 000 × 1225 × 20 = 42 000 000 000 / 3 650 000
     *      = 11 506,85 -> 11 507; the unit books the rest, 15 199 - 11 507 = 3 692.
     * The unit changes the 4 claims; run again it changes none, and the per-claim rule finds nothing left to book.
     */
    @Test
    void en_enhet_bokfoerer_det_samme_som_regelen_krav_for_krav() throws Exception {
        tidsmaskin.reisTil(LocalDate.of(2025, 5, 25));
        String a = Testpersoner.organisasjon(jdbc, "AKTIV");
        String b = Testpersoner.organisasjon(jdbc, "AKTIV");
        UUID a1 = kravFor(a), a2 = kravFor(a), b1 = kravFor(b), b2 = kravFor(b);
        LocalDate forfall = LocalDate.of(2025, 6, 16);

        tidsmaskin.reisTil(LocalDate.of(2025, 7, 11));
        String kid = fakturering.forKrav(List.of(a2)).getFirst().kid();
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), LocalDate.of(2025, 7, 11),
                500_000, kid, "Betaler AS", "12345678903")), LocalDate.of(2025, 7, 11))
                .replace("</RmtInf>", "</RmtInf><RltdDts><AccptncDtTm>2025-07-10T09:00:00</AccptncDtTm></RltdDts>");
        Path fil = Files.createTempFile("delbetaling", ".xml");
        Files.writeString(fil, xml, StandardCharsets.UTF_8);
        importen.importer(fil, "delbetaling.xml", "OPPLASTING");
        assertThat(linje(saldoer.saldo(a2, LocalDate.MAX).orElseThrow(), false).gjenstaaendeOre()).isEqualTo(500_000);

        tidsmaskin.reisTil(LocalDate.of(2025, 7, 21));
        assertThat(renter.bokfoer(b2, forfall, LocalDate.of(2025, 7, 20))).isEqualTo(11_507);

        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        assertThat(renter.bokfoer(b1, forfall, LocalDate.of(2025, 7, 31))).isEqualTo(15_199);
        bokfoering.forSkyldnere(List.of(b), e -> {
            long hovedstol = e.aapneLinjerForKrav(List.of(b1)).stream()
                    .filter(l -> l.linjetype() == no.innkreving.ledger.Linjetype.HOVEDSTOL).findFirst().orElseThrow().kravlinjeId();
            e.bokfoerMotregning(UUID.randomUUID(), b, LocalDate.of(2025, 7, 10), 500_000,
                    List.of(new no.innkreving.ledger.Linjeplassering(b1, hovedstol, 500_000)), 0);
            return null;
        });

        List<String> enhet = no.innkreving.ledger.Kravutvalg.iLaaseordning(List.of(a, b));
        assertThat(renteloep.behandle(LocalDate.of(2025, 8, 1), enhet)).isEqualTo(4);
        assertThat(rentelinje(a1)).isEqualTo(15_199);
        assertThat(rentelinje(a2)).isEqualTo(11_675);
        assertThat(rentelinje(b1)).isEqualTo(11_675);
        assertThat(rentelinje(b2)).isEqualTo(15_199);
        assertThat(linje(saldoer.saldo(b1, LocalDate.MAX).orElseThrow(), true).gjenstaaendeOre()).isEqualTo(11_675);
        for (UUID k : List.of(a1, a2, b1, b2)) assertThat(beregnetTil(k)).isEqualTo(LocalDate.of(2025, 7, 31));

        assertThat(renteloep.behandle(LocalDate.of(2025, 8, 1), enhet)).isZero();
        for (UUID k : List.of(a1, a2, b1, b2)) assertThat(renter.bokfoer(k, forfall, LocalDate.of(2025, 7, 31))).isZero();
        assertThat(reskontro.ubalanserteTransaksjoner()).isEmpty();
        assertThat(reskontro.linjesaldoerSomAvviker()).isEmpty();
        assertThat(reskontro.posteringerUtenOpphav()).isZero();
    }

    /** A Brønnøysund coercive fine of 10 000,00 against the debtor, booked on the clock's day (25 May 2025). */
    private UUID kravFor(String org) {
        String body = """
                {"kravtype":"TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN",
                 "skyldner":{"identifikatortype":"ORGANISASJON","identifikator":"%s"},
                 "oppdragsgiversReferanse":"TVA-2025-000458","oppdragsgiversKravidentifikator":"%s",
                 "hovedstol":{"valuta":"NOK","beloep":10000},"fastsettelsesdato":"2025-05-25",
                 "tilleggsinformasjon":{"periode":{"fraDato":"2025-02-01","tilDato":"2025-04-30"},"stoppdatoForLøpendeMulkt":"2025-04-30"}}"""
                .formatted(org, unik("RENTE"));
        return UUID.fromString(opprettOgVent(som(BRREG), body, "RESKONTROFOERT"));
    }

    /*
     * The rate table's last row is 1 July 2026, a half-year's rate: it covers up to 31 December 2026. A run on 2 January
     * 2027 (to 1 January) is refused with a clear error and books nothing, rather than reuse the old rate.
     */
    @Test
    void ingen_renter_mer_enn_et_halvaar_etter_siste_sats() {
        UUID krav = ubetaltKrav();
        tidsmaskin.reisTil(LocalDate.of(2025, 8, 1));
        renteloep.kjoer();
        tidsmaskin.reisTil(LocalDate.of(2027, 1, 2));
        assertThatThrownBy(() -> renteloep.kjoer()).isInstanceOf(RentesatsMangler.class)
                .hasMessageContaining("2027-01-01").hasMessageContaining("2026-12-31");
        assertThatThrownBy(() -> renter.bokfoer(krav, LocalDate.of(2025, 6, 16), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(RentesatsMangler.class);
        assertThat(rentelinje(krav)).isEqualTo(15_199);
        // the debtor's estimate stops at the last day a rate is known instead of failing
        assertThat(renter.paaloeptIkkeBokfoertOre(krav, LocalDate.of(2025, 6, 16))).isPositive();
    }

    private static Kravsaldo.Linjesaldo linje(Kravsaldo s, boolean forsinkelsesrente) {
        return s.linjer().stream().filter(l -> forsinkelsesrente ? Rentelinje.FORSINKELSESRENTE.equals(l.rentetype())
                : l.linjetype() == no.innkreving.ledger.Linjetype.HOVEDSTOL).findFirst().orElseThrow();
    }

    private long rentelinje(UUID krav) {
        return saldoer.saldo(krav, LocalDate.MAX).orElseThrow().linjer().stream()
                .filter(l -> Rentelinje.FORSINKELSESRENTE.equals(l.rentetype())).mapToLong(Kravsaldo.Linjesaldo::fastsattOre).sum();
    }

    /** The last day the claim's late-payment interest is accrued to, as the ledger holds it. */
    LocalDate beregnetTil(UUID krav) {
        return saldoer.forsinkelsesrenter(List.of(krav)).get(krav).beregnetTil();
    }
}

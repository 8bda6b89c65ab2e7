package no.innkreving.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innkreving.dunning.Purringer;
import no.innkreving.dunning.application.Purreloep;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.demo.Camt054;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Garnishment tests' common ground: claims made ready for enforcement the way production does it (booked, due,
 * reminded, noticed, deadline passed, by the dunning run with the clock moved), a caseworker, payers, bank payments.
 */
public abstract class Utleggstrekkdata extends ApiTestBase {
    public static final String SAKSBEHANDLER = "Z990001";
    public static final String SB_SCOPE = "innkreving:saksbehandling";
    public static final String TP_SCOPE = "skatteetaten:trekkpaalegg";
    public static final String UTLEGGSTREKK = "/api/innkreving/saksbehandling/v1/utleggstrekk";
    public static final String TREKKPAALEGG = "/api/trekkpaalegg/v1";

    @Autowired
    protected Purreloep purreloep;
    @Autowired
    protected Purringer purringer;
    @Autowired
    protected Saldoer saldoer;
    @Autowired
    protected Innbetalingsimport importen;

    @AfterEach
    void hjem() {
        tidsmaskin.hjem();
    }

    protected Api saksbehandler() {
        return new Api(port, issuer.issueForCaseworker("974761076", SB_SCOPE, SAKSBEHANDLER));
    }

    /** The payer's own token (its consumer organisation). */
    protected Api trekkpliktig(String orgnr) {
        return new Api(port, issuer.issue(orgnr, TP_SCOPE));
    }

    /**
     * Books a claim of {@code kroner} (TILBAKEKREVING_BARNETRYGD, group e, no late-payment interest) for each person
     * on {@code bokfoert}, then runs dunning until each is ready for enforcement (reminder 14 days after the due date,
     * notice the day after its deadline, ready the day after the notice's deadline). Leaves the clock on that day.
     */
    protected List<UUID> klareKrav(LocalDate bokfoert, long kroner, List<String> personer) {
        return klareKrav(bokfoert, kroner, personer, personer.stream().map(p -> NAV_KRAVTYPE).toList());
    }

    /** As {@link #klareKrav(LocalDate, long, List)}, the i-th claim of type {@code kravtyper[i]} (NAV's or SRF's types). */
    protected List<UUID> klareKrav(LocalDate bokfoert, long kroner, List<String> personer, List<String> kravtyper) {
        tidsmaskin.reisTil(bokfoert);
        List<UUID> ider = new ArrayList<>();
        for (int i = 0; i < personer.size(); i++) ider.add(bookKrav(personer.get(i), kroner, kravtyper.get(i)));
        LocalDate forfall = saldoer.forfall(ider).stream().map(Kravforfall::forfallsdato).max(LocalDate::compareTo).orElseThrow();
        tidsmaskin.reisTil(forfall.plusDays(15));
        purreloep.kjoer();
        LocalDate purrefrist = ider.stream().map(k -> purringer.status(k).steg().getLast().frist()).max(LocalDate::compareTo).orElseThrow();
        tidsmaskin.reisTil(purrefrist.plusDays(1));
        purreloep.kjoer();
        LocalDate varselfrist = ider.stream().map(k -> purringer.status(k).steg().getLast().frist()).max(LocalDate::compareTo).orElseThrow();
        tidsmaskin.reisTil(varselfrist.plusDays(1));
        purreloep.kjoer();
        for (UUID k : ider) assertThat(purringer.status(k).klarForTvangsinnkreving()).as("claim %s ready", k).isTrue();
        return ider;
    }

    protected UUID bookKrav(String fnr, long kroner) {
        return bookKrav(fnr, kroner, NAV_KRAVTYPE);
    }

    protected UUID bookKrav(String fnr, long kroner, String kravtype) {
        boolean nav = kravtype.startsWith("TILBAKEKREVING_");
        return UUID.fromString(opprettOgVent(nav ? nav() : som(SRF), kravBody(fnr, kroner, kravtype, nav), "RESKONTROFOERT"));
    }

    private static final String NAV_KRAVTYPE = "TILBAKEKREVING_BARNETRYGD";

    private static String kravBody(String fnr, long kroner, String kravtype, boolean nav) {
        return """
                {"kravtype":"%s",
                 "skyldner":{"identifikatortype":"PERSON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":%d},
                 "oppdragsgiversReferanse":"TREKK-TEST","oppdragsgiversKravidentifikator":"%s",
                 "fastsettelsesdato":"%s"%s}"""
                .formatted(kravtype, fnr, kroner, unik("UT"), idag().minusDays(10), !nav ? "" : """
                        ,
                         "tilleggsinformasjon":{"tilbakekrevingsperiode":{"fraDato":"%s","tilDato":"%s"}}"""
                        .formatted(idag().minusYears(1), idag().minusMonths(2)));
    }

    /**
     * The payer pays the person a wage of 52 000 kr a month with 14 500 kr advance tax from January 2020 (income
     * register, as the demo's Ola Normann at Fjordlys Bygg: the rule leaves 17 776 kr a month for a single debtor with
     * the standard housing cost).
     */
    protected void loenn(String fnr, String orgnr) {
        jdbc.update("""
                insert into inntektsregister_utbetaling (foedselsnummer, trekkpliktig, art, fra_maaned, til_maaned, brutto_ore,
                    forskuddstrekk_ore, kilde) values (?, ?, 'LOENN', date '2020-01-01', null, 5200000, 1450000, 'test')
                on conflict do nothing""", fnr, orgnr);
    }

    protected String beslutt(String fnr, String orgnr, List<UUID> krav, String stoerrelse, LocalDate start) {
        loenn(fnr, orgnr);
        Api.Svar s = saksbehandler().post(UTLEGGSTREKK, nyttTrekk(fnr, orgnr, krav, stoerrelse, start));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        return s.tekst("trekkid");
    }

    protected static String nyttTrekk(String fnr, String orgnr, List<UUID> krav, String stoerrelse, LocalDate start) {
        StringBuilder k = new StringBuilder();
        for (UUID u : krav) k.append(k.isEmpty() ? "" : ",").append('"').append(u).append('"');
        return """
                {"skyldner":"%s","trekkpliktig":"%s","krav":[%s],%s,"startdato":"%s","begrunnelse":"Test"}"""
                .formatted(fnr, orgnr, k, stoerrelse, start);
    }

    /** A bank payment of {@code ore} with the KID, imported as a camt.054 file. */
    protected void betal(String kid, long ore) throws Exception {
        LocalDate dato = idag();
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), dato, ore, kid,
                "Arbeidsgiver AS", "12345678903")), dato);
        Path fil = Files.createTempFile("trekk", ".xml");
        Files.writeString(fil, xml, StandardCharsets.UTF_8);
        importen.importer(fil, "trekk.xml", "OPPLASTING");
    }

    protected long rest(UUID krav) {
        return saldoer.saldo(krav, LocalDate.MAX).orElseThrow().gjenstaaendeOre();
    }

    /** No control characters (JSON needs none outside strings here), byte-order mark or invisible formatting characters. */
    protected static void rentInnhold(String body) {
        assertThat(body.codePoints().filter(c -> c < 0x20 || c == 0x7f || c == 0xfeff || Character.getType(c) == Character.FORMAT
                || (c >= 0x80 && c < 0xa0)).toArray()).as("control or invisible characters in " + body).isEmpty();
    }
}

package no.innkreving.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Konto;
import no.innkreving.ledger.Reskontroavstemming;
import no.innkreving.ledger.Rentelinje;
import no.innkreving.ledger.Saldoer;
import no.innkreving.payments.application.Innboksvakt;
import no.innkreving.payments.demo.Camt054;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bank files the way they arrive: dropped in the inbox, or uploaded by an operator; good, repeated and broken. */
class BankfilInnboksTest extends ApiTestBase {
    @Autowired
    Innboksvakt innboks;
    @Autowired
    Fakturering fakturering;
    @Autowired
    Bokfoering bokfoering;
    @Autowired
    Saldoer saldoer;
    @Autowired
    Reskontroavstemming reskontro;

    private String kidFor(UUID krav) {
        return fakturering.forKrav(List.of(krav)).getFirst().kid();
    }

    private long gjenstaaende(UUID krav) {
        return saldoer.saldo(krav, java.time.LocalDate.MAX).map(Kravsaldo::gjenstaaendeOre).orElseThrow();
    }

    /**
     * The poller does not run on real time in tests: look at the inbox as its rounds would, until the file has stayed
     * unchanged long enough (bank.inbox-stabil-ms) and is taken, with a deadline.
     */
    private Path taFraInnboksen(String mappe, String navn) throws InterruptedException {
        Path maal = innboks.innboks().resolveSibling(mappe).resolve(navn);
        long frist = System.currentTimeMillis() + 10_000;
        while (!Files.exists(maal) && System.currentTimeMillis() < frist) {
            innboks.sjekkNaa();
            if (!Files.exists(maal)) Thread.sleep(50);
        }
        return maal;
    }

    @Test
    void fil_i_innboksen_tas_og_flyttes_med_rapport() throws Exception {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("INN")), "RESKONTROFOERT"));
        String navn = "innboks-" + UUID.randomUUID() + ".xml";
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(new Camt054.Betaling(unik("REF"), idag(), 300_000, kidFor(krav), "Ola", "12345678903")));
        // still being written: left alone
        Path part = innboks.innboks().resolve(navn + ".part");
        Files.writeString(part, xml, StandardCharsets.UTF_8);
        innboks.sjekkNaa();
        assertThat(part).exists();
        Files.move(part, innboks.innboks().resolve(navn));

        Path behandlet = taFraInnboksen("processed", navn);
        assertThat(behandlet).exists();
        assertThat(Files.readString(behandlet.resolveSibling(navn + ".rapport.txt"))).contains("Nye innbetalinger bokført: 1");
        assertThat(gjenstaaende(krav)).isEqualTo(1_650_000 - 300_000);

        // the same content again under another name: moved to processed, reported as a repeat, no effect
        String kopi = "kopi-" + navn;
        Files.writeString(innboks.innboks().resolve(kopi), xml, StandardCharsets.UTF_8);
        Path kopiBehandlet = taFraInnboksen("processed", kopi);
        assertThat(Files.readString(kopiBehandlet.resolveSibling(kopi + ".rapport.txt"))).contains("allerede er importert");
        assertThat(gjenstaaende(krav)).isEqualTo(1_650_000 - 300_000);
    }

    @Test
    void fil_som_ikke_kan_leses_havner_i_rejected_med_grunnen() throws Exception {
        String navn = "soeppel-" + UUID.randomUUID() + ".xml";
        Files.writeString(innboks.innboks().resolve(navn), "dette er ikke en bankfil\n");
        Path avvist = taFraInnboksen("rejected", navn);
        assertThat(avvist).exists();
        assertThat(Files.readString(avvist.resolveSibling(navn + ".rapport.txt"))).contains("Ukjent filformat");
    }

    /** One broken record (amount "12,5O") among two good ones: the good ones are booked, the bad one reported by place. */
    @Test
    void opplasting_med_en_oedelagt_post_beholder_de_gode() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        UUID krav = UUID.fromString(opprettOgVent(nav(), navKrav(fnr, unik("OPP")), "RESKONTROFOERT"));
        String xml = Camt054.fil(unik("MSG"), "76940500121", List.of(
                new Camt054.Betaling(unik("REF"), idag(), 100_000, kidFor(krav), "Ola", "12345678903"),
                new Camt054.Betaling("DAARLIG-" + UUID.randomUUID(), idag(), 77_700, kidFor(krav), "Ola", "12345678903"),
                new Camt054.Betaling(unik("REF"), idag(), 200_000, kidFor(krav), "Ola", "12345678903")))
                .replace("<Amt Ccy=\"NOK\">777.00</Amt>", "<Amt Ccy=\"NOK\">12,5O</Amt>");
        Api operatoer = new Api(port, issuer.issue("974761076", "innkreving:bankfil"));
        var svar = operatoer.send("POST", "/api/innkreving/bankfiler?filnavn=../../etc/passwd", xml);
        assertThat(svar.status()).as(svar.body()).isEqualTo(201);
        var fil = svar.json().get("bankfil");
        assertThat(fil.get("status").asString()).isEqualTo("DELVIS_BEHANDLET");
        assertThat(fil.get("antallNye").asInt()).isEqualTo(2);
        assertThat(fil.get("antallFeil").asInt()).isEqualTo(1);
        assertThat(fil.get("filnavn").asString()).isEqualTo("passwd");
        assertThat(fil.get("rapport").asString()).contains("Ntry[2]").contains("Beløpet mangler eller er ugyldig: '12,5O'");
        assertThat(gjenstaaende(krav)).isEqualTo(1_650_000 - 300_000);

        var liste = operatoer.get("/api/innkreving/bankfiler");
        assertThat(liste.body()).contains(fil.get("bankfilId").asString());
        assertThat(nav().send("POST", "/api/innkreving/bankfiler", xml).status()).isEqualTo(403);
        assertThat(operatoer.send("POST", "/api/innkreving/bankfiler", "").status()).isEqualTo(400);
    }
}

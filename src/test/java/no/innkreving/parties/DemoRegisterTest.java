package no.innkreving.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innkreving.parties.demo.SyntetiskBefolkning;
import no.innkreving.support.Api;
import no.innkreving.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo registers as loaded at start, read through the Register port and the demo listing. */
class DemoRegisterTest extends ApiTestBase {
    @Autowired
    Register register;

    @Test
    void registretSvarerForDeFasteDemopartene() {
        var p = register.personer(List.of(SyntetiskBefolkning.LEVENDE.foedselsnummer(), SyntetiskBefolkning.DOED.foedselsnummer(),
                SyntetiskBefolkning.SLETTET.foedselsnummer(), SyntetiskBefolkning.UKJENT_PERSON));
        assertThat(p.get(SyntetiskBefolkning.LEVENDE.foedselsnummer()).status()).isEqualTo(Register.PersonStatus.BOSATT);
        assertThat(p.get(SyntetiskBefolkning.DOED.foedselsnummer()).status()).isEqualTo(Register.PersonStatus.DOED);
        assertThat(p.get(SyntetiskBefolkning.SLETTET.foedselsnummer()).status()).isEqualTo(Register.PersonStatus.SLETTET);
        assertThat(p).doesNotContainKey(SyntetiskBefolkning.UKJENT_PERSON);
        var e = register.enheter(List.of(SyntetiskBefolkning.AKTIV.organisasjonsnummer(), SyntetiskBefolkning.OPPHOERT.organisasjonsnummer(),
                SyntetiskBefolkning.SLETTET_ENHET.organisasjonsnummer(), SyntetiskBefolkning.UKJENT_ORGANISASJON));
        assertThat(e.get(SyntetiskBefolkning.AKTIV.organisasjonsnummer()).status()).isEqualTo(Register.EnhetStatus.AKTIV);
        assertThat(e.get(SyntetiskBefolkning.OPPHOERT.organisasjonsnummer()).status()).isEqualTo(Register.EnhetStatus.OPPHOERT);
        assertThat(e.get(SyntetiskBefolkning.SLETTET_ENHET.organisasjonsnummer()).status()).isEqualTo(Register.EnhetStatus.SLETTET);
        assertThat(e).doesNotContainKey(SyntetiskBefolkning.UKJENT_ORGANISASJON);
        // the whole synthetic population is there: counted by its own identifiers, not over a table every test writes to
        List<SyntetiskBefolkning.Person> demo = new java.util.ArrayList<>(SyntetiskBefolkning.faste());
        demo.addAll(SyntetiskBefolkning.personer(20_000, 2026));
        String[] fnr = demo.stream().map(SyntetiskBefolkning.Person::foedselsnummer).distinct().toArray(String[]::new);
        assertThat(fnr).hasSize(20_003);
        assertThat(jdbc.queryForObject("select count(*) from register_person where foedselsnummer = any(?)", Long.class,
                (Object) fnr)).isEqualTo(20_003);
    }

    @Test
    void demolistenOverSkyldnere() {
        Api uten = new Api(port, null);
        var s = uten.get("/demo/skyldnere?type=PERSON&status=DOED&antall=5").json().get("skyldnere");
        assertThat(s).hasSize(5);
        s.forEach(x -> assertThat(x.get("status").asString()).isEqualTo("DOED"));
        var o = uten.get("/demo/skyldnere?type=ORGANISASJON&antall=3").json().get("skyldnere");
        assertThat(o).hasSize(3);
        o.forEach(x -> assertThat(Organisasjonsnummer.erGyldig(x.get("identifikator").asString())).isTrue());
        for (String feil : List.of("type=BEDRIFT", "status=LEVENDE", "antall=0", "antall=mange", "antall=100001")) {
            Api.Svar svar = uten.get("/demo/skyldnere?" + feil);
            assertThat(svar.status()).as(feil).isEqualTo(400);
            assertThat(svar.contentType()).startsWith("application/problem+json");
        }
    }
}

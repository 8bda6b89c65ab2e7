package no.innkreving.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.innkreving.support.ApiTestBase;
import no.innkreving.support.Testpersoner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The debtor's own choices over the registers, as letters read them (decision 0056). */
class KontaktvalgTest extends ApiTestBase {
    @Autowired
    Kontaktvalg kontaktvalg;
    @Autowired
    Register register;

    private Register.Kontaktinfo info(String id) {
        return register.kontaktinfo(List.of(id)).get(id);
    }

    @Test
    void brevkanalen_og_adressen_legges_over_registrene() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        jdbc.update("update register_person set adresse = 'Storgata 1', postnummer = '0150', poststed = 'OSLO' where foedselsnummer = ?", fnr);
        jdbc.update("insert into kanalregister (identifikator, efaktura, reservert_mot_digital) values (?, true, false)", fnr);
        assertThat(info(fnr).efaktura()).isTrue();

        // paper: reserved against digital mail, and no eFaktura either
        kontaktvalg.endre(new Skyldner.Person(fnr), new Kontaktvalg.Valg(null, null, "Postboks 7", "5003", "BERGEN", Kontaktvalg.Brevkanal.POST), "test");
        assertThat(info(fnr)).extracting(Register.Kontaktinfo::efaktura, Register.Kontaktinfo::reservertMotDigital, Register.Kontaktinfo::adresse,
                Register.Kontaktinfo::postnummer).containsExactly(false, true, "Postboks 7", "5003");

        // back to digital: the register's eFaktura agreement counts again; no own address: the register's
        kontaktvalg.endre(new Skyldner.Person(fnr), new Kontaktvalg.Valg("12345678", null, null, null, null, Kontaktvalg.Brevkanal.DIGITAL), "test");
        assertThat(info(fnr)).extracting(Register.Kontaktinfo::efaktura, Register.Kontaktinfo::reservertMotDigital, Register.Kontaktinfo::adresse)
                .containsExactly(true, false, "Storgata 1");
        assertThat(kontaktvalg.hent(fnr)).hasValueSatisfying(v -> assertThat(v.telefon()).isEqualTo("12345678"));
    }

    @Test
    void digitalt_oppveier_en_reservasjon_og_en_virksomhet_kan_ikke_velge_papir() {
        String fnr = Testpersoner.person(jdbc, "BOSATT");
        jdbc.update("insert into kanalregister (identifikator, reservert_mot_digital) values (?, true)", fnr);
        assertThat(info(fnr).reservertMotDigital()).isTrue();
        kontaktvalg.endre(new Skyldner.Person(fnr), new Kontaktvalg.Valg(null, null, null, null, null, Kontaktvalg.Brevkanal.DIGITAL), "test");
        assertThat(info(fnr).reservertMotDigital()).isFalse();

        String org = Testpersoner.organisasjon(jdbc, "AKTIV");
        assertThatThrownBy(() -> kontaktvalg.endre(new Skyldner.Organisasjon(org),
                new Kontaktvalg.Valg(null, null, null, null, null, Kontaktvalg.Brevkanal.POST), "test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kontaktvalg.hent(org)).isEmpty();
        // an address is all three parts or none
        assertThatThrownBy(() -> new Kontaktvalg.Valg(null, null, "Gate 1", null, "BERGEN", null)).isInstanceOf(IllegalArgumentException.class);
    }
}

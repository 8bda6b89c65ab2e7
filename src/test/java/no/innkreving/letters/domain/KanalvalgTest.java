package no.innkreving.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Kanal;
import no.innkreving.letters.domain.Kanalvalg.Registrering;
import no.innkreving.parties.Skyldner;
import org.junit.jupiter.api.Test;

class KanalvalgTest {
    private static final Skyldner PERSON = Skyldner.av("01838012317");
    private static final Skyldner FIRMA = Skyldner.av("889640782");
    private static final Brevslag FAKTURA = new Brevslag.Faktura();

    @Test
    void kanal_som_kildedokument_001_sier() {
        assertThat(Kanalvalg.velg(FAKTURA, PERSON, new Registrering(true, true, false))).isEqualTo(Kanal.EFAKTURA);
        assertThat(Kanalvalg.velg(FAKTURA, PERSON, Registrering.UKJENT)).isEqualTo(Kanal.ALTINN);
        assertThat(Kanalvalg.velg(FAKTURA, PERSON, new Registrering(false, true, false))).isEqualTo(Kanal.POST);
        assertThat(Kanalvalg.velg(FAKTURA, FIRMA, new Registrering(false, false, true))).isEqualTo(Kanal.EHF);
        assertThat(Kanalvalg.velg(FAKTURA, FIRMA, Registrering.UKJENT)).isEqualTo(Kanal.ALTINN);
        assertThat(Kanalvalg.velg(new Brevslag.Kreditnota("1"), FIRMA, new Registrering(false, false, true))).isEqualTo(Kanal.EHF);
    }

    @Test
    void en_persons_ehf_registrering_betyr_ingenting_og_en_virksomhet_faar_ikke_efaktura() {
        assertThat(Kanalvalg.velg(FAKTURA, PERSON, new Registrering(false, false, true))).isEqualTo(Kanal.ALTINN);
        assertThat(Kanalvalg.velg(FAKTURA, FIRMA, new Registrering(true, false, false))).isEqualTo(Kanal.ALTINN);
    }
}

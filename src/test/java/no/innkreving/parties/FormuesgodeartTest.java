package no.innkreving.parties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The asset register's identifier forms, as a caseworker may type them. */
class FormuesgodeartTest {

    @Test
    void matrikkelnummer_kommunenr_gnr_bnr_fnr_snr() {
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("0301-208/153")).contains("0301-208/153");
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser(" 0301-0208/0153 ")).contains("0301-208/153");
        // fnr 0 and snr 0 name the whole gnr/bnr
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("0301-208/153/0/0")).contains("0301-208/153");
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("4601-12/34/2")).contains("4601-12/34/2");
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("4601-12/34/0/5")).contains("4601-12/34/0/5");
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("301-208/153")).isEmpty();
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("0301-0/153")).isEmpty();
        assertThat(Formuesgodeart.FAST_EIENDOM.normaliser("0301 208 153")).isEmpty();
    }

    /*
     * 1503.12.34561: weights 5 4 3 2 7 6 5 4 3 2 over 1503123456 give 5+20+0+6+7+12+15+16+15+12 = 108; 108 mod 11 = 9,
     * 11 - 9 = 2: the check digit is 2, so 15031234562 is valid and 15031234561 is not.
     */
    @Test
    void kontonummer_med_kontrollsiffer() {
        assertThat(Kontonummer.kontrollsiffer("1503123456")).isEqualTo(2);
        assertThat(Formuesgodeart.BANKKONTO.normaliser("1503.12.34562")).contains("15031234562");
        assertThat(Formuesgodeart.BANKKONTO.normaliser("1503 12 34561")).isEmpty();
        assertThat(Formuesgodeart.BANKKONTO.normaliser("150312345")).isEmpty();
    }

    @Test
    void registreringsnummer_og_baat() {
        assertThat(Formuesgodeart.KJOERETOEY.normaliser("ek 12345")).contains("EK12345");
        assertThat(Formuesgodeart.KJOERETOEY.normaliser("EK-1234")).contains("EK1234");
        assertThat(Formuesgodeart.KJOERETOEY.normaliser("E 12345")).isEmpty();
        assertThat(Formuesgodeart.BAAT.normaliser("abc 123")).contains("ABC123");
        assertThat(Formuesgodeart.VERDIPAPIR.normaliser("0500 1234 5678")).contains("050012345678");
        assertThat(Formuesgodeart.ANNET_LOESOERE.normaliser("cat320-7781")).contains("CAT320-7781");
        assertThat(Formuesgodeart.ANNET_LOESOERE.normaliser("x")).isEmpty();
    }
}

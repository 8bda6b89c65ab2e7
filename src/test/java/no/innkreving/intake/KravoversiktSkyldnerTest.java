package no.innkreving.intake;

import static org.assertj.core.api.Assertions.assertThat;

import no.innkreving.intake.application.ForespoerselLeser;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import org.junit.jupiter.api.Test;

/** A kravoversikt request that names the debtor without a type: the identifier's own rules say which it is. */
class KravoversiktSkyldnerTest {
    private static Identifikatortype type(String skyldner) {
        return ForespoerselLeser.kravoversikt(ForespoerselLeser.les("{\"skyldner\":\"" + skyldner + "\"}")).type();
    }

    @Test
    void typen_kommer_fra_identifikatorens_regler() {
        assertThat(type("889640782")).isEqualTo(Identifikatortype.ORGANISASJON);
        assertThat(type("01838012317")).isEqualTo(Identifikatortype.PERSON);
        assertThat(type("41038012345")).isEqualTo(Identifikatortype.PERSON);   // d-nummer
        // not a valid identifier of either kind: read as a person's and refused as such by the look-up (422)
        assertThat(type("889640783")).isEqualTo(Identifikatortype.PERSON);
    }
}

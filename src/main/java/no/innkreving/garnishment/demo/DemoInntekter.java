package no.innkreving.garnishment.demo;

import java.time.YearMonth;
import java.util.List;
import no.innkreving.garnishment.Utbetalingsart;
import no.innkreving.garnishment.persistence.Inntektstabell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the fixed demo people of docs/demo-data.md with a fixed payer in the income register, from January
 * 2020 and still running. Three have a wage that leaves room for a garnishment; one lives on a benefit below the
 * subsistence need. Inserted once (an existing row is kept).
 */
@Component
@Profile("demo")
class DemoInntekter implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(DemoInntekter.class);
    static final YearMonth FRA = YearMonth.of(2020, 1);
    private static final String KILDE = "demo: fast demoperson (docs/demo-data.md)";

    record Rad(String foedselsnummer, String trekkpliktig, Utbetalingsart art, long bruttoKr, long forskuddstrekkKr) {
    }

    /** Also read by docs/demo-data.md; the tests use them. */
    static final List<Rad> FASTE = List.of(
            new Rad("01838012317", "310000000", Utbetalingsart.LOENN, 52_000, 14_500),       // Ola Normann, Fjordlys Bygg AS
            new Rad("20848732290", "698735201", Utbetalingsart.LOENN, 46_000, 12_400),       // Randi Hagen, Konsult transport AS
            new Rad("20848732290", "673167101", Utbetalingsart.BIINNTEKT, 4_000, 600),       // Randi Hagen, Tre tre AS
            new Rad("10894407374", "376101606", Utbetalingsart.LOENN, 61_000, 18_300),       // Tor Hagen, Fisk bygg AS
            new Rad("14817832602", SyntetiskeInntekter.NAV, Utbetalingsart.TRYGDEYTELSE, 21_000, 3_200)); // Guro Berg, NAV

    private final Inntektstabell tabell;

    DemoInntekter(Inntektstabell tabell) {
        this.tabell = tabell;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Rad r : FASTE) {
            tabell.leggTil(r.foedselsnummer(), r.trekkpliktig(), r.art(), FRA, null, r.bruttoKr() * 100, r.forskuddstrekkKr() * 100, KILDE);
        }
        log.info("Demo: inntektsregisteret har {} faste utbetalinger til faste demopersoner", FASTE.size());
    }
}

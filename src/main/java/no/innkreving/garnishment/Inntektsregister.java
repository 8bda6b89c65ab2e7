package no.innkreving.garnishment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Port to the income register (a-ordningen, A-meldingen): who pays a person what, by month. Locally a table and, in
 * the demo profile, synthetic income for the demo population (docs/demo-data.md names the fixed demo people).
 */
public interface Inntektsregister {

    /** Every payer's payment to the person in the month, largest gross first; empty when no one pays them. */
    List<Inntekt> inntekter(String foedselsnummer, YearMonth maaned);

    /** The one payer's payment to the person in the month, if it pays them then. */
    default Optional<Inntekt> inntekt(String foedselsnummer, String trekkpliktig, YearMonth maaned) {
        return inntekter(foedselsnummer, maaned).stream().filter(i -> i.trekkpliktig().equals(trekkpliktig)).findFirst();
    }

    /**
     * @param trekkpliktig the payer's organisation number (opplysningspliktig in the a-ordning)
     */
    record Inntekt(String trekkpliktig, Utbetalingsart art, long bruttoOre, long forskuddstrekkOre, YearMonth maaned) {
        /** As the rule takes it. */
        public Utbetaling somUtbetaling() {
            return new Utbetaling(art, bruttoOre, forskuddstrekkOre);
        }
    }
}

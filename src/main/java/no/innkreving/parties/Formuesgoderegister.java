package no.innkreving.parties;

import java.util.List;
import java.util.Optional;

/**
 * The asset register port: what a debtor owns that may be attached (source document 001: the collection authority
 * checks assets, "formuesgoder", before enforcement). Locally a table of synthetic assets tied to the synthetic
 * population; a production adapter asks grunnboken (Kartverket), the banks, the central securities depository, the
 * vehicle and the boat registers.
 */
public interface Formuesgoderegister {

    /** Everything registered to the owner, by kind and identifier. */
    List<Formuesgode> forEier(String identifikator);

    /** The asset with this identifier (in any form {@link Formuesgodeart#normaliser} accepts), if registered. */
    Optional<Formuesgode> finn(Formuesgodeart art, String identifikator);
}

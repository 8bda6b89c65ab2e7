package no.innkreving.parties.demo;

import java.util.ArrayList;
import java.util.List;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.persistence.FormuesgodeTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo profile: fills the empty local asset register with the synthetic population's assets, once. */
@Component
@Profile("demo")
class DemoFormuesgoder implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(DemoFormuesgoder.class);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FormuesgodeTables tabell;
    private final int personer;
    private final int organisasjoner;

    DemoFormuesgoder(JdbcTemplate jdbc, TransactionTemplate tx, FormuesgodeTables tabell,
                     @Value("${innkreving.demo.personer:20000}") int personer,
                     @Value("${innkreving.demo.organisasjoner:5000}") int organisasjoner) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.tabell = tabell;
        this.personer = personer;
        this.organisasjoner = organisasjoner;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(s -> {
            jdbc.execute("lock table formuesgode in exclusive mode");
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from formuesgode)", Boolean.class))) return;
            // the same people the register loader writes (same seed), so each asset's owner is in the population register
            List<Formuesgode> goder = new ArrayList<>(SyntetiskeFormuesgoder.faste());
            goder.addAll(SyntetiskeFormuesgoder.for_(SyntetiskBefolkning.personer(personer, 2026),
                    SyntetiskBefolkning.enheter(organisasjoner, 2026), 2027));
            tabell.leggTil(goder);
            jdbc.execute("analyze formuesgode");
            log.info("Demo: lastet {} syntetiske formuesgoder i formuesgoderegisteret", goder.size());
        });
    }
}

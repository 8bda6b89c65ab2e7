package no.innkreving.parties.persistence;

import java.util.List;
import java.util.Optional;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.Formuesgodeart;
import no.innkreving.parties.Formuesgoderegister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The local asset register: a table of synthetic assets (V32). */
@Repository
public class FormuesgodeTables implements Formuesgoderegister {
    private static final RowMapper<Formuesgode> RAD = (rs, i) -> new Formuesgode(Formuesgodeart.valueOf(rs.getString("art")),
            rs.getString("identifikator"), rs.getString("eier"), rs.getString("beskrivelse"), rs.getLong("antatt_verdi_ore"));
    private final JdbcTemplate jdbc;

    FormuesgodeTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Formuesgode> forEier(String identifikator) {
        return jdbc.query("select * from formuesgode where eier = ? order by art, identifikator", RAD, identifikator);
    }

    @Override
    public Optional<Formuesgode> finn(Formuesgodeart art, String identifikator) {
        Optional<String> id = art.normaliser(identifikator);
        if (id.isEmpty()) return Optional.empty();
        return jdbc.query("select * from formuesgode where art = ? and identifikator = ?", RAD, art.name(), id.get()).stream().findFirst();
    }

    /** Adds assets (the demo loader; tests): an asset already registered keeps its owner. */
    public void leggTil(List<Formuesgode> goder) {
        jdbc.batchUpdate("insert into formuesgode (art, identifikator, eier, beskrivelse, antatt_verdi_ore) values (?, ?, ?, ?, ?) on conflict do nothing",
                goder, 1000, (ps, g) -> {
                    ps.setString(1, g.art().name());
                    ps.setString(2, g.identifikator());
                    ps.setString(3, g.eier());
                    ps.setString(4, g.beskrivelse());
                    ps.setLong(5, g.antattVerdiOre());
                });
    }
}

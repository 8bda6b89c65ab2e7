package no.innkreving.submissions;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Public API for the desk: marks a complaint or an application as decided (status AVGJORT), so the debtor pages no
 * longer show it as pending. The decision itself (who, when, why, what it did) is the desk's record.
 */
@Component
public class Avgjoerelser {
    private final JdbcTemplate jdbc;

    Avgjoerelser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the complaint was not the debtor's or already decided (nothing changed) */
    public boolean klageAvgjort(UUID klageId, String skyldner) {
        return jdbc.update("update klage set status = 'AVGJORT' where klage_id = ? and skyldner = ? and status = 'MOTTATT'",
                klageId, skyldner) == 1;
    }

    /** @return false when the application was not the debtor's or already decided (nothing changed) */
    public boolean soeknadAvgjort(UUID soeknadId, String skyldner) {
        return jdbc.update("update soeknad set status = 'AVGJORT' where soeknad_id = ? and skyldner = ? and status = 'MOTTATT'",
                soeknadId, skyldner) == 1;
    }
}

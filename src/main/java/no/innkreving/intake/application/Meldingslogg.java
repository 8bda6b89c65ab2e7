package no.innkreving.intake.application;

import java.time.Instant;
import java.util.UUID;
import no.innkreving.intake.domain.Avvisning;
import no.innkreving.intake.domain.Meldingstype;
import no.innkreving.intake.persistence.IntakeTables;
import no.innkreving.intake.persistence.IntakeTables.Melding;
import org.springframework.stereotype.Component;

/** Stores every request as received, with the answer we gave. Nothing a creditor sends is lost. */
@Component
class Meldingslogg {
    static final int MAKS_LAGRET = 1 << 20;
    private final IntakeTables tables;

    Meldingslogg(IntakeTables tables) {
        this.tables = tables;
    }

    void godtatt(UUID tx, Avsender a, UUID kravid, Meldingstype type, Instant mottatt, String innhold, int status, boolean ny) {
        tables.lagre(godtattMelding(tx, a, kravid, type, mottatt, innhold, status, ny));
    }

    Melding godtattMelding(UUID tx, Avsender a, UUID kravid, Meldingstype type, Instant mottatt, String innhold, int status, boolean ny) {
        return new Melding(tx, a.orgnr(), kravid, type, mottatt, a.korrelasjonsid(), a.klientid(), lagringsform(innhold), status, null, ny);
    }

    void avvist(Avsender a, UUID kravid, Meldingstype type, Instant mottatt, String innhold, Avvisning avvisning) {
        tables.lagre(new Melding(UUID.randomUUID(), a.orgnr(), kravid, type, mottatt, a.korrelasjonsid(), a.klientid(),
                lagringsform(innhold), avvisning.feil().status(), avvisning.feil().suffix(), false));
    }

    /** PostgreSQL text holds no NUL character: such a byte is kept visibly as the escape \u0000. */
    private static String lagringsform(String innhold) {
        if (innhold == null) return "";
        String s = innhold.length() > MAKS_LAGRET ? innhold.substring(0, MAKS_LAGRET) : innhold;
        return s.indexOf('\0') >= 0 ? s.replace("\0", "\\u0000") : s;
    }
}

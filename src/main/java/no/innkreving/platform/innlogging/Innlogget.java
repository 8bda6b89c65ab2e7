package no.innkreving.platform.innlogging;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Who is logged in on the web pages (not the API, whose callers carry tokens): a person (ID-porten, or the demo's
 * picker) or a caseworker with the roles that decide what they may see and decide. Kept in the HTTP session.
 */
public sealed interface Innlogget extends Serializable permits Innlogget.Innbygger, Innlogget.Saksbehandler {

    /** For the access log: a person shows the birth date only. */
    String loggnavn();

    /** @param foedselsnummer the person's own number, as ID-porten's {@code pid} claim gives it */
    record Innbygger(String foedselsnummer, String navn) implements Innlogget {
        public Innbygger {
            Objects.requireNonNull(foedselsnummer, "foedselsnummer");
        }

        @Override
        public String loggnavn() {
            return foedselsnummer.substring(0, Math.min(6, foedselsnummer.length())) + "*****";
        }
    }

    record Saksbehandler(String ident, Set<Saksbehandlerrolle> roller) implements Innlogget {
        public Saksbehandler {
            Objects.requireNonNull(ident, "ident");
            roller = Set.copyOf(roller);
        }

        public boolean har(Saksbehandlerrolle rolle) {
            return roller.contains(rolle);
        }

        @Override
        public String loggnavn() {
            return "saksbehandler " + ident;
        }
    }
}

package no.innkreving.betalingsavtale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application for an instalment plan or a postponement, as it stands: what was applied for, the claims, the
 * outcome and why, the instalments of an approved plan, and what happened in the case (who, when, why, the letter).
 * Amounts in øre.
 *
 * @param grunn why it stands as it does, in Norwegian for the debtor (the rule's reason, or the caseworker's)
 * @param frist the caseworker's deadline while it waits for one
 * @param kid   an approved plan's KID (for its claims in the order the instalments pay them); null otherwise
 */
public record Betalingssak(UUID id, long saksnummer, Slag slag, String skyldner, Instant mottatt, LocalDate mottattDato,
                           Long maanedsbeloepOre, Integer dagIMaaneden, LocalDate nyForfallsdato, long totalbeloepOre,
                           Status status, String grunn, LocalDate frist, String avgjortAv, Instant avgjort,
                           LocalDate statusDato, String kid, List<Sakskrav> krav, List<Avdrag> avdrag, List<Hendelse> hendelser) {

    public enum Slag {BETALINGSAVTALE, UTSETTELSE}

    public enum Status {
        /** Waiting for a caseworker. */
        TIL_SAKSBEHANDLER,
        AVSLAATT,
        /** Approved: a plan in force, or a postponement. */
        GODKJENT,
        /** A plan broken after missed instalments. */
        BRUTT,
        /** A plan paid as agreed. */
        OPPFYLT
    }

    /** A claim applied for, and what remained on it (its own lines) when applied for. */
    public record Sakskrav(UUID kravId, long beloepOre) {
    }

    /** An instalment, with its parts per claim (each a kravforfall of that claim, by number). */
    public record Avdrag(int nummer, LocalDate forfallsdato, long beloepOre, List<Del> deler) {
    }

    public record Del(UUID kravId, int kravforfallNummer, long beloepOre) {
    }

    public record Hendelse(Instant tidspunkt, LocalDate dato, String hendelse, String utfoertAv, String begrunnelse,
                           UUID dokumentId) {
    }
}

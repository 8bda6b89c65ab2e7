package no.innkreving.limitation;

import java.time.LocalDate;
import java.util.Objects;

/** One event that interrupts limitation (foreldelsesloven §§ 14 and 17), on the day it took effect. */
public record Fristavbrudd(LocalDate dato, Slag slag) {

    public Fristavbrudd {
        Objects.requireNonNull(dato, "dato");
        Objects.requireNonNull(slag, "slag");
    }

    public enum Slag {
        /** A part payment: the debtor acknowledges the debt by conduct (§ 14). */
        DELBETALING,
        /** Any other acknowledgement, an instalment plan included (§ 14). */
        ERKJENNELSE,
        /** Our own enforcement step: utleggstrekk, utleggspant, or a finding of nothing to attach (§ 17 nr. 2). */
        UTLEGG,
        /** A judgment or other decision that binds the debtor to the claim and is enforceable (§ 21 nr. 2). */
        TVANGSGRUNNLAG
    }
}

package no.innkreving.dunning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.innkreving.platform.time.Virkedager;
import no.innkreving.suspension.Stansgrunn;

/**
 * The dunning rule for one claim on one date (decision 0037). A claim due and unpaid is reminded (purring) once its
 * due date has passed by {@code purringDagerEtterForfall} days; the reminder gives {@code varselDagerEtterPurring}
 * days to pay. Unpaid after that deadline, it gets a notice of enforcement (varsel om tvangsfullbyrdelse,
 * tvangsfullbyrdelsesloven § 4-18: enforcement may be sought two weeks after the notice is sent, and not before the
 * claim is due). Unpaid after the notice's deadline, it is ready for enforcement. Deadlines that fall on a day that is
 * not a business day move to the next one, so the debtor always has the whole term. Each step is taken once; a
 * paid claim gets nothing, a part-paid one the step for what remains; a suspension stops escalation.
 */
public final class Purreregel {
    private Purreregel() {
    }

    public enum Steg { PURRING, VARSEL_OM_TVANGSFULLBYRDELSE, KLAR_FOR_TVANGSINNKREVING }

    /**
     * The terms of a claim type, with their source.
     *
     * @param purregebyrOre always 0 today (no lawful basis for a fee on state claims found, decision 0037)
     */
    public record Frister(int purringDagerEtterForfall, int varselDagerEtterPurring, int varselfristDager, long purregebyrOre,
                          String kilde) {
        public Frister {
            if (purringDagerEtterForfall < 1 || varselDagerEtterPurring < 1) throw new IllegalArgumentException("terms are at least a day");
            // § 4-18 first ledd: enforcement two weeks after the notice at the earliest
            if (varselfristDager < 14) throw new IllegalArgumentException("a notice gives at least 14 days: " + varselfristDager);
            if (purregebyrOre != 0) throw new IllegalArgumentException("no reminder fee on state claims (decision 0037)");
            Objects.requireNonNull(kilde, "kilde");
        }
    }

    /** A step already taken, with the deadline it gave (none for KLAR_FOR_TVANGSINNKREVING). */
    public record TattSteg(Steg steg, LocalDate dato, LocalDate frist) {
    }

    /** What to do for the claim today. */
    public sealed interface Neste {
        record Ingen() implements Neste {
        }

        /** Send this step, for {@code beloepOre} (what remains), with this deadline. */
        record Send(Steg steg, long beloepOre, LocalDate frist) implements Neste {
        }

        record KlarForTvangsinnkreving(long beloepOre) implements Neste {
        }
    }

    public static Neste neste(LocalDate forfallsdato, long gjenstaaendeOre, List<TattSteg> tatt, Optional<Stansgrunn> stans,
                              Frister f, LocalDate dato) {
        if (gjenstaaendeOre <= 0 || stans.isPresent()) return new Neste.Ingen();
        Optional<TattSteg> purring = finn(tatt, Steg.PURRING);
        Optional<TattSteg> varsel = finn(tatt, Steg.VARSEL_OM_TVANGSFULLBYRDELSE);
        if (finn(tatt, Steg.KLAR_FOR_TVANGSINNKREVING).isPresent()) return new Neste.Ingen();
        if (varsel.isPresent())
            return dato.isAfter(varsel.get().frist()) ? new Neste.KlarForTvangsinnkreving(gjenstaaendeOre) : new Neste.Ingen();
        if (purring.isPresent())
            return dato.isAfter(purring.get().frist())
                    ? new Neste.Send(Steg.VARSEL_OM_TVANGSFULLBYRDELSE, gjenstaaendeOre, frist(dato, f.varselfristDager()))
                    : new Neste.Ingen();
        return !dato.isBefore(forfallsdato.plusDays(f.purringDagerEtterForfall()))
                ? new Neste.Send(Steg.PURRING, gjenstaaendeOre, frist(dato, f.varselDagerEtterPurring()))
                : new Neste.Ingen();
    }

    /** {@code dager} after the letter's date, moved to a business day. */
    static LocalDate frist(LocalDate brevdato, int dager) {
        return Virkedager.virkedagFraOgMed(brevdato.plusDays(dager));
    }

    private static Optional<TattSteg> finn(List<TattSteg> tatt, Steg steg) {
        return tatt.stream().filter(t -> t.steg() == steg).findFirst();
    }
}

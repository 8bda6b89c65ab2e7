package no.innkreving.intake.domain;

import static no.innkreving.intake.domain.Feil.*;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Rente;

/**
 * The creditor's own interest lines, one rule for create ({@code renteBeloep}) and change ({@code PUT …/renter}),
 * so a line refused on one door is refused on the other (docs/decisions/0032-input-limits.md). Only the amount rule
 * differs, as the contract has it: each line above 0 on create, not below 0 on change.
 */
public final class Renteregler {
    /** NAV sends one interest line per decision, seldom more than a few; 20 still fits the invoice's first page. */
    public static final int MAKS_RENTELINJER = 20;

    private Renteregler() {
    }

    public static Avvisning foersteFeil(List<Rente> renter, LocalDate idag, boolean vedEndring) {
        if (renter.size() > MAKS_RENTELINJER) {
            return UGYLDIG_FORESPOERSEL.med((vedEndring ? "renter" : "renteBeloep") + " har " + renter.size()
                    + " linjer. Høyst " + MAKS_RENTELINJER + " rentelinjer er tillatt per krav");
        }
        for (Rente r : renter) {
            if (!vedEndring && r.beloepKroner() <= 0) {
                return RENTEBELOEP_ER_IKKE_OVER_0.med("Rentebeloep=" + r.beloepKroner() + ". Må være større enn 0");
            }
            if (vedEndring && r.beloepKroner() < 0) {
                return RENTEBELOEP_ER_UNDER_0.med("Rentebeloep=" + r.beloepKroner() + ". Kan ikke være under 0");
            }
        }
        for (Rente r : renter) {
            LocalDate d = r.renterIlagtDato();
            if (d != null && d.isAfter(idag)) {
                return UGYLDIG_RENTERILAGTDATO.med("Ugyldig renterIlagtDato=" + d + ". Kan ikke være i fremtiden");
            }
            if (d != null && d.isBefore(Datogrenser.TIDLIGSTE_DATO)) {
                return UGYLDIG_RENTERILAGTDATO.med("Ugyldig renterIlagtDato=" + d + Datogrenser.FOER_TIDLIGSTE);
            }
        }
        return null;
    }
}

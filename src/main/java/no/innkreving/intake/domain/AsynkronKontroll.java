package no.innkreving.intake.domain;

import java.util.List;
import no.innkreving.parties.Register.EnhetOppslag;
import no.innkreving.parties.Register.EnhetStatus;
import no.innkreving.parties.Register.PersonOppslag;
import no.innkreving.parties.Register.PersonStatus;

/**
 * The checks after 201: can the debtor be collected from at all? Against the population and business registers.
 * A dead person is refused only for the claim types that say so (NAV: forskutterte dagpenger); other claims against
 * a dead person are booked and followed up against the estate.
 */
public final class AsynkronKontroll {
    private AsynkronKontroll() {
    }

    /** The person's number is shown by its first six digits (the birth date), as in the published examples. */
    public static List<Valideringsfeil> person(String foedselsnummer, PersonOppslag oppslag, boolean avvisDoed) {
        String vist = foedselsnummer.substring(0, 6);
        if (oppslag == null) {
            return List.of(new Valideringsfeil("PERSON_EKSISTERER_IKKE", "Person med fødselsnummer=" + vist + " eksisterer ikke"));
        }
        if (oppslag.status() == PersonStatus.SLETTET) {
            return List.of(new Valideringsfeil("PERSON_ER_SLETTET", "Person med fødselsnummer=" + vist + " er slettet"));
        }
        if (oppslag.status() == PersonStatus.DOED && avvisDoed) {
            return List.of(new Valideringsfeil("PERSON_ER_DOED", "Person med fødselsnummer=" + vist + " er død"));
        }
        return List.of();
    }

    public static List<Valideringsfeil> organisasjon(String organisasjonsnummer, EnhetOppslag oppslag) {
        if (oppslag == null) {
            return List.of(new Valideringsfeil("ORGANISASJONSNUMMER_FINNES_IKKE",
                    "Organisasjon med organisasjonsnummer=" + organisasjonsnummer + " finnes ikke. "));
        }
        if (oppslag.status() == EnhetStatus.OPPHOERT) {
            return List.of(new Valideringsfeil("ORGANISASJON_ER_OPPHOERT",
                    "Organisasjon med organisasjonsnummer=" + organisasjonsnummer + " er opphørt. "));
        }
        if (oppslag.status() == EnhetStatus.SLETTET) {
            return List.of(new Valideringsfeil("ORGANISASJON_ER_SLETTET",
                    "Organisasjon med organisasjonsnummer=" + organisasjonsnummer + " er slettet"));
        }
        return List.of();
    }
}

package no.innkreving.parties;

import java.util.Collection;
import java.util.Map;

/**
 * The parties module's public entry point: look-ups in the population and business registers. The local
 * implementation reads tables of synthetic people and organisations; a production adapter calls the registers.
 */
public interface Register {

    /** What the population register says about each of the given identifiers; absent keys are not known. */
    Map<String, PersonOppslag> personer(Collection<String> foedselsnumre);

    /** What the business register says about each of the given organisation numbers; absent keys are not known. */
    Map<String, EnhetOppslag> enheter(Collection<String> organisasjonsnumre);

    /** Some resident persons (synthetic in the local register), for the demo's login picker; never test people. */
    java.util.List<PersonOppslag> noenBosatte(int antall);

    /** Name, postal address and dispatch registrations of persons and organisations; absent keys are not known. */
    Map<String, Kontaktinfo> kontaktinfo(Collection<String> identifikatorer);

    /**
     * The account each person or organisation registered for payouts from public bodies (Kontoregister for offentlige
     * utbetalinger, 11 digits); absent keys have none registered.
     */
    Map<String, String> utbetalingskontoer(Collection<String> identifikatorer);

    /**
     * @param efaktura            a person with an eFaktura agreement in their online bank
     * @param reservertMotDigital a person who reserved against digital mail (gets post)
     * @param ehfMottaker         an organisation registered as EHF receiver
     */
    record Kontaktinfo(String identifikator, String navn, String adresse, String postnummer, String poststed,
                       boolean efaktura, boolean reservertMotDigital, boolean ehfMottaker) {
    }

    record PersonOppslag(String foedselsnummer, String navn, PersonStatus status) {
    }

    record EnhetOppslag(String organisasjonsnummer, String navn, EnhetStatus status) {
    }

    enum PersonStatus { BOSATT, DOED, SLETTET }

    enum EnhetStatus { AKTIV, OPPHOERT, SLETTET }
}

package no.innkreving.invoicing.domain;

/**
 * The dispatch channel, as source document 001 ("Elektronisk utsendelse") says: a person gets eFaktura in the
 * online bank if they have set it up, else the invoice in Altinn, and those who are not digital users get it by
 * post; a business gets EHF if registered as an EHF receiver, else Altinn.
 */
public final class Kanalvalg {
    private Kanalvalg() {
    }

    /** What the dispatch registers say about a receiver; {@link #UKJENT} when they have nothing on it. */
    public record Registrering(boolean efaktura, boolean reservertMotDigital, boolean ehfMottaker) {
        public static final Registrering UKJENT = new Registrering(false, false, false);
    }

    public static Kanal velg(boolean erPerson, Registrering r) {
        if (erPerson) {
            if (r.efaktura()) return Kanal.EFAKTURA;
            return r.reservertMotDigital() ? Kanal.POST : Kanal.ALTINN;
        }
        return r.ehfMottaker() ? Kanal.EHF : Kanal.ALTINN;
    }
}

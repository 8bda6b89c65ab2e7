package no.innkreving.letters.domain;

import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Kanal;
import no.innkreving.parties.Skyldner;

/**
 * The dispatch channel, as source document 001 ("Elektronisk utsendelse") says: a person gets eFaktura in the
 * online bank if they have set it up, else the letter in Altinn, and those who are not digital users get it by
 * post; a business gets EHF if registered as an EHF receiver, else Altinn. EHF and eFaktura carry invoices and credit
 * notes only; other kinds of letter go by Altinn or post.
 */
public final class Kanalvalg {
    private Kanalvalg() {
    }

    /** What the dispatch registers say about a receiver; {@link #UKJENT} when they have nothing on it. */
    public record Registrering(boolean efaktura, boolean reservertMotDigital, boolean ehfMottaker) {
        public static final Registrering UKJENT = new Registrering(false, false, false);
    }

    public static Kanal velg(Brevslag slag, Skyldner mottaker, Registrering r) {
        boolean handelsdokument = switch (slag) {
            case Brevslag.Faktura f -> true;
            case Brevslag.Kreditnota k -> true;
            case Brevslag.Purring p -> false; // not a commercial document: no eFaktura/EHF
            case Brevslag.VarselOmTvangsfullbyrdelse v -> false;
            case Brevslag.Melding m -> false;
        };
        return switch (mottaker) {
            case Skyldner.Person p -> handelsdokument && r.efaktura() ? Kanal.EFAKTURA
                    : r.reservertMotDigital() ? Kanal.POST : Kanal.ALTINN;
            case Skyldner.Organisasjon o -> handelsdokument && r.ehfMottaker() ? Kanal.EHF : Kanal.ALTINN;
        };
    }
}

package no.innkreving.liens.domain;

import no.innkreving.liens.Pantestatus;
import no.innkreving.parties.Formuesgodeart;

/**
 * How a lien gets protection against others (rettsvern), by the kind of asset. As særnamsmann we hold the lien
 * ourselves in what is registered (tvangsfullbyrdelsesloven § 7-20 ff.; panteloven § 5-1 ff.): real property by
 * registration in grunnboken, a bank account (a simple money claim on the bank) by notice to the bank, securities by
 * registration in the securities depository. Cars, boats and other movables we do not attach ourselves: source
 * document 000 says liens in them go "via lokal namsmann", so we send the enforcement officer a request.
 */
public enum Rettsvern {
    TINGLYSING_GRUNNBOKEN("tinglysing i grunnboken"),
    UNDERRETNING_BANKEN("underretning til banken som fører kontoen"),
    REGISTRERING_VPS("registrering på verdipapirkontoen i verdipapirsentralen"),
    BEGJAERING_NAMSMANNEN("begjæring om utlegg til namsmannen");

    private final String tekst;

    Rettsvern(String tekst) {
        this.tekst = tekst;
    }

    /** In a sentence: "ved " + tekst. */
    public String tekst() {
        return tekst;
    }

    public static Rettsvern for_(Formuesgodeart art) {
        return switch (art) {
            case FAST_EIENDOM -> TINGLYSING_GRUNNBOKEN;
            case BANKKONTO -> UNDERRETNING_BANKEN;
            case VERDIPAPIR -> REGISTRERING_VPS;
            case KJOERETOEY, BAAT, ANNET_LOESOERE -> BEGJAERING_NAMSMANNEN;
        };
    }

    /** A request to the enforcement officer is not yet a lien of ours; everything else is recorded as registered. */
    public Pantestatus startstatus() {
        return this == BEGJAERING_NAMSMANNEN ? Pantestatus.BEGJAERT_HOS_NAMSMANNEN : Pantestatus.REGISTRERT;
    }
}

package no.innkreving.garnishment.domain;

import java.time.LocalDate;
import no.innkreving.garnishment.Husstand;

/**
 * One year's row of the subsistence table (forskrift 13. juni 2014 nr. 724), øre per month.
 *
 * @param gyldigTil last day, or null when the row runs until the next row starts
 */
public record Livsoppholdssats(LocalDate gyldigFra, LocalDate gyldigTil, long ensligOre, long giftOre, long forsoergerOre,
                              long barn0til5Ore, long barn6til10Ore, long barn11til14Ore, long barn15Ore, String kilde) {

    public long voksen(Husstand.Voksne v) {
        return switch (v) {
            case ENSLIG -> ensligOre;
            case GIFT_ELLER_SAMBOER -> giftOre;
            case FORSOERGER_EKTEFELLE_ELLER_SAMBOER -> forsoergerOre;
        };
    }

    public long barn(int alder) {
        if (alder <= 5) return barn0til5Ore;
        if (alder <= 10) return barn6til10Ore;
        if (alder <= 14) return barn11til14Ore;
        return barn15Ore;
    }

    public static String voksentekst(Husstand.Voksne v) {
        return switch (v) {
            case ENSLIG -> "enslig skyldner";
            case GIFT_ELLER_SAMBOER -> "gift eller samboende skyldner";
            case FORSOERGER_EKTEFELLE_ELLER_SAMBOER -> "skyldner som forsørger ektefelle eller samboer";
        };
    }

    public static String aldersklasse(int alder) {
        if (alder <= 5) return "0–5 år";
        if (alder <= 10) return "6–10 år";
        if (alder <= 14) return "11–14 år";
        return "15 år og over";
    }
}

package no.innkreving.payments.application;

import java.util.List;
import no.innkreving.letters.Beloepsformat;
import no.innkreving.payments.bankfil.Postfeil;
import no.innkreving.payments.bankfil.Sammendrag;

/** The short Norwegian report written beside an imported file and shown to operators. */
final class Importrapport {
    private static final int MAKS_FEIL_I_RAPPORT = 1000;

    private Importrapport() {
    }

    static String tekst(String filnavn, Sammendrag s, int nye, List<Postfeil> feil) {
        StringBuilder b = new StringBuilder();
        b.append("Fil: ").append(filnavn).append('\n');
        b.append("Format: ").append(s.format()).append('\n');
        b.append("Innbetalinger lest: ").append(s.antallPoster()).append(", til sammen ").append(Beloepsformat.kroner(s.sumOre())).append('\n');
        b.append("Nye innbetalinger bokført: ").append(nye);
        if (nye < s.antallPoster()) b.append(" (").append(s.antallPoster() - nye).append(" var allerede mottatt og er ikke bokført på nytt)");
        b.append('\n');
        if (s.kontrollSumOre() != null || s.kontrollAntall() != null)
            b.append("Filens egne kontrollsummer (").append(s.kontrollAntall() == null ? "-" : s.kontrollAntall()).append(" poster, ")
                    .append(s.kontrollSumOre() == null ? "-" : Beloepsformat.kroner(s.kontrollSumOre())).append("): ")
                    .append(s.kontrollsummerStemmer() ? "stemmer" : "STEMMER IKKE med det som ble lest").append('\n');
        b.append("Poster som ikke kunne leses: ").append(feil.size()).append('\n');
        for (int i = 0; i < Math.min(feil.size(), MAKS_FEIL_I_RAPPORT); i++)
            b.append("  - ").append(feil.get(i).plassering()).append(": ").append(feil.get(i).melding()).append('\n');
        if (feil.size() > MAKS_FEIL_I_RAPPORT) b.append("  ... og ").append(feil.size() - MAKS_FEIL_I_RAPPORT).append(" til\n");
        if (!feil.isEmpty()) b.append("De gode postene i filen er bokført. Rett de feilaktige postene og send dem på nytt;")
                .append(" poster som allerede er mottatt, bokføres ikke to ganger.\n");
        return b.toString();
    }
}

package no.innkreving.betalingsavtale.web;

import java.time.LocalDate;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.domain.Kronetekst;
import no.innkreving.letters.Beloepsformat;
import org.springframework.stereotype.Component;

/** Amounts, dates and statuses on the plan pages, in Norwegian; used from the templates as {@code @betalingstekster}. */
@Component("betalingstekster")
public class Betalingstekster {
    public String kroner(long ore) {
        return Beloepsformat.beloep(ore);
    }

    public String dato(LocalDate d) {
        return d == null ? "" : Kronetekst.dato(d);
    }

    public String slag(Betalingssak.Slag s) {
        return s == Betalingssak.Slag.BETALINGSAVTALE ? "Betalingsavtale" : "Utsettelse";
    }

    public String status(Betalingssak.Status s) {
        return switch (s) {
            case TIL_SAKSBEHANDLER -> "Til behandling hos saksbehandler";
            case AVSLAATT -> "Avslått";
            case GODKJENT -> "Godkjent";
            case BRUTT -> "Falt bort (avdrag ikke betalt)";
            case OPPFYLT -> "Oppfylt";
        };
    }

    public String hendelse(String h) {
        return switch (h) {
            case "SOEKNAD_MOTTATT" -> "Søknad mottatt";
            case "TIL_SAKSBEHANDLER" -> "Sendt til saksbehandler";
            case "GODKJENT" -> "Godkjent";
            case "AVSLAATT" -> "Avslått";
            case "BRUTT" -> "Avtalen falt bort";
            case "OPPFYLT" -> "Avtalen oppfylt";
            default -> h;
        };
    }

    public String stans(String grunn) {
        if (grunn == null) return "";
        return switch (grunn) {
            case "BETALINGSAVTALE" -> "I betalingsavtale";
            case "BETALINGSUTSETTELSE" -> "Utsatt";
            case "UTSATT_IVERKSETTELSE" -> "Innkreving stanset (klage)";
            default -> grunn;
        };
    }

    public String utfoertAv(String hvem) {
        return switch (hvem) {
            case "regel" -> "Automatisk etter reglene";
            case "skyldner" -> "Skyldner";
            case "daglig kjøring" -> "Daglig kontroll";
            default -> "Saksbehandler " + hvem;
        };
    }
}

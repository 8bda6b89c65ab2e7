package no.innkreving.limitation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.innkreving.limitation.Foreldelse;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Kravlinjegrunnlag;
import no.innkreving.limitation.Linjetype;
import no.innkreving.platform.time.Virkedager;

/**
 * The limitation rule of foreldelsesloven (lov 18. mai 1979 nr. 18) for one claim line, as pure date arithmetic:
 * <ul>
 * <li>start: the day payment could first be demanded (§ 3 nr. 1); the creditor states it as fastsettelsesdato, or
 * foreldelsesfristensUtgangspunkt when it differs; an interest line runs from renterIlagtDato;</li>
 * <li>period: 3 years (§ 2), ending on the day with the same number in the month, or the month's last day when
 * there is none, so 29 February ends on 28 February (§ 29 nr. 1, which {@link LocalDate#plusYears} implements);</li>
 * <li>tilleggsfrist: no earlier than one year after the creditor learnt of the claim or debtor (§ 10 nr. 1), but
 * never more than ten years beyond the period it lengthens (§ 10 nr. 4);</li>
 * <li>interruptions in date order, each only if made while the period still runs (a time-barred claim is not
 * revived): acknowledgement and part payment (§ 14) start a new period of the original length (§ 20); our own
 * enforcement step (§ 17 nr. 2) starts ten years (§ 21 nr. 3); an enforceable decision ten years (§ 21 nr. 2). A new
 * period never shortens one already running;</li>
 * <li>a period ending on a Saturday, Sunday or public holiday runs to the next business day (§ 29 nr. 2).</li>
 * </ul>
 */
public final class Foreldelsesberegning {
    private static final DateTimeFormatter NORSK = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Foreldelsesberegning() {
    }

    public static Foreldelse beregn(Kravlinjegrunnlag linje, List<Fristavbrudd> avbrudd) {
        List<String> forklaring = new ArrayList<>();
        LocalDate start = start(linje, forklaring);
        LocalDate slutt = start.plusYears(Fristlengde.ALMINNELIG.aar);
        forklaring.add("Foreldelsesfristen er " + Fristlengde.ALMINNELIG.aar + " år (" + Fristlengde.ALMINNELIG.kilde
                + ") og løper til og med " + d(slutt) + " (foreldelsesloven § 29 nr. 1).");

        if (linje.tilleggsfristEtterForeldelsesloven() != null) {
            slutt = tilleggsfrist(linje.tilleggsfristEtterForeldelsesloven(), slutt, forklaring);
        }

        for (Fristavbrudd a : avbrudd.stream().sorted(Comparator.comparing(Fristavbrudd::dato)).toList()) {
            LocalDate sisteDag = Virkedager.virkedagFraOgMed(slutt);
            if (a.dato().isAfter(sisteDag)) {
                forklaring.add(navn(a) + " " + d(a.dato()) + " kom etter at fristen var ute " + d(sisteDag)
                        + ", og avbryter ikke en foreldelse som allerede er inntrådt.");
                continue;
            }
            Fristlengde ny = switch (a.slag()) {
                case DELBETALING, ERKJENNELSE -> Fristlengde.ALMINNELIG;
                case UTLEGG -> Fristlengde.ETTER_UTLEGG;
                case TVANGSGRUNNLAG -> Fristlengde.ETTER_TVANGSGRUNNLAG;
            };
            LocalDate nySlutt = a.dato().plusYears(ny.aar);
            forklaring.add(navn(a) + " " + d(a.dato()) + " avbryter foreldelsen (" + hjemmelForAvbrudd(a.slag())
                    + "). Ny frist på " + ny.aar + " år løper fra da (" + nyFristKilde(a.slag(), ny) + ") til og med "
                    + d(nySlutt) + ".");
            if (nySlutt.isBefore(slutt)) {
                forklaring.add("Den løpende fristen til " + d(slutt) + " er lengre og gjelder fortsatt.");
            } else {
                slutt = nySlutt;
            }
        }

        LocalDate dato = Virkedager.virkedagFraOgMed(slutt);
        if (!dato.equals(slutt)) {
            forklaring.add(d(slutt) + " er lørdag, søndag eller helligdag; fristen forlenges til nærmeste virkedag "
                    + d(dato) + " (foreldelsesloven § 29 nr. 2).");
        }
        forklaring.add("Siste dag i fristen er " + d(dato) + "; kravlinjen er foreldet fra og med "
                + d(dato.plusDays(1)) + " om fristen ikke avbrytes.");
        return new Foreldelse(dato, forklaring);
    }

    private static LocalDate start(Kravlinjegrunnlag linje, List<String> forklaring) {
        if (linje.linjetype() == Linjetype.RENTER && linje.renterIlagtDato() != null) {
            forklaring.add("Rentelinjen foreldes for seg og regnes fra datoen rentene ble ilagt, "
                    + d(linje.renterIlagtDato()) + " (foreldelsesloven § 3 nr. 1).");
            return linje.renterIlagtDato();
        }
        if (linje.foreldelsesfristensUtgangspunkt() != null) {
            forklaring.add("Fristen regnes fra foreldelsesfristens utgangspunkt " + d(linje.foreldelsesfristensUtgangspunkt())
                    + " som oppdragsgiver har oppgitt, den dagen kravet tidligst kunne kreves oppfylt"
                    + " (foreldelsesloven § 3 nr. 1).");
            return linje.foreldelsesfristensUtgangspunkt();
        }
        forklaring.add("Fristen regnes fra fastsettelsesdatoen " + d(linje.fastsettelsesdato())
                + ", den dagen kravet tidligst kunne kreves oppfylt (foreldelsesloven § 3 nr. 1).");
        return linje.fastsettelsesdato();
    }

    private static LocalDate tilleggsfrist(LocalDate kunnskap, LocalDate slutt, List<String> forklaring) {
        LocalDate tidligst = kunnskap.plusYears(Fristlengde.TILLEGGSFRIST.aar);
        forklaring.add("Oppdragsgiver fikk kunnskap om kravet eller skyldneren " + d(kunnskap)
                + "; foreldelse inntrer tidligst " + Fristlengde.TILLEGGSFRIST.aar + " år etter, " + d(tidligst)
                + " (" + Fristlengde.TILLEGGSFRIST.kilde + ").");
        if (!tidligst.isAfter(slutt)) {
            forklaring.add("Tilleggsfristen ender ikke senere enn den alminnelige fristen, og forlenger den ikke.");
            return slutt;
        }
        LocalDate yttergrense = slutt.plusYears(Fristlengde.TILLEGGSFRIST_YTTERGRENSE.aar);
        if (tidligst.isAfter(yttergrense)) {
            forklaring.add("Fristen kan ikke forlenges med mer enn til sammen " + Fristlengde.TILLEGGSFRIST_YTTERGRENSE.aar
                    + " år (" + Fristlengde.TILLEGGSFRIST_YTTERGRENSE.kilde + "), altså ikke ut over " + d(yttergrense) + ".");
            return yttergrense;
        }
        return tidligst;
    }

    private static String navn(Fristavbrudd a) {
        return switch (a.slag()) {
            case DELBETALING -> "Delbetaling";
            case ERKJENNELSE -> "Erkjennelse av kravet";
            case UTLEGG -> "Utlegg (utleggstrekk, utleggspant eller intet til utlegg)";
            case TVANGSGRUNNLAG -> "Dom eller annen bindende avgjørelse om kravet";
        };
    }

    private static String hjemmelForAvbrudd(Fristavbrudd.Slag slag) {
        return switch (slag) {
            case DELBETALING, ERKJENNELSE -> "foreldelsesloven § 14";
            case UTLEGG -> "foreldelsesloven § 17 nr. 2";
            case TVANGSGRUNNLAG -> "foreldelsesloven §§ 15 og 16";
        };
    }

    private static String nyFristKilde(Fristavbrudd.Slag slag, Fristlengde ny) {
        return switch (slag) {
            case DELBETALING, ERKJENNELSE -> "foreldelsesloven § 20, samme lengde som den opprinnelige fristen, "
                    + ny.kilde;
            case UTLEGG, TVANGSGRUNNLAG -> ny.kilde;
        };
    }

    private static String d(LocalDate dato) {
        return dato.format(NORSK);
    }
}

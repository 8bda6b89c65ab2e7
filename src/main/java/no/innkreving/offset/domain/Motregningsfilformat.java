package no.innkreving.offset.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import no.innkreving.offset.Motkravart;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Kontonummer;
import no.innkreving.parties.Organisasjonsnummer;

/**
 * The offset file, line by line (docs/motregningsfil.md): UTF-8, ';'-separated, the header
 * {@value #HODE} as line 1, then one amount a line. Pure: a line in, a good line or the reason it is refused out, so a
 * file of any size is read as a stream.
 */
public final class Motregningsfilformat {
    public static final String HODE = "referanse;skyldner;beloepOere;art;dato;kontonummer";
    private static final Pattern REFERANSE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SIFRE = Pattern.compile("[0-9]+");
    /**
     * A plausibility bound, not a rule of law: no single amount the state owes comes near 100 milliarder kroner, so a
     * larger figure is a broken line (a misplaced field, øre given twice), and a million of them still sum within a long.
     */
    public static final long MAKS_BELOEP_ORE = 10_000_000_000_000L;
    private static final int MAKS_BELOEP_SIFRE = 18; // more could overflow a long before the comparison
    /** Four-digit years of this and the last century only: {@code +12027-04-01} and {@code -2027-04-01} are no dates here. */
    private static final Pattern DATOFORM = Pattern.compile("(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}");

    private Motregningsfilformat() {
    }

    /** A line read: good, or refused with the reason (Norwegian, for the report). */
    public sealed interface Lest {
        record God(Motregningslinje linje) implements Lest {
        }

        record Feil(int linjenummer, String melding) implements Lest {
        }
    }

    /** Whether line 1 is the header (a UTF-8 byte order mark and a trailing CR are tolerated). */
    public static boolean erHode(String linje) {
        return linje != null && renset(linje).equals(HODE);
    }

    public static Lest les(int linjenummer, String raa) {
        String linje = renset(raa);
        String[] f = linje.split(";", -1);
        if (f.length != 6)
            return new Lest.Feil(linjenummer, "har " + f.length + " felt, skal ha 6 (" + HODE + ")");
        // the fields are taken as they stand: no spaces or other characters trimmed away (the format has none)
        String referanse = f[0];
        if (!REFERANSE.matcher(referanse).matches())
            return new Lest.Feil(linjenummer, "referanse må være 1-64 tegn av bokstavene A-Z/a-z, sifre, - og _");
        String skyldner = f[1];
        if (!(skyldner.length() == 11 && Foedselsnummer.erGyldig(skyldner))
                && !(skyldner.length() == 9 && Organisasjonsnummer.erGyldig(skyldner)))
            return new Lest.Feil(linjenummer, "skyldner er verken et gyldig fødselsnummer (11 sifre) eller organisasjonsnummer (9 sifre)");
        String b = f[2];
        if (!SIFRE.matcher(b).matches())
            return new Lest.Feil(linjenummer, "beloepOere må være et helt antall øre over 0 (bare sifre)");
        if (b.length() > MAKS_BELOEP_SIFRE || Long.parseLong(b) > MAKS_BELOEP_ORE)
            return new Lest.Feil(linjenummer, "beloepOere er for stort: høyst " + MAKS_BELOEP_ORE + " øre (100 milliarder kroner) et beløp");
        long beloep = Long.parseLong(b);
        if (beloep == 0) return new Lest.Feil(linjenummer, "beloepOere må være over 0");
        Motkravart art;
        try {
            art = Motkravart.valueOf(f[3]);
        } catch (IllegalArgumentException e) {
            return new Lest.Feil(linjenummer, "art må være SKATTEOPPGJOER, MERVERDIAVGIFT, NAV_ETTERBETALING eller LANDBRUKSTILSKUDD");
        }
        LocalDate dato = null;
        if (DATOFORM.matcher(f[4]).matches()) {
            try {
                dato = LocalDate.parse(f[4]);
            } catch (DateTimeParseException e) {
                dato = null;
            }
        }
        if (dato == null)
            return new Lest.Feil(linjenummer, "dato må være en gyldig dato på formen ÅÅÅÅ-MM-DD i årene 1900-2099");
        String konto = f[5];
        if (!Kontonummer.erGyldig(konto))
            return new Lest.Feil(linjenummer, "kontonummer må være et gyldig norsk kontonummer (11 sifre, kontrollsiffer mod 11)");
        return new Lest.God(new Motregningslinje(linjenummer, referanse, skyldner, beloep, art, dato, konto));
    }

    private static String renset(String linje) {
        String s = linje;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        return s;
    }
}

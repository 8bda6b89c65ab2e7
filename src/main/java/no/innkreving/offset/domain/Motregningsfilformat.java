package no.innkreving.offset.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import no.innkreving.offset.Motkravart;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;

/**
 * The offset file, line by line (docs/motregningsfil.md): UTF-8, ';'-separated, the header
 * {@value #HODE} as line 1, then one amount a line. Pure: a line in, a good line or the reason it is refused out, so a
 * file of any size is read as a stream.
 */
public final class Motregningsfilformat {
    public static final String HODE = "referanse;skyldner;beloepOere;art;dato;kontonummer";
    private static final Pattern REFERANSE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern BELOEP = Pattern.compile("[0-9]{1,15}");
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int[] KONTO_VEKTER = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

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
        String referanse = f[0].trim();
        if (!REFERANSE.matcher(referanse).matches())
            return new Lest.Feil(linjenummer, "referanse må være 1-64 tegn av bokstavene A-Z/a-z, sifre, - og _");
        String skyldner = f[1].trim();
        if (!(skyldner.length() == 11 && Foedselsnummer.erGyldig(skyldner))
                && !(skyldner.length() == 9 && Organisasjonsnummer.erGyldig(skyldner)))
            return new Lest.Feil(linjenummer, "skyldner er verken et gyldig fødselsnummer (11 sifre) eller organisasjonsnummer (9 sifre)");
        String b = f[2].trim();
        if (!BELOEP.matcher(b).matches() || Long.parseLong(b) <= 0)
            return new Lest.Feil(linjenummer, "beloepOere må være et helt antall øre over 0 (bare sifre)");
        Motkravart art;
        try {
            art = Motkravart.valueOf(f[3].trim());
        } catch (IllegalArgumentException e) {
            return new Lest.Feil(linjenummer, "art må være SKATTEOPPGJOER, MERVERDIAVGIFT, NAV_ETTERBETALING eller LANDBRUKSTILSKUDD");
        }
        LocalDate dato;
        try {
            dato = LocalDate.parse(f[4].trim(), DATO);
        } catch (DateTimeParseException e) {
            return new Lest.Feil(linjenummer, "dato må være en gyldig dato på formen ÅÅÅÅ-MM-DD");
        }
        String konto = f[5].trim();
        if (!gyldigKontonummer(konto))
            return new Lest.Feil(linjenummer, "kontonummer må være et gyldig norsk kontonummer (11 sifre, kontrollsiffer mod 11)");
        return new Lest.God(new Motregningslinje(linjenummer, referanse, skyldner, Long.parseLong(b), art, dato, konto));
    }

    /** A Norwegian account number (BBAN): 11 digits, the last a mod-11 check digit with weights 5 4 3 2 7 6 5 4 3 2. */
    public static boolean gyldigKontonummer(String k) {
        if (k == null || k.length() != 11) return false;
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            char c = k.charAt(i);
            if (c < '0' || c > '9') return false;
            if (i < 10) sum += (c - '0') * KONTO_VEKTER[i];
        }
        int rest = sum % 11;
        int kontroll = rest == 0 ? 0 : 11 - rest;
        return kontroll != 10 && kontroll == k.charAt(10) - '0';
    }

    private static String renset(String linje) {
        String s = linje;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        return s;
    }
}

package no.innkreving.payments.bankfil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Nets OCR giro ("OCR-giro"), the fixed-width format of 80-character records: forsendelse start (NY000010), oppdrag
 * start (NY090020), per transaction beløpspost 1 (NY09tt30: transaction number, settlement date DDMMYY, amount in
 * øre, KID right-aligned) and beløpspost 2 (NY09tt31: form/archive reference, debit account), oppdrag end
 * (NY090088) and forsendelse end (NY000089) with counts and sums. A bad record is reported with its line and
 * reading goes on; a file without its start record is refused whole.
 */
final class OcrGiroleser {
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMuu");

    private OcrGiroleser() {
    }

    static Sammendrag les(InputStream in, Mottaker mottaker) {
        int poster = 0;
        int feil = 0;
        long sum = 0;
        Long kontrollAntall = null;
        Long kontrollSum = null;
        String oppdragsnr = "";
        String oppdragskonto = null;
        String[] vent = null; // beløpspost 1 waiting for its beløpspost 2
        int ventLinje = 0;
        boolean slutt = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String l;
            int nr = 0;
            while ((l = r.readLine()) != null) {
                nr++;
                if (l.isBlank()) continue;
                String sted = "linje " + nr;
                if (l.length() != 80) {
                    mottaker.feil(new Postfeil(sted, "Posten har " + l.length() + " tegn, ikke 80"));
                    feil++;
                    vent = null;
                    continue;
                }
                if (!l.startsWith("NY")) {
                    mottaker.feil(new Postfeil(sted, "Posten starter ikke med formatkode NY"));
                    feil++;
                    continue;
                }
                String type = l.substring(6, 8);
                if (nr == 1 && !l.startsWith("NY000010")) throw new UgyldigBankfil(sted, "Startpost for forsendelse (NY000010) mangler");
                switch (type) {
                    case "10" -> {
                    }
                    case "20" -> {
                        oppdragsnr = l.substring(17, 24);
                        oppdragskonto = l.substring(24, 35).trim();
                    }
                    case "30" -> {
                        if (vent != null) {
                            mottaker.feil(new Postfeil("linje " + ventLinje, "Beløpspost 1 uten beløpspost 2 etter seg"));
                            feil++;
                        }
                        vent = new String[]{l};
                        ventLinje = nr;
                    }
                    case "31" -> {
                        if (vent == null) {
                            mottaker.feil(new Postfeil(sted, "Beløpspost 2 uten beløpspost 1 foran seg"));
                            feil++;
                            continue;
                        }
                        Object x = post(vent[0], l, ventLinje, oppdragsnr, oppdragskonto);
                        vent = null;
                        if (x instanceof Bankpost p) {
                            mottaker.post(p);
                            poster++;
                            sum += p.beloepOre();
                        } else {
                            mottaker.feil((Postfeil) x);
                            feil++;
                        }
                    }
                    case "88" -> {
                    }
                    case "89" -> {
                        slutt = true;
                        kontrollAntall = tall(l.substring(8, 16));
                        kontrollSum = tall(l.substring(24, 41));
                    }
                    default -> {
                        mottaker.feil(new Postfeil(sted, "Ukjent posttype " + type));
                        feil++;
                    }
                }
            }
            if (nr == 0) throw new UgyldigBankfil("linje 1", "Filen er tom");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!slutt) {
            mottaker.feil(new Postfeil("slutt av filen", "Sluttpost for forsendelse (NY000089) mangler: filen kan være avkortet"));
            feil++;
        }
        boolean stemmer = slutt && kontrollSum != null && kontrollSum == sum + 0 && feil == 0;
        return new Sammendrag(Bankfilformat.OCR_GIRO, poster, feil, sum, kontrollAntall, kontrollSum, stemmer);
    }

    private static Object post(String p1, String p2, int linje, String oppdragsnr, String oppdragskonto) {
        String sted = "linje " + linje;
        String transnr = p1.substring(8, 15);
        LocalDate oppgjoer = dato(p1.substring(15, 21));
        if (oppgjoer == null) return new Postfeil(sted, "Oppgjørsdato '" + p1.substring(15, 21) + "' er ikke en dato (DDMMÅÅ)");
        String beloepTekst = p1.substring(32, 49);
        if (!beloepTekst.matches("\\d{17}")) return new Postfeil(sted, "Beløpet '" + beloepTekst + "' er ikke 17 sifre");
        long beloep = Long.parseLong(beloepTekst);
        if (p1.charAt(31) == '-' || beloep <= 0) return new Postfeil(sted, "Beløpet er ikke en innbetaling (null eller negativt)");
        String kid = p1.substring(49, 74).trim();
        if (!kid.isEmpty() && !kid.matches("\\d{1,25}-?")) return new Postfeil(sted, "KID '" + kid + "' kan bare inneholde sifre");
        if (!p2.substring(8, 15).equals(transnr))
            return new Postfeil("linje " + (linje + 1), "Beløpspost 2 har transaksjonsnummer " + p2.substring(8, 15) + ", ikke " + transnr);
        String arkivref = p2.substring(25, 34).trim();
        LocalDate oppdragsdato = dato(p2.substring(41, 47));
        String debetkonto = p2.substring(47, 58).trim();
        return new Bankpost("OCR/" + oppdragsnr + "/" + transnr + "/" + p1.substring(15, 21) + "/" + arkivref, oppgjoer,
                oppdragsdato != null ? oppdragsdato : oppgjoer, beloep, kid.isEmpty() ? null : kid, null,
                debetkonto.isEmpty() || debetkonto.matches("0+") ? null : debetkonto, null, oppdragskonto, sted);
    }

    private static LocalDate dato(String ddmmyy) {
        try {
            return LocalDate.parse(ddmmyy, DDMMYY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long tall(String s) {
        return s.matches("\\d+") ? Long.parseLong(s) : null;
    }
}

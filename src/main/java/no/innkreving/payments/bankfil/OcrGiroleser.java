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
 * Nets OCR giro ("OCR-giro", System Specification OCR giro), the fixed-width format of 80-character records:
 * forsendelse start (NY000010), oppdrag start (NY090020), per transaction beløpspost 1 (NY09tt30: transaction number,
 * settlement date DDMMYY, amount in øre, KID right-aligned), beløpspost 2 (NY09tt31: form/archive reference, debit
 * account) and, for transaction types 20 and 21, beløpspost 3 (NY09tt32: the payer's free text, positions 16-55),
 * oppdrag end (NY090088) and forsendelse end (NY000089).
 * <p>
 * Transaction types 18 (reversing with KID) and 20 (reversing with free text) take a payment back: they are read as
 * {@link Tilbakefoering}s. The end records' control totals (88: transactions, records including its start and end
 * record, sum of amounts, per oppdrag; 89: the same for the whole forsendelse) are checked against the records read:
 * {@link Sammendrag#kontrollsummerStemmer()} is false when any differs, and the importer then refuses the file whole.
 * A bad record is reported with its line and reading goes on; a file without its start record is refused whole.
 */
final class OcrGiroleser {
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMuu");

    private OcrGiroleser() {
    }

    /** Counts of one level (oppdrag or forsendelse) as read, to hold against its end record. */
    private static final class Telling {
        long transaksjoner;
        long poster;
        long sum;

        void transaksjon(long beloep) {
            transaksjoner++;
            sum += beloep;
        }
    }

    static Sammendrag les(InputStream in, Mottaker mottaker) {
        int poster = 0;
        int feil = 0;
        long sum = 0;
        Long kontrollAntall = null;
        Long kontrollSum = null;
        boolean stemmer = true;
        String oppdragsnr = "";
        String oppdragskonto = null;
        Telling forsendelse = new Telling();
        Telling oppdrag = null;
        String[] vent = null; // beløpspost 1, 2 and 3 of the transaction being read
        int ventLinje = 0;
        boolean slutt = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String l;
            int nr = 0;
            while ((l = r.readLine()) != null) {
                nr++;
                if (l.isBlank()) continue;
                String sted = "linje " + nr;
                forsendelse.poster++;
                if (oppdrag != null) oppdrag.poster++;
                if (l.length() != 80) {
                    mottaker.feil(new Postfeil(sted, "Posten har " + l.length() + " tegn, ikke 80"));
                    feil++;
                    continue;
                }
                if (!l.startsWith("NY")) {
                    mottaker.feil(new Postfeil(sted, "Posten starter ikke med formatkode NY"));
                    feil++;
                    continue;
                }
                String type = l.substring(6, 8);
                if (nr == 1 && !l.startsWith("NY000010")) throw new UgyldigBankfil(sted, "Startpost for forsendelse (NY000010) mangler");
                if (vent != null && !type.equals("31") && !type.equals("32")) {
                    int[] utfall = lever(vent, ventLinje, oppdragsnr, oppdragskonto, mottaker, oppdrag, forsendelse);
                    poster += utfall[0];
                    feil += utfall[1];
                    sum += utfall[2] == 1 ? beloepI(vent[0]) : 0;
                    vent = null;
                }
                switch (type) {
                    case "10" -> {
                    }
                    case "20" -> {
                        oppdragsnr = l.substring(17, 24);
                        oppdragskonto = l.substring(24, 35).trim();
                        oppdrag = new Telling();
                        oppdrag.poster = 1;
                    }
                    case "30" -> {
                        vent = new String[3];
                        vent[0] = l;
                        ventLinje = nr;
                    }
                    case "31", "32" -> {
                        int plass = type.equals("31") ? 1 : 2;
                        if (vent == null || vent[plass] != null || (plass == 2 && vent[1] == null)) {
                            mottaker.feil(new Postfeil(sted, "Beløpspost " + (plass + 1) + " står ikke etter beløpspost " + plass + " for samme transaksjon"));
                            feil++;
                            continue;
                        }
                        vent[plass] = l;
                    }
                    case "88" -> {
                        if (oppdrag == null || !kontroll(l, oppdrag)) stemmer = false;
                        oppdrag = null;
                    }
                    case "89" -> {
                        slutt = true;
                        kontrollAntall = tall(l.substring(8, 16));
                        kontrollSum = tall(l.substring(24, 41));
                        if (oppdrag != null || !kontroll(l, forsendelse)) stemmer = false;
                    }
                    default -> {
                        mottaker.feil(new Postfeil(sted, "Ukjent posttype " + type));
                        feil++;
                    }
                }
            }
            if (vent != null) {
                int[] utfall = lever(vent, ventLinje, oppdragsnr, oppdragskonto, mottaker, oppdrag, forsendelse);
                poster += utfall[0];
                feil += utfall[1];
                sum += utfall[2] == 1 ? beloepI(vent[0]) : 0;
            }
            if (nr == 0) throw new UgyldigBankfil("linje 1", "Filen er tom");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!slutt) {
            mottaker.feil(new Postfeil("slutt av filen", "Sluttpost for forsendelse (NY000089) mangler: filen kan være avkortet"));
            feil++;
        }
        return new Sammendrag(Bankfilformat.OCR_GIRO, poster, feil, sum, kontrollAntall, kontrollSum, slutt && stemmer);
    }

    /** Whether an end record's transactions (9-16), records (17-24) and sum (25-41) are those read. */
    private static boolean kontroll(String l, Telling t) {
        Long antall = tall(l.substring(8, 16));
        Long poster = tall(l.substring(16, 24));
        Long sum = tall(l.substring(24, 41));
        return antall != null && antall == t.transaksjoner && poster != null && poster == t.poster && sum != null && sum == t.sum;
    }

    private static long beloepI(String p1) {
        String t = p1.substring(32, 49);
        return t.matches("\\d{17}") ? Long.parseLong(t) : 0;
    }

    /** Hands one transaction on; returns {payments, refused, 1 when it was a payment counted in the sum}. */
    private static int[] lever(String[] vent, int linje, String oppdragsnr, String oppdragskonto, Mottaker mottaker,
                               Telling oppdrag, Telling forsendelse) {
        long beloep = beloepI(vent[0]);
        if (oppdrag != null) oppdrag.transaksjon(beloep);
        forsendelse.transaksjon(beloep);
        if (vent[1] == null) {
            mottaker.feil(new Postfeil("linje " + linje, "Beløpspost 1 uten beløpspost 2 etter seg"));
            return new int[]{0, 1, 0};
        }
        Object x = post(vent[0], vent[1], vent[2], linje, oppdragsnr, oppdragskonto);
        if (x instanceof Bankpost p) {
            mottaker.post(p);
            return new int[]{1, 0, 1};
        }
        if (x instanceof Tilbakefoering t) {
            mottaker.tilbakefoering(t);
            return new int[]{0, 0, 0};
        }
        mottaker.feil((Postfeil) x);
        return new int[]{0, 1, 0};
    }

    private static Object post(String p1, String p2, String p3, int linje, String oppdragsnr, String oppdragskonto) {
        String sted = "linje " + linje;
        String transtype = p1.substring(4, 6);
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
        if (p3 != null && !p3.substring(8, 15).equals(transnr))
            return new Postfeil("linje " + (linje + 2), "Beløpspost 3 har transaksjonsnummer " + p3.substring(8, 15) + ", ikke " + transnr);
        String arkivref = p2.substring(25, 34).trim();
        LocalDate oppdragsdato = dato(p2.substring(41, 47));
        String debetkonto = p2.substring(47, 58).trim();
        String fritekst = p3 == null ? null : p3.substring(15, 55).trim();
        String referanse = "OCR/" + oppdragsnr + "/" + transnr + "/" + p1.substring(15, 21) + "/" + arkivref;
        if (transtype.equals("18") || transtype.equals("20"))
            return new Tilbakefoering(referanse, null, kid.isEmpty() ? null : kid, oppgjoer, beloep, sted);
        return new Bankpost(referanse, oppgjoer, oppdragsdato != null ? oppdragsdato : oppgjoer, beloep,
                kid.isEmpty() ? null : kid, fritekst == null || fritekst.isEmpty() ? null : fritekst,
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

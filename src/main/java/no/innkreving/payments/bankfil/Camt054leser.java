package no.innkreving.payments.bankfil;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ISO 20022 camt.054 (BankToCustomerDebitCreditNotification), versions .001.02 and .001.08, read with StAX one
 * entry (Ntry) at a time. Credited, booked, non-reversed entries in NOK are payments; a debited entry with RvslInd
 * true is a reversal of an incoming payment, naming it by its TxDtls/Refs/AcctSvcrRef; each TxDtls of an
 * entry is one payment (the entry's amount when it has a single TxDtls without its own). The KID is the structured
 * creditor reference (RmtInf/Strd/CdtrRefInf/Ref). Element names differing between the versions (the debtor's
 * name under Dbtr/Nm or Dbtr/Pty/Nm, the amount under AmtDtls/TxAmt/Amt or Amt) are both read.
 */
final class Camt054leser {
    private static final XMLInputFactory XML = new InputFactoryImpl();
    private static final Pattern KID_TEGN = Pattern.compile("\\d{1,25}-?");

    static {
        // no DTDs, no external entities: bank files are input from outside
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private Camt054leser() {
    }

    /**
     * The paths (relative to the Ntry or the TxDtls) whose texts {@link Oppfoering#tolk} reads; only these are kept,
     * so the other elements of a payment cost no string.
     */
    private static final List<String> LESTE = List.of("CdtDbtInd", "RvslInd", "Sts", "Sts/Cd", "Amt", "Amt@Ccy",
            "BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm", "AcctSvcrRef", "NtryRef", "AmtDtls/TxAmt/Amt",
            "AmtDtls/TxAmt/Amt@Ccy", "RmtInf/Strd/CdtrRefInf/Ref", "Refs/AcctSvcrRef", "RmtInf/Ustrd",
            "RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id", "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm",
            "RltdDts/AccptncDtTm");
    private static final Set<String> LESTE_SETT = Set.copyOf(LESTE);

    /** Texts of one element subtree by relative path ("Amt", "RmtInf/Ustrd" etc.), attributes as "path@attr". */
    private static final class Felter {
        final Map<String, String> verdi = new HashMap<>();

        String get(String... stier) {
            for (String s : stier) {
                if (!LESTE_SETT.contains(s)) throw new IllegalStateException("the reader does not keep " + s);
                String v = verdi.get(s);
                if (v != null && !v.isBlank()) return v.trim();
            }
            return null;
        }
    }

    static Sammendrag les(InputStream in, Bankfilformat format, Mottaker mottaker) {
        int poster = 0;
        int feil = 0;
        long sum = 0;
        int ntry = 0;
        int kredittNtry = 0;
        long ntrySum = 0;
        int uleseligeKreditt = 0;
        String konto = null;
        Long kontrollAntall = null;
        Long kontrollSum = null;
        try {
            XMLStreamReader r = XML.createXMLStreamReader(in, "UTF-8");
            List<String> sti = new ArrayList<>();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String navn = r.getLocalName();
                    if (navn.equals("Ntry") && sti.size() >= 2 && sti.getLast().equals("Ntfctn")) {
                        ntry++;
                        int linje = r.getLocation().getLineNumber();
                        Oppfoering o = lesNtry(r);
                        for (Object x : o.tolk(ntry, linje, konto)) {
                            if (x instanceof Bankpost p) {
                                mottaker.post(p);
                                poster++;
                                sum += p.beloepOre();
                            } else if (x instanceof Tilbakefoering t) {
                                mottaker.tilbakefoering(t);
                            } else if (x instanceof Postfeil f) {
                                mottaker.feil(f);
                                feil++;
                            }
                        }
                        if (o.erKreditt) kredittNtry++;
                        if (o.erKreditt && o.kreditBeloep >= 0) ntrySum += o.kreditBeloep;
                        else if (o.erKreditt) uleseligeKreditt++;
                        continue;
                    }
                    sti.add(navn);
                    String s = String.join("/", sti);
                    if (s.endsWith("Ntfctn/Acct/Id/IBAN") || s.endsWith("Ntfctn/Acct/Id/Othr/Id")) konto = r.getElementText().trim();
                    else if (s.endsWith("Ntfctn/TxsSummry/TtlCdtNtries/NbOfNtries")) kontrollAntall = tall(r.getElementText());
                    else if (s.endsWith("Ntfctn/TxsSummry/TtlCdtNtries/Sum")) {
                        long ore = Beloep.tilOre(r.getElementText());
                        kontrollSum = ore < 0 ? null : ore;
                    }
                    else continue;
                    sti.removeLast(); // getElementText consumed the end element
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (!sti.isEmpty()) sti.removeLast();
                }
            }
        } catch (XMLStreamException ex) {
            var loc = ex.getLocation();
            throw new UgyldigBankfil(loc == null ? null : "linje " + loc.getLineNumber(),
                    "Filen er ikke gyldig XML: " + ex.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        }
        // An entry whose amount cannot be read is reported by place and its file's good entries kept; then the sum
        // can only be checked as an upper bound (the count still must match exactly: nothing missing, nothing added).
        boolean stemmer = (kontrollAntall == null || kontrollAntall == kredittNtry)
                && (kontrollSum == null || (uleseligeKreditt == 0 ? kontrollSum == ntrySum : ntrySum < kontrollSum));
        return new Sammendrag(format, poster, feil, sum, kontrollAntall, kontrollSum, stemmer);
    }

    private static Long tall(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reads the whole Ntry subtree (the reader stands on its start) into entry fields and one field set per TxDtls.
     * The element path is kept in one builder, cut back on each end tag; a path string is made only for a text or
     * an attribute, the only places it is a key (a million-payment file has some fifty elements a payment).
     */
    private static Oppfoering lesNtry(XMLStreamReader r) throws XMLStreamException {
        Oppfoering o = new Oppfoering();
        StringBuilder sti = new StringBuilder(64);
        int[] foer = new int[16]; // sti's length before each open element
        int dybde = 0;
        Felter gjeldende = o.ntry;
        int txStart = -1; // inside a TxDtls: where the paths relative to it start in sti
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String navn = r.getLocalName();
                if (dybde == foer.length) foer = Arrays.copyOf(foer, dybde * 2);
                foer[dybde++] = sti.length();
                if (dybde > 1) sti.append('/');
                sti.append(navn);
                if (dybde == 2 && navn.equals("TxDtls") && sti.indexOf("NtryDtls/") == 0) {
                    gjeldende = new Felter();
                    o.tx.add(gjeldende);
                    o.txLinje.add(r.getLocation().getLineNumber());
                    txStart = sti.length() + 1;
                }
                int attributter = r.getAttributeCount();
                if (attributter > 0) {
                    String rel = relativ(sti, txStart);
                    for (int i = 0; i < attributter; i++) {
                        String sted = rel + "@" + r.getAttributeLocalName(i);
                        if (LESTE_SETT.contains(sted)) gjeldende.verdi.put(sted, r.getAttributeValue(i));
                    }
                }
            } else if (e == XMLStreamConstants.CHARACTERS) {
                String sted = dybde > 0 && !r.isWhiteSpace() ? lest(sti, txStart < 0 ? 0 : txStart) : null;
                if (sted != null) gjeldende.verdi.merge(sted, r.getText(), String::concat);
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                if (dybde == 0) return o; // </Ntry>
                if (txStart > 0 && dybde == 2) {
                    gjeldende = o.ntry;
                    txStart = -1;
                }
                sti.setLength(foer[--dybde]);
            }
        }
        throw new XMLStreamException("Filen slutter midt i en Ntry");
    }

    /** The read path equal to {@code sti} from {@code fra} on, or null: compared in place, no string made. */
    private static String lest(StringBuilder sti, int fra) {
        int n = sti.length() - fra;
        for (String s : LESTE) {
            if (s.length() != n) continue;
            int i = 0;
            while (i < n && s.charAt(i) == sti.charAt(fra + i)) i++;
            if (i == n) return s;
        }
        return null;
    }

    /** The path below the Ntry, or below the open TxDtls ("" on the TxDtls itself). */
    private static String relativ(StringBuilder sti, int txStart) {
        if (txStart < 0) return sti.toString();
        return sti.length() >= txStart ? sti.substring(txStart) : "";
    }

    private static final class Oppfoering {
        final Felter ntry = new Felter();
        final List<Felter> tx = new ArrayList<>();
        final List<Integer> txLinje = new ArrayList<>();
        long kreditBeloep = -1;
        boolean erKreditt;

        List<Object> tolk(int nr, int linje, String konto) {
            List<Object> ut = new ArrayList<>();
            String sted = "linje " + linje + ", Ntry[" + nr + "]";
            String ind = ntry.get("CdtDbtInd");
            erKreditt = "CRDT".equals(ind) && !"true".equalsIgnoreCase(ntry.get("RvslInd"));
            boolean reversering = "true".equalsIgnoreCase(ntry.get("RvslInd"));
            // ISO 20022: with RvslInd true, DBIT means the original entry was a credit, i.e. an incoming payment taken back
            boolean tilbakefoering = "DBIT".equals(ind) && reversering;
            if (!"CRDT".equals(ind) && !tilbakefoering) {
                ut.add(new Postfeil(sted, "Ikke en innbetaling: CdtDbtInd er " + (ind == null ? "tom" : ind) + ", ikke CRDT (posten er ikke bokført)"));
                return ut;
            }
            if ("CRDT".equals(ind) && reversering) {
                ut.add(new Postfeil(sted, "Tilbakeføring av en belastning (CRDT med RvslInd=true) er ikke en innbetaling og er ikke bokført"));
                return ut;
            }
            String status = ntry.get("Sts", "Sts/Cd");
            if (status != null && !status.equals("BOOK")) {
                ut.add(new Postfeil(sted, "Posten har status " + status + ", ikke BOOK, og er ikke bokført"));
                return ut;
            }
            long ntryBeloep = Beloep.tilOre(ntry.get("Amt"));
            String ntryValuta = ntry.get("Amt@Ccy");
            if (ntryBeloep <= 0) {
                ut.add(new Postfeil(sted + "/Amt", "Beløpet mangler eller er ugyldig: '" + ntry.get("Amt") + "'"));
                return ut;
            }
            if (ntryValuta != null && !ntryValuta.equals("NOK")) {
                ut.add(new Postfeil(sted + "/Amt", "Valuta " + ntryValuta + " støttes ikke; bare NOK"));
                return ut;
            }
            kreditBeloep = ntryBeloep;
            LocalDate bokfoert = dato(ntry.get("BookgDt/Dt", "BookgDt/DtTm"));
            LocalDate valuta = dato(ntry.get("ValDt/Dt", "ValDt/DtTm"));
            if (bokfoert == null) {
                ut.add(new Postfeil(sted + "/BookgDt", "Bokføringsdato mangler eller er ugyldig: '" + ntry.get("BookgDt/Dt", "BookgDt/DtTm") + "'"));
                return ut;
            }
            String ntryRef = ntry.get("AcctSvcrRef", "NtryRef");
            List<Felter> detaljer = tx.isEmpty() ? List.of(new Felter()) : tx;
            for (int i = 0; i < detaljer.size(); i++) {
                Felter t = detaljer.get(i);
                String txSted = tx.isEmpty() ? sted : "linje " + txLinje.get(i) + ", Ntry[" + nr + "]/NtryDtls/TxDtls[" + (i + 1) + "]";
                String beloepTekst = t.get("AmtDtls/TxAmt/Amt", "Amt");
                long beloep = beloepTekst == null && detaljer.size() == 1 ? ntryBeloep : Beloep.tilOre(beloepTekst);
                if (beloep <= 0) {
                    ut.add(new Postfeil(txSted + "/Amt", "Beløpet mangler eller er ugyldig: '" + beloepTekst + "'"));
                    continue;
                }
                String valutaTx = t.get("AmtDtls/TxAmt/Amt@Ccy", "Amt@Ccy");
                if (valutaTx != null && !valutaTx.equals("NOK")) {
                    ut.add(new Postfeil(txSted + "/Amt", "Valuta " + valutaTx + " støttes ikke; bare NOK"));
                    continue;
                }
                if (tilbakefoering) {
                    // the reversal carries the reversed payment's references; its own is the entry's
                    String original = t.get("Refs/AcctSvcrRef");
                    if (original == null || ntryRef == null) {
                        ut.add(new Postfeil(txSted, "Tilbakeføringen mangler sin egen referanse (Ntry/AcctSvcrRef) eller den tilbakeførte innbetalingens (TxDtls/Refs/AcctSvcrRef)"));
                        continue;
                    }
                    String kidT = t.get("RmtInf/Strd/CdtrRefInf/Ref");
                    ut.add(new Tilbakefoering("TILBAKEFOERT/" + ntryRef + "/" + (i + 1), original, kidT == null ? null : kidT.replace(" ", ""),
                            bokfoert, beloep, txSted));
                    continue;
                }
                String kid = t.get("RmtInf/Strd/CdtrRefInf/Ref");
                if (kid != null) {
                    kid = kid.replace(" ", "");
                    if (!KID_TEGN.matcher(kid).matches()) {
                        ut.add(new Postfeil(txSted + "/RmtInf/Strd/CdtrRefInf/Ref", "KID kan bare inneholde sifre: '" + kid + "'"));
                        continue;
                    }
                }
                String ref = t.get("Refs/AcctSvcrRef");
                if (ref == null) ref = ntryRef == null ? null : ntryRef + "/" + (i + 1);
                if (ref == null) {
                    ut.add(new Postfeil(txSted, "Bankens referanse (AcctSvcrRef) mangler, så innbetalingen kan ikke kjennes igjen"));
                    continue;
                }
                // the payer's date: when the payer's bank accepted the order (RltdDts/AccptncDtTm, ISO 20022 "meets the
                // processing conditions of the account servicing agent"); without it the value date, else the booking date
                LocalDate akseptert = dato(t.get("RltdDts/AccptncDtTm"));
                LocalDate betalt = akseptert != null ? akseptert : valuta != null ? valuta : bokfoert;
                ut.add(new Bankpost(ref, bokfoert, betalt, beloep, kid, t.get("RmtInf/Ustrd"),
                        t.get("RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id"),
                        t.get("RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm"), konto, txSted));
            }
            return ut;
        }

        /** An ISO date (yyyy-MM-dd), or the date part of a date-time; null when there is none or it is invalid. */
        private static LocalDate dato(String s) {
            if (s == null) return null;
            String d = s.length() > 10 ? s.substring(0, 10) : s;
            try {
                // the common form parsed by hand (the formatter costs more than the rest of the payment's fields)
                if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
                    int aar = siffer(d, 0, 4), maaned = siffer(d, 5, 7), dag = siffer(d, 8, 10);
                    if (aar >= 0 && maaned >= 0 && dag >= 0) return LocalDate.of(aar, maaned, dag);
                }
                return LocalDate.parse(d);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static int siffer(String s, int fra, int til) {
            int v = 0;
            for (int i = fra; i < til; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}

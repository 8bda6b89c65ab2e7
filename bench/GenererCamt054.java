// Writes a camt.054.001.02 file of incoming payments from lines "kid;beloepOre;dato", streaming:
// memory stays flat however many payments. One Ntry per payment with one TxDtls, all in one notification;
// TxsSummry totals come first, so the input is read twice (count and sum, then the entries).
//   java bench/GenererCamt054.java payments.csv payments.xml
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.LocalDate;

public class GenererCamt054 {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenererCamt054.java <in.csv> <out.xml>");
            System.exit(2);
        }
        Path inn = Path.of(args[0]);
        long antall = 0, sum = 0;
        try (BufferedReader r = Files.newBufferedReader(inn)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank()) continue;
                antall++;
                sum += Long.parseLong(l.split(";")[1]);
            }
        }
        String id = "BENCH-" + System.currentTimeMillis();
        try (BufferedReader r = Files.newBufferedReader(inn);
             Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[1])), StandardCharsets.UTF_8), 1 << 20)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">\n"
                    + "<BkToCstmrDbtCdtNtfctn>\n<GrpHdr><MsgId>" + id + "</MsgId><CreDtTm>" + LocalDate.now() + "T06:00:00</CreDtTm></GrpHdr>\n"
                    + "<Ntfctn><Id>" + id + "-1</Id><CreDtTm>" + LocalDate.now() + "T06:00:00</CreDtTm>\n"
                    + "<Acct><Id><Othr><Id>76940500121</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id><Ccy>NOK</Ccy></Acct>\n"
                    + "<TxsSummry><TtlNtries><NbOfNtries>" + antall + "</NbOfNtries><Sum>" + kr(sum) + "</Sum></TtlNtries>"
                    + "<TtlCdtNtries><NbOfNtries>" + antall + "</NbOfNtries><Sum>" + kr(sum) + "</Sum></TtlCdtNtries></TxsSummry>\n");
            long n = 0;
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank()) continue;
                String[] f = l.split(";");
                n++;
                String b = kr(Long.parseLong(f[1]));
                String ref = id + "-" + n;
                w.write("<Ntry><Amt Ccy=\"NOK\">" + b + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + f[2]
                        + "</Dt></BookgDt><ValDt><Dt>" + f[2] + "</Dt></ValDt><AcctSvcrRef>" + ref + "</AcctSvcrRef>"
                        + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
                        + "<NtryDtls><TxDtls><Refs><AcctSvcrRef>" + ref + "</AcctSvcrRef></Refs><AmtDtls><TxAmt><Amt Ccy=\"NOK\">" + b
                        + "</Amt></TxAmt></AmtDtls><RltdPties><Dbtr><Nm>BENCH BETALER</Nm></Dbtr><DbtrAcct><Id><Othr><Id>12345678903</Id>"
                        + "</Othr></Id></DbtrAcct></RltdPties><RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>"
                        + f[0] + "</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
            }
            w.write("</Ntfctn>\n</BkToCstmrDbtCdtNtfctn>\n</Document>\n");
        }
        System.out.println("wrote " + antall + " payments, " + kr(sum) + " NOK, to " + args[1]);
    }

    static String kr(long ore) {
        return ore / 100 + "." + String.format("%02d", ore % 100);
    }
}

package no.innkreving.payments.demo;

import java.time.LocalDate;
import java.util.List;

/** Writes small camt.054.001.02 files the way a Norwegian bank sends them: the demo's bank file, and tests'. */
public final class Camt054 {
    private Camt054() {
    }

    /** One credited payment; kid null for a payment without structured reference. */
    public record Betaling(String referanse, LocalDate dato, long beloepOre, String kid, String betalersNavn, String betalersKonto) {
    }

    public static String fil(String meldingsId, String konto, List<Betaling> betalinger) {
        return fil(meldingsId, konto, betalinger, LocalDate.now());
    }

    public static String fil(String meldingsId, String konto, List<Betaling> betalinger, LocalDate laget) {
        StringBuilder ntry = new StringBuilder();
        long sum = 0;
        for (Betaling b : betalinger) {
            sum += b.beloepOre();
            String beloep = b.beloepOre() / 100 + "." + String.format("%02d", b.beloepOre() % 100);
            String rmt = b.kid() == null ? "<Ustrd>Innbetaling uten KID</Ustrd>" : """
                    <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>%s</Ref></CdtrRefInf></Strd>""".formatted(b.kid());
            ntry.append("""
                    <Ntry>
                      <Amt Ccy="NOK">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                      <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt>
                      <AcctSvcrRef>%s</AcctSvcrRef>
                      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                      <NtryDtls><TxDtls>
                        <Refs><AcctSvcrRef>%s</AcctSvcrRef></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">%s</Amt></TxAmt></AmtDtls>
                        <RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><Othr><Id>%s</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></DbtrAcct></RltdPties>
                        <RmtInf>%s</RmtInf>
                      </TxDtls></NtryDtls>
                    </Ntry>
                    """.formatted(beloep, b.dato(), b.dato(), b.referanse(), b.referanse(), beloep, b.betalersNavn(),
                    b.betalersKonto(), rmt));
        }
        String total = sum / 100 + "." + String.format("%02d", sum % 100);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
                <BkToCstmrDbtCdtNtfctn>
                  <GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT06:00:00</CreDtTm></GrpHdr>
                  <Ntfctn>
                    <Id>%s-1</Id><CreDtTm>%sT06:00:00</CreDtTm>
                    <Acct><Id><Othr><Id>%s</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id><Ccy>NOK</Ccy></Acct>
                    <TxsSummry><TtlNtries><NbOfNtries>%d</NbOfNtries><Sum>%s</Sum></TtlNtries>
                      <TtlCdtNtries><NbOfNtries>%d</NbOfNtries><Sum>%s</Sum></TtlCdtNtries></TxsSummry>
                %s  </Ntfctn>
                </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(meldingsId, laget, meldingsId, laget, konto, betalinger.size(), total,
                betalinger.size(), total, ntry);
    }
}
